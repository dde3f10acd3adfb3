import { DeadlineKind } from './deadline.rules';

/** The words for each deadline kind, in one place: a new kind fails to compile until it has them all. */

/** What each deadline asks of the service, short, for calendars and e-mails. */
export const DEADLINE_LABELS_IT: Record<DeadlineKind, string> = {
  'art403-transmission': 'Art. 403: trasmissione atti al PM',
  'art403-pm-request': 'Art. 403: ricorso del PM al TM',
  'art403-validation': 'Art. 403: convalida del TM',
  'art403-hearing': 'Art. 403: udienza di comparizione',
  'art403-review': "Art. 403: decreto del TM dopo l'udienza",
  'affido-end': 'Fine affidamento familiare',
  'affido-report': "Relazione periodica sull'affidamento",
  'mandate-report': "Relazione all'autorità giudiziaria",
  'measure-report': 'Relazione periodica sulla misura',
  'plan-review': 'Verifica del progetto di sostegno',
  'age-18': 'Maggiore età del minore',
  'prosieguo-end': 'Fine prosieguo amministrativo',
  'report-screening': 'Valutazione della segnalazione',
};

/** The rule behind each deadline, with its citation, for the judge (report drafts). */
export const DEADLINE_CITATION_IT: Record<DeadlineKind, string> = {
  'art403-transmission': 'Art. 403 c. 2 c.c.: trasmissione del provvedimento e degli atti al PM entro 24 ore',
  'art403-pm-request': 'Art. 403 c. 3 c.c.: richiesta di convalida del PM entro 72 ore',
  'art403-validation': 'Art. 403 c. 4 c.c.: decreto del TM sulla convalida entro 48 ore',
  'art403-hearing': 'Art. 403 c. 4 c.c.: udienza entro 15 giorni',
  'art403-review': 'Art. 403 c. 5 c.c.: decreto del TM dopo l’udienza entro 15 giorni',
  'affido-end': 'L. 184/1983 art. 4: termine dell’affidamento',
  'affido-report': 'L. 184/1983 art. 4: relazione periodica sull’affidamento',
  'mandate-report': 'Art. 473-bis.27 c.p.c.: relazione fissata dal giudice',
  'measure-report': 'Relazione periodica sulla misura, alla cadenza fissata dal decreto',
  'plan-review': 'Verifica del Progetto Quadro',
  'age-18': 'Compimento dei 18 anni',
  'prosieguo-end': 'Fine del prosieguo amministrativo',
  'report-screening': 'Valutazione della segnalazione',
};

/** The same, in English, for front ends that ask for it (GET /vocabulary?lang=en). */
export const DEADLINE_LABELS_EN: Record<DeadlineKind, string> = {
  'art403-transmission': 'Art. 403: acts sent to the PM',
  'art403-pm-request': "Art. 403: the PM's request to the TM",
  'art403-validation': "Art. 403: the TM's validation",
  'art403-hearing': 'Art. 403: hearing',
  'art403-review': "Art. 403: the TM's decree after the hearing",
  'affido-end': 'End of foster care',
  'affido-report': 'Periodic report on foster care',
  'mandate-report': 'Report to the judicial authority',
  'measure-report': 'Periodic report on the measure',
  'plan-review': 'Support plan review',
  'age-18': 'The minor turns 18',
  'prosieguo-end': 'End of prosieguo amministrativo',
  'report-screening': 'Screening of the report',
};
