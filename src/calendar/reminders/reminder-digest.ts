import { romeIso } from '../../projections/deadlines/rome-time';
import { summaryOf } from '../deadlines-calendar';
import { WorkerDeadline } from '../worker-deadlines.query';

export interface Digest {
  subject: string;
  text: string;
}

/** "2026-10-25T19:00:00+01:00" as "25/10/2026 19:00"; day terms (23:59:59) as the date alone. */
const whenOf = (dueAt: string): string => {
  const [date, time] = romeIso(new Date(dueAt)).slice(0, 19).split('T');
  const day = date.split('-').reverse().join('/');
  return time === '23:59:59' ? `entro il ${day}` : `${day} ${time.slice(0, 5)}`;
};

const lineOf = (deadline: WorkerDeadline, caseUrl: (caseId: string) => string) =>
  `- ${whenOf(deadline.dueAt)} – ${summaryOf(deadline).replace(/^SCADUTA – /, '')}\n  ${caseUrl(deadline.caseId)}`;

/** The day's e-mail, in Italian, with the same discretion as the calendar: steps and case references, never the minor. */
export const digestOf = (deadlines: WorkerDeadline[], daysAhead: number, caseUrl: (caseId: string) => string): Digest | undefined => {
  const overdue = deadlines.filter((d) => d.status === 'lapsed');
  const due = deadlines.filter((d) => d.status === 'open');
  if (overdue.length === 0 && due.length === 0) return undefined;
  const section = (title: string, items: WorkerDeadline[]) =>
    items.length ? [`${title} (${items.length}):`, ...items.map((d) => lineOf(d, caseUrl)), ''] : [];
  return {
    subject: `tutela: ${overdue.length} scadenze superate, ${due.length} nei prossimi ${daysAhead} giorni`,
    text: [
      'Promemoria delle scadenze di legge dei casi in carico.',
      '',
      ...section('Scadenze superate', overdue),
      ...section(`In scadenza nei prossimi ${daysAhead} giorni`, due),
      'Per non ricevere più questo promemoria: DELETE /workers/{workerId}/reminder-settings.',
    ].join('\n'),
  };
};
