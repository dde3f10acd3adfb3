import { DeadlineKind } from '../projections/deadlines/deadline.rules';

/** What each deadline asks of the service, in Italian, for calendars and e-mails; typed so a new kind needs a label. */
export const DEADLINE_LABELS_IT: Record<DeadlineKind, string> = {
  'art403-transmission': 'Art. 403: trasmissione atti al PM',
  'art403-pm-request': 'Art. 403: ricorso del PM al TM',
  'art403-validation': 'Art. 403: convalida del TM',
  'art403-hearing': 'Art. 403: udienza di comparizione',
  'art403-review': "Art. 403: decreto del TM dopo l'udienza",
  'affido-end': 'Fine affidamento familiare',
  'affido-report': "Relazione periodica sull'affidamento",
  'mandate-report': "Relazione all'autorità giudiziaria",
  'plan-review': 'Verifica del progetto di sostegno',
  'age-18': 'Maggiore età del minore',
  'prosieguo-end': 'Fine prosieguo amministrativo',
  'report-screening': 'Valutazione della segnalazione',
};
