import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { caseStream } from '../../cases/case.stream';
import { PG_POOL } from '../../database/database.tokens';
import { EventLog } from '../../event-store/event-log';
import { ChainedEventLike, verifyChain } from '../../event-store/hash-chain';
import { RecordedEvent } from '../../event-store/event-store';
import { familyStream } from '../../families/family.events';
import { CheckpointedHead, highestCheckpointedHead } from '../checkpoints/checkpoints';

export type CheckpointComparison = 'consistent' | 'tail-removed' | 'stream-vanished' | 'head-rewritten' | 'not-checkpointed';

export interface StreamVerification {
  stream: string;
  /** The chain holds from the first event to the head. */
  holds: boolean;
  events: number;
  headRevision: number | null;
  headHash: string | null;
  firstBreak?: { revision: number; eventId: string; reason: string; expected: string; found: string };
  checkpoint: { id: string; createdAt: string; revision: number; headHash: string; comparison: CheckpointComparison } | null;
}

export interface CaseFileVerification {
  caseId: string;
  verifiedAt: string;
  holds: boolean;
  streams: StreamVerification[];
}

/** Walks a stored stream once: its chain, and the hash it had at the revision a checkpoint saw. */
const verifyStoredStream = async (log: EventLog, stream: string, leaf: CheckpointedHead | undefined): Promise<StreamVerification> => {
  let head: RecordedEvent | undefined;
  let hashAtLeaf: string | undefined;
  const events = (async function* (): AsyncGenerator<ChainedEventLike> {
    for await (const event of log.store.readStream(stream)) {
      head = event;
      if (leaf && Number(event.revision) === leaf.revision) hashAtLeaf = String(event.metadata.hash);
      yield event;
    }
  })();
  const chain = await verifyChainAsync(events);
  const comparison: CheckpointComparison = !leaf
    ? 'not-checkpointed'
    : !head
      ? 'stream-vanished'
      : Number(head.revision) < leaf.revision
        ? 'tail-removed'
        : hashAtLeaf !== leaf.headHash
          ? 'head-rewritten'
          : 'consistent';
  return {
    stream,
    holds: chain.valid && (comparison === 'consistent' || comparison === 'not-checkpointed'),
    events: chain.events,
    headRevision: head ? Number(head.revision) : null,
    headHash: head ? String(head.metadata.hash) : null,
    ...(!chain.valid && { firstBreak: { ...chain.firstBad, revision: Number(chain.firstBad.revision) } }),
    checkpoint: leaf
      ? { id: leaf.checkpointId, createdAt: leaf.checkpointCreatedAt, revision: leaf.revision, headHash: leaf.headHash, comparison }
      : null,
  };
};

/** verifyChain over a stream read page by page, stopping at the first break. */
const verifyChainAsync = async (events: AsyncIterable<ChainedEventLike>) => {
  const buffered: ChainedEventLike[] = [];
  let startHash: string | undefined;
  let count = 0;
  for await (const event of events) {
    buffered.push(event);
    if (buffered.length < 500) continue;
    const part = verifyChain(buffered.splice(0), startHash);
    if (!part.valid) return { ...part, events: count + part.events };
    count += part.events;
    startHash = part.headHash;
  }
  const rest = verifyChain(buffered, startHash);
  return { ...rest, events: count + rest.events };
};

/** GET /cases/{caseId}/audit-trail/verification: the stored chains of the case and its family, against the highest checkpointed heads. */
export class ReadCaseFileVerification extends Query<CaseFileVerification> {
  constructor(
    readonly caseId: string,
    readonly familyId: string | undefined,
    readonly now: Date,
  ) {
    super();
  }
}

@QueryHandler(ReadCaseFileVerification)
export class ReadCaseFileVerificationHandler implements IQueryHandler<ReadCaseFileVerification, CaseFileVerification> {
  constructor(
    private readonly log: EventLog,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  async execute({ caseId, familyId, now }: ReadCaseFileVerification): Promise<CaseFileVerification> {
    const streams = [caseStream(caseId), ...(familyId ? [familyStream(familyId)] : [])];
    const results: StreamVerification[] = [];
    for (const stream of streams)
      results.push(await verifyStoredStream(this.log, stream, await highestCheckpointedHead(this.pool, stream)));
    return { caseId, verifiedAt: now.toISOString(), holds: results.every((r) => r.holds), streams: results };
  }
}
