import { CommandData, Dated, DomainEvent, StreamKind } from './decider';
import { RevisionMismatchError } from './command-outcome';
import type { SendCommand } from './send-command';
import { StreamState } from './stream-state';

/** A command waiting for its stream, dated when it arrived. */
export interface Waiting {
  sent: SendCommand;
  command: Dated<CommandData>;
  now: Date;
  resolve: (value: Decided) => void;
  reject: (error: unknown) => void;
}

export interface Decided {
  waiting: Waiting;
  events: DomainEvent[];
  /** The stream as this command leaves it. */
  after: StreamState<unknown>;
  /** Once appended: the commit's position. */
  position?: string;
}

export type GroupDecision = { accepted: Decided[]; refused: Array<{ waiting: Waiting; refusal: unknown }> };

/**
 * Decides a group of commands on one stream in arrival order, each on the state the previous ones leave: as if
 * they had run one by one. A refused command leaves the state as it found it and takes nothing from the others.
 */
export const decideGroup = (kind: StreamKind, read: StreamState<unknown>, group: Waiting[]): GroupDecision => {
  const decision: GroupDecision = { accepted: [], refused: [] };
  let current = read;
  for (const waiting of group) {
    try {
      const events = decideOne(kind, current, waiting);
      const meta = {
        occurredAt: waiting.command.occurredAt,
        recordedAt: waiting.now.toISOString(),
        actorId: waiting.sent.context.actor.id,
      };
      const state = events.reduce((folded, event) => kind.decider.evolve(folded, event as never, meta), current.state);
      const revision = (current.revision ?? -1n) + BigInt(events.length);
      current = { state, revision, headHash: undefined };
      decision.accepted.push({ waiting, events, after: current });
    } catch (refusal) {
      decision.refused.push({ waiting, refusal });
    }
  }
  return decision;
};

const decideOne = (kind: StreamKind, read: StreamState<unknown>, { sent, command, now }: Waiting): DomainEvent[] => {
  const { ifMatch, facts } = sent.options;
  // Who may act comes first: a stranger to the stream learns nothing of it, not even its revision.
  if (read.revision !== undefined) kind.authorize?.(read.state, sent.context.actor);
  if (ifMatch !== undefined && (read.revision === undefined || (ifMatch !== 'stream_exists' && ifMatch !== read.revision))) {
    throw new RevisionMismatchError(ifMatch, read.revision);
  }
  return kind.decider.decide(command, read.state, { now, actor: sent.context.actor, facts });
};

/** The most commands one append carries. */
const MAX_GROUP = 64;

/**
 * Commands that arrive while their stream is busy wait, and go together in its next append. A command with an
 * Idempotency-Key goes alone: its commit keeps its own answer.
 */
export const nextGroup = (waiting: Waiting[]): Waiting[] => {
  if (waiting[0]?.sent.context.idempotency) return waiting.splice(0, 1);
  let size = 0;
  while (size < waiting.length && size < MAX_GROUP && !waiting[size].sent.context.idempotency) size++;
  return waiting.splice(0, size);
};
