import { Pool } from 'pg';
import { DeadlineKind } from '../../projections/deadlines/deadline.rules';
import { DeadlineRow, toView } from '../../projections/deadlines/deadlines.query';
import { CaseDeadline } from './report-draft.build';

/** Italian names of the statutory deadlines, for the judge. */
const DEADLINE_IT: Record<DeadlineKind, string> = {
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

/** The case's deadlines from the deadlines read model, with their status as of now. */
export const caseDeadlines = async (pool: Pool, caseId: string, now: Date): Promise<CaseDeadline[]> => {
  const { rows } = await pool.query<DeadlineRow>('SELECT * FROM deadlines WHERE case_id = $1 ORDER BY due_at, id', [caseId]);
  return rows.map((row) => {
    const view = toView(row, now);
    return { label: DEADLINE_IT[view.kind] ?? view.kind, dueAt: view.dueAt, status: view.status, metAt: view.metAt };
  });
};
