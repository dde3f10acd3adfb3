import ical, { ICalAlarmType } from 'ical-generator';
import { romeDateOf } from '../projections/deadlines/rome-time';
import { DEADLINE_LABELS_IT } from '../projections/deadlines/deadline.labels';
import { WorkerDeadline } from './worker-deadlines.query';

/** Timed deadlines ring two hours ahead; all-day ones at 09:00 the day before (15 h before their midnight). */
const TIMED_ALARM_SECONDS = 2 * 3600;
const ALL_DAY_ALARM_SECONDS = 15 * 3600;

/** Day and month terms end at the last millisecond of a Rome day: those are all-day events on that date. */
const endsARomeDay = (dueAt: Date): boolean => romeDateOf(new Date(dueAt.getTime() + 1)) !== romeDateOf(dueAt);

/** The summary names the step and the case reference only: calendars travel to phones and clouds. */
export const summaryOf = (deadline: WorkerDeadline): string =>
  `${deadline.status === 'lapsed' ? 'SCADUTA – ' : ''}${DEADLINE_LABELS_IT[deadline.kind]} – ${deadline.caseReference}`;

/** An ICS calendar of a worker's deadlines: UTC instants, all-day events as DATE values, one VALARM each. */
export const deadlinesCalendar = (deadlines: WorkerDeadline[], caseUrl: (caseId: string) => string, now: Date): string => {
  const calendar = ical({
    name: 'tutela – scadenze',
    description: 'Scadenze di legge dei casi in carico',
    prodId: { company: 'tutela', product: 'scadenze', language: 'IT' },
    ttl: 3600,
  });
  for (const deadline of deadlines) {
    const dueAt = deadline.dueInstant;
    const allDay = endsARomeDay(dueAt);
    const summary = summaryOf(deadline);
    const event = calendar.createEvent({
      // The deadline's id is stable (kind and subject), so a changed due time replaces the event.
      id: `${deadline.id}@tutela`,
      // Without a calendar time zone ical-generator writes a date from UTC fields: UTC midnight of the Rome date.
      start: allDay ? new Date(`${romeDateOf(dueAt)}T00:00:00Z`) : dueAt,
      allDay,
      stamp: now,
      summary,
      description: [
        `Scadenza: ${deadline.dueAt} (Europe/Rome)`,
        `Riferimento normativo: ${deadline.legalBasis}`,
        `Stato: ${deadline.status === 'lapsed' ? 'scaduta' : 'aperta'}`,
        `Caso: ${caseUrl(deadline.caseId)}`,
      ].join('\n'),
      url: caseUrl(deadline.caseId),
    });
    event.createAlarm({
      type: ICalAlarmType.display,
      trigger: allDay ? ALL_DAY_ALARM_SECONDS : TIMED_ALARM_SECONDS,
      description: summary,
    });
  }
  return calendar.toString();
};
