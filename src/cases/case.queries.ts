import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DomainError } from '../common/domain-error';
import { Streams } from '../common/send-command';
import { ServedEventsPage, readEventsPage } from '../common/served-event';
import { EventLog } from '../event-store/event-log';
import { TimeAxis, foldAsOf } from './case.as-of';
import { caseKind } from './case.decider';
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

@QueryHandler(LoadCase)
export class LoadCaseHandler implements IQueryHandler<LoadCase, LoadedCase> {
  constructor(
    private readonly log: EventLog,
    private readonly streams: Streams,
  ) {}

  async execute({ caseId, asOf }: LoadCase): Promise<LoadedCase> {
    // Now: the engine's own load (and, later, its cache); as of a date: every event, filtered on the axis.
    const { state, revision } = asOf
      ? await foldAsOf(await this.log.readStreamToArray(caseStream(caseId)), asOf.at, asOf.axis)
      : await this.streams.load(caseKind, caseId);
    if (state.status === 'none' || revision === undefined) {
      if (!asOf) throw caseNotFound(caseId);
      const at = asOf.at.toISOString();
      throw new DomainError('CASE_NOT_FOUND', `case ${caseId} did not exist at ${at} on the ${asOf.axis} axis`, 404, {
        caseId,
        asOf: at,
        axis: asOf.axis,
      });
    }
    return { state, revision };
  }
}

export type CaseEventsPage = ServedEventsPage;

export class ReadCaseEvents extends Query<CaseEventsPage> {
  constructor(
    readonly caseId: string,
    readonly from: bigint,
    readonly limit: number,
    /** Whose eyes: restricted entries of another discipline are served as their digests. */
    readonly readerRole: string,
  ) {
    super();
  }
}

@QueryHandler(ReadCaseEvents)
export class ReadCaseEventsHandler implements IQueryHandler<ReadCaseEvents, CaseEventsPage> {
  constructor(private readonly log: EventLog) {}

  async execute({ caseId, from, limit, readerRole }: ReadCaseEvents): Promise<CaseEventsPage> {
    const page = await readEventsPage(this.log, caseStream(caseId), from, limit, readerRole);
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
