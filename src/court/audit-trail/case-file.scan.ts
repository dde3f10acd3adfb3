import { readableBy } from '../../cases/confidentiality/sealed-entries';
import { CaseEvent, isCaseEvent } from '../../cases/case.events';
import { caseNotFound } from '../../cases/case.errors';
import { caseStream } from '../../cases/case.stream';
import { EventLog } from '../../event-store/event-log';
import { RecordedEvent } from '../../event-store/event-store';
import { FamilyEvent, familyStream } from '../../families/family.events';
import { entryKindsOf } from '../../projections/timeline/timeline.labels';
import { ExportRange, ExportedEvent } from '../audit-trail.types';
import { GENESIS_HASH } from '../verify/audit-core';

/** The chain span of one stream that an export covers: from the first to the last event in the range. */
export interface StreamSpan {
  stream: string;
  firstRevision: number;
  lastRevision: number;
  /** The hash before the first exported event: a span that starts mid-stream still checks from here. */
  prevHash: string;
  lastHash: string;
  headRevision: number;
  headHash: string;
  inRange: number;
}

export interface CaseFileScan {
  caseId: string;
  familyId: string;
  minor: { id: string; name?: string; birthDate?: string };
  municipality?: string;
  /** Every member's name as the household records it, by member id. */
  memberNames: Record<string, string>;
  /** The case stream first, then its family's. */
  spans: StreamSpan[];
  /** Streams the case names that hold no event (a family stream that vanished). */
  missingStreams: string[];
}

const TIME_FIELD = { recorded: 'recordedAt', occurred: 'occurredAt' } as const;

export const isInRange = (event: RecordedEvent, range: ExportRange): boolean => {
  const at = Date.parse(String(event.metadata[TIME_FIELD[range.axis]]));
  return (range.from === null || at >= Date.parse(range.from)) && (range.to === null || at <= Date.parse(range.to));
};

/** One pass over a stream, keeping only counters and hashes: memory stays flat whatever its length. */
const scanStream = async (
  log: EventLog,
  stream: string,
  range: ExportRange,
  visit: (event: RecordedEvent) => void = () => undefined,
): Promise<StreamSpan | undefined> => {
  let span: StreamSpan | undefined;
  for await (const event of log.store.readStream(stream)) {
    visit(event);
    const revision = Number(event.revision);
    const hash = String(event.metadata.hash);
    span ??= {
      stream,
      firstRevision: -1,
      lastRevision: -1,
      prevHash: GENESIS_HASH,
      lastHash: GENESIS_HASH,
      headRevision: 0,
      headHash: hash,
      inRange: 0,
    };
    span.headRevision = revision;
    span.headHash = hash;
    if (!isInRange(event, range)) continue;
    if (span.inRange++ === 0) {
      span.firstRevision = revision;
      span.prevHash = String(event.metadata.prevHash);
    }
    span.lastRevision = revision;
    span.lastHash = hash;
  }
  // Nothing in range: an empty span that ends at the head, so the head is still attested.
  if (span && span.inRange === 0)
    Object.assign(span, {
      firstRevision: span.headRevision + 1,
      lastRevision: span.headRevision,
      prevHash: span.headHash,
      lastHash: span.headHash,
    });
  return span;
};

type Minor = CaseFileScan['minor'] & { givenName?: string; familyName?: string };

const foldMinor = (minor: Minor, event: FamilyEvent): void => {
  if (event.type === 'FamilyMemberAdded' && event.data.memberId === minor.id) {
    Object.assign(minor, { givenName: event.data.givenName, familyName: event.data.familyName, birthDate: event.data.birthDate });
  }
  if (event.type === 'FamilyMemberDetailsCorrected' && event.data.memberId === minor.id) {
    const { givenName, familyName, birthDate } = event.data.corrections;
    Object.assign(minor, givenName && { givenName }, familyName && { familyName }, birthDate && { birthDate });
  }
};

/** Pass one of an export: the spans of the case and family streams, the minor and the municipality. */
export const scanCaseFile = async (
  log: EventLog,
  caseId: string,
  range: ExportRange,
  /** Sees every case event of the pass: a caller that needs them all reads the stream once. */
  onCaseEvent: (event: RecordedEvent) => void = () => undefined,
): Promise<CaseFileScan> => {
  let opened: Extract<CaseEvent, { type: 'CaseOpened' }>['data'] | undefined;
  const caseSpan = await scanStream(log, caseStream(caseId), range, (event) => {
    if (event.type === 'CaseOpened') opened = event.data as typeof opened;
    onCaseEvent(event);
  });
  if (!caseSpan || !opened) throw caseNotFound(caseId);
  const minor: Minor = { id: opened.minorId, birthDate: opened.minorBirthDate };
  let municipality: string | undefined;
  const members = new Map<string, { givenName: string; familyName: string }>();
  const familySpan = await scanStream(log, familyStream(opened.familyId), range, (recorded) => {
    const event = { type: recorded.type, data: recorded.data } as FamilyEvent;
    if (event.type === 'FamilyRegistered') municipality = `${event.data.municipality.name} (${event.data.municipality.istatCode})`;
    foldMinor(minor, event);
    if (event.type === 'FamilyMemberAdded') members.set(event.data.memberId, event.data);
    if (event.type === 'FamilyMemberDetailsCorrected' && members.has(event.data.memberId)) {
      members.set(event.data.memberId, { ...members.get(event.data.memberId)!, ...event.data.corrections });
    }
  });
  const name = [minor.givenName, minor.familyName].filter(Boolean).join(' ') || undefined;
  return {
    caseId,
    familyId: opened.familyId,
    minor: { id: minor.id, name, birthDate: minor.birthDate },
    municipality,
    memberNames: Object.fromEntries([...members].map(([id, m]) => [id, `${m.givenName} ${m.familyName}`])),
    spans: familySpan ? [caseSpan, familySpan] : [caseSpan],
    missingStreams: familySpan ? [] : [familyStream(opened.familyId)],
  };
};

/** The events of a span, read again from the store each time it is called. */
export const spanEvents = (log: EventLog, spans: StreamSpan[], range: ExportRange, readerRole: string) =>
  async function* (): AsyncIterable<ExportedEvent> {
    for (const span of spans) {
      const count = span.lastRevision - span.firstRevision + 1;
      if (count <= 0) continue;
      for await (const event of log.store.readStream(span.stream, { fromRevision: BigInt(span.firstRevision), maxCount: count })) {
        yield toExportedEvent(event, range, readerRole);
      }
    }
  };

/** readerRole: restricted entries of another discipline are exported as their digests (they still verify). */
export const toExportedEvent = (event: RecordedEvent, range: ExportRange, readerRole: string): ExportedEvent => ({
  stream: event.stream,
  revision: Number(event.revision),
  id: event.id,
  type: event.type,
  inRange: isInRange(event, range),
  entryKinds: (isCaseEvent(event) && entryKindsOf({ type: event.type, data: event.data } as CaseEvent)) || [],
  data: readableBy(readerRole, event.data).data,
  metadata: event.metadata as ExportedEvent['metadata'],
});
