import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DomainError } from '../common/domain-error';
import { ServedEventsPage, readEventsPage } from '../common/served-event';
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

export type CaseEventsPage = ServedEventsPage;

export class ReadCaseEvents extends Query<CaseEventsPage> {
  constructor(
    readonly caseId: string,
    readonly from: bigint,
    readonly limit: number,
  ) {
    super();
  }
}

@QueryHandler(ReadCaseEvents)
export class ReadCaseEventsHandler implements IQueryHandler<ReadCaseEvents, CaseEventsPage> {
  constructor(private readonly log: EventLog) {}

  async execute({ caseId, from, limit }: ReadCaseEvents): Promise<CaseEventsPage> {
    const page = await readEventsPage(this.log, caseStream(caseId), from, limit);
    if (!page) throw caseNotFound(caseId);
    return page;
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
