import { ExportActor, ExportRange } from '../audit-trail.types';

/** Built once: constructing an Intl formatter costs far more than formatting with it. */
const ROME_DATE_TIME = new Intl.DateTimeFormat('it-IT', {
  timeZone: 'Europe/Rome',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});
const ROME_DATE = new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', day: '2-digit', month: '2-digit', year: 'numeric' });
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An instant as a judge in Italy reads it: Europe/Rome, day first. Unparseable input is shown as it is, never hidden. */
export const romeDateTime = (iso: string): string => {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : ROME_DATE_TIME.format(at);
};

/** A calendar date (2026-03-14) is a day, not an instant: no time zone shift. Instants get their Rome day. */
export const romeDate = (value: string): string => {
  const calendar = CALENDAR_DATE.exec(value);
  if (calendar) return `${calendar[3]}/${calendar[2]}/${calendar[1]}`;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? value : ROME_DATE.format(at);
};

/** case-<uuid> is the case file, family-<uuid> the family unit; anything else keeps its own name. */
export const streamLabel = (stream: string): string => {
  if (stream.startsWith('case-')) return 'fascicolo';
  if (stream.startsWith('family-')) return 'nucleo';
  return stream;
};

export const actorLabel = (actor: ExportActor): string => `${actor.name ? `${actor.name} ` : ''}(${actor.id}, ruolo ${actor.role})`;

export const shortHash = (hash: string): string => (hash.length > 16 ? `${hash.slice(0, 16)}…` : hash);

const AXIS_LABELS: Record<ExportRange['axis'], string> = { recorded: 'data di registrazione', occurred: 'data del fatto' };

/** "dal 01/03/2026, 00:00:00 ad oggi (data di registrazione)": open ends are said, not left blank. */
export const rangeLabel = (range: ExportRange): string => {
  const from = range.from === null ? "dall'inizio" : `dal ${romeDateTime(range.from)}`;
  const to = range.to === null ? 'ad oggi' : `al ${romeDateTime(range.to)}`;
  return `${from} ${to} (${AXIS_LABELS[range.axis] ?? range.axis})`;
};

export const minorLabel = (minor: { id: string; name?: string; birthDate?: string }): string => {
  const born = minor.birthDate ? [`nato/a il ${romeDate(minor.birthDate)}`] : [];
  return [minor.name ?? 'nome non disponibile', ...born, `id ${minor.id}`].join(', ');
};
