import { Discipline } from '../../cases/case.values';
import { DISCIPLINE } from '../../projections/timeline/timeline.vocabulary';
import { ExportedEntry, ExportedEvent } from '../audit-trail.types';

type EntryContent = Pick<ExportedEntry, 'kind' | 'text' | 'statedBy' | 'method'>;

/** Where each narrative event keeps its entries (art. 473-bis.27 c.p.c.): a list, a single entry, or in list items. */
const ENTRY_FIELDS: Record<string, { field: string; list: boolean; inItem?: string }> = {
  ContactRecorded: { field: 'entries', list: true },
  AssessmentEntryRecorded: { field: 'entry', list: false },
  CourtReportSubmitted: { field: 'sections', list: true },
  ChildHeard: { field: 'statements', list: true },
  TeamEvaluationRecorded: { field: 'contributions', list: true, inItem: 'entry' },
};

const isFilled = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;

/** A statement without its author or an evaluation without its method is not a valid entry: left out, never guessed. */
/** A restricted entry this export may not show: its place, its discipline and its digest, never its text. */
const withheldText = ({ restrictedTo, textDigest }: Record<string, unknown>): string | undefined =>
  typeof restrictedTo === 'string' && typeof textDigest === 'string'
    ? `[Voce riservata alla disciplina ${DISCIPLINE[restrictedTo as Discipline]?.it ?? restrictedTo}: testo non incluso; impronta ${textDigest}]`
    : undefined;

const contentOf = (raw: unknown): EntryContent | undefined => {
  if (raw === null || typeof raw !== 'object') return undefined;
  const { kind, statedBy, method } = raw as Record<string, unknown>;
  const text = withheldText(raw as Record<string, unknown>) ?? (raw as Record<string, unknown>).text;
  if (!isFilled(text)) return undefined;
  if (kind === 'fact') return { kind, text };
  if (kind === 'statement' && isFilled(statedBy)) return { kind, text, statedBy };
  if (kind === 'evaluation' && isFilled(method)) return { kind, text, method };
  return undefined;
};

/** The raw entries an event's data holds, in their order; [] for other events and for data of an unknown shape. */
export const rawEntriesOf = (type: string, data: unknown): unknown[] => {
  const where = ENTRY_FIELDS[type];
  if (!where || data === null || typeof data !== 'object') return [];
  const value = (data as Record<string, unknown>)[where.field];
  const raws = where.list ? (Array.isArray(value) ? value : []) : [value];
  return where.inItem
    ? raws.map((item) => (item && typeof item === 'object' ? (item as Record<string, unknown>)[where.inItem!] : undefined))
    : raws;
};

/** The narrative entries an event carries, in their order; [] for other events and for data of an unknown shape. */
export const narrativeEntriesOf = (event: ExportedEvent): ExportedEntry[] => {
  const entries: ExportedEntry[] = [];
  for (const raw of rawEntriesOf(event.type, event.data)) {
    const content = contentOf(raw);
    if (!content) continue;
    const { stream, revision, type: eventType } = event;
    entries.push({ stream, revision, eventType, occurredAt: event.metadata.occurredAt, ...content });
  }
  return entries;
};
