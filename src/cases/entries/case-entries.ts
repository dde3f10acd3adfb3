import { RecordedEvent } from '../../event-store/event-store';
import { Discipline, EntryKind } from '../case.values';
import { readableBy } from '../confidentiality/sealed-entries';
import { rawEntriesOf } from '../../court/pdf/narrative-entries';

/** One narrative entry with where it comes from; a withheld entry has textDigest in place of text. */
export interface CaseEntry {
  revision: number;
  eventType: string;
  occurredAt: string;
  kind: EntryKind;
  text?: string;
  statedBy?: string;
  method?: string;
  /** The assessment's discipline, for entries recorded in an assessment. */
  discipline?: Discipline;
  restrictedTo?: Discipline;
  textDigest?: string;
}

export interface EntryFilter {
  kind?: EntryKind;
  discipline?: Discipline;
  /** Occurred at or after / at or before (ISO 8601 instants). */
  from?: string;
  to?: string;
}

type RawEntry = Omit<CaseEntry, 'revision' | 'eventType' | 'occurredAt' | 'discipline'>;

const pick = ({ kind, text, statedBy, method, restrictedTo, textDigest }: RawEntry): RawEntry => ({
  kind,
  ...(text !== undefined ? { text } : {}),
  ...(statedBy ? { statedBy } : {}),
  ...(method ? { method } : {}),
  ...(restrictedTo ? { restrictedTo, textDigest } : {}),
});

/**
 * The narrative entries of a case in stream order, as this role may read them (restricted texts of another
 * discipline withheld), filtered by kind, discipline and when they occurred. Pure: the caller reads the stream.
 */
export const caseEntries = (events: readonly RecordedEvent[], role: string, filter: EntryFilter): CaseEntry[] => {
  const disciplineOf = new Map<string, Discipline>();
  const entries: CaseEntry[] = [];
  for (const event of events) {
    const data = event.data as Record<string, unknown>;
    if (event.type === 'AssessmentStarted') disciplineOf.set(String(data.assessmentId), data.discipline as Discipline);
    const raws = rawEntriesOf(event.type, readableBy(role, data).data).filter(
      (raw): raw is RawEntry => raw !== null && typeof raw === 'object',
    );
    if (raws.length === 0) continue;
    const occurredAt = new Date(String(event.metadata.occurredAt)).toISOString();
    if ((filter.from && occurredAt < filter.from) || (filter.to && occurredAt > filter.to)) continue;
    const discipline = event.type === 'AssessmentEntryRecorded' ? disciplineOf.get(String(data.assessmentId)) : undefined;
    if (filter.discipline && discipline !== filter.discipline) continue;
    for (const raw of raws) {
      if (filter.kind && raw.kind !== filter.kind) continue;
      entries.push({
        revision: Number(event.revision),
        eventType: event.type,
        occurredAt,
        ...pick(raw),
        ...(discipline ? { discipline } : {}),
      });
    }
  }
  return entries;
};
