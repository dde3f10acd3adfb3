import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DomainError } from '../common/domain-error';
import { EventLog } from '../event-store/event-log';
import { RecordedEvent } from '../event-store/event-store';
import { RecordedCaseEvent, TimeAxis, foldAsOf, foldCase } from './case.as-of';
import { caseNotFound } from './case.errors';
import { CaseState } from './case.state';
import { caseStream } from './case.stream';

/** Reads of one case straight from its stream (read models come later): always consistent with the caller's writes. */
export interface LoadedCase {
  state: CaseState;
  /** The newest revision folded into the state. */
  revision: bigint;
}

export class LoadCase extends Query<LoadedCase> {
  constructor(
    readonly caseId: string,
    readonly asOf?: { at: Date; axis: TimeAxis },
  ) {
    super();
  }
}

const TIME_FIELD: Record<TimeAxis, 'recordedAt' | 'occurredAt'> = { recorded: 'recordedAt', occurred: 'occurredAt' };

@QueryHandler(LoadCase)
export class LoadCaseHandler implements IQueryHandler<LoadCase, LoadedCase> {
  constructor(private readonly log: EventLog) {}

  async execute({ caseId, asOf }: LoadCase): Promise<LoadedCase> {
    const events = await this.log.readStreamToArray(caseStream(caseId));
    const timed = events as Array<RecordedEvent & RecordedCaseEvent>;
    const state = asOf ? foldAsOf(timed, asOf.at, asOf.axis) : foldCase(timed);
    if (state.status === 'none') {
      if (!asOf) throw caseNotFound(caseId);
      const at = asOf.at.toISOString();
      throw new DomainError('CASE_NOT_FOUND', `case ${caseId} did not exist at ${at} on the ${asOf.axis} axis`, 404, { caseId, asOf: at, axis: asOf.axis });
    }
    const known = asOf ? timed.filter((e) => Date.parse(e.metadata[TIME_FIELD[asOf.axis]]) <= asOf.at.getTime()) : timed;
    return { state, revision: known.reduce((max, e) => (e.revision > max ? e.revision : max), 0n) };
  }
}

/** One stored event as the events endpoint shows it: both time axes, the actor, and its link in the hash chain. */
export interface CaseEventItem {
  revision: number;
  type: string;
  data: unknown;
  occurredAt: string;
  recordedAt: string;
  actor: { id: string; role: string };
  hash: string;
  prevHash: string;
}

export interface CaseEventsPage {
  items: CaseEventItem[];
  /** The revision to ask for next, or null at the end of the stream. */
  next: number | null;
}

export class ReadCaseEvents extends Query<CaseEventsPage> {
  constructor(
    readonly caseId: string,
    readonly from: bigint,
    readonly limit: number,
  ) {
    super();
  }
}

const toItem = ({ revision, type, data, metadata }: RecordedEvent): CaseEventItem => ({
  revision: Number(revision),
  type,
  data,
  occurredAt: String(metadata.occurredAt),
  recordedAt: String(metadata.recordedAt),
  actor: metadata.actor as CaseEventItem['actor'],
  hash: String(metadata.hash),
  prevHash: String(metadata.prevHash),
});

@QueryHandler(ReadCaseEvents)
export class ReadCaseEventsHandler implements IQueryHandler<ReadCaseEvents, CaseEventsPage> {
  constructor(private readonly log: EventLog) {}

  async execute({ caseId, from, limit }: ReadCaseEvents): Promise<CaseEventsPage> {
    const stream = caseStream(caseId);
    const read: RecordedEvent[] = [];
    for await (const event of this.log.store.readStream(stream, { fromRevision: from, maxCount: limit + 1 })) read.push(event);
    if (read.length === 0 && !(await exists(this.log, stream))) throw caseNotFound(caseId);
    return { items: read.slice(0, limit).map(toItem), next: read.length > limit ? Number(read[limit].revision) : null };
  }
}

/** The case stream's own chain hash at a revision: what a court report pins (undefined when there is no such event). */
export class CaseHashAt extends Query<string | undefined> {
  constructor(
    readonly caseId: string,
    readonly revision: number,
  ) {
    super();
  }
}

@QueryHandler(CaseHashAt)
export class CaseHashAtHandler implements IQueryHandler<CaseHashAt, string | undefined> {
  constructor(private readonly log: EventLog) {}

  async execute({ caseId, revision }: CaseHashAt): Promise<string | undefined> {
    if (!Number.isSafeInteger(revision) || revision < 0) return undefined;
    for await (const event of this.log.store.readStream(caseStream(caseId), { fromRevision: BigInt(revision), maxCount: 1 })) {
      return event.revision === BigInt(revision) ? String(event.metadata.hash) : undefined;
    }
    return undefined;
  }
}

const exists = async (log: EventLog, stream: string): Promise<boolean> => {
  for await (const _ of log.store.readStream(stream, { direction: 'backwards', fromRevision: 'end', maxCount: 1 })) return true;
  return false;
};
