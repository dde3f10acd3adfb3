import { Inject, Injectable } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, ICommandHandler, IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { EventLog } from '../event-store/event-log';
import { RememberedAnswer, WrongExpectedRevisionError } from '../event-store/event-store';
import { inSpan } from '../observability/tracing';
import { CLOCK, Clock } from './clock';
import { CommandData, DomainEvent, FoldableKind, StreamKind, streamKindNamed, streamName } from './decider';
import { Decided, Waiting, decideGroup, nextGroup } from './command-group';
import { IdempotencyClaim, RequestContext } from './request-context';
import { estimatedBytes } from './state-cache';
import { StreamStates } from './stream-states';
import { CommandOutcome, RevisionMismatchError } from './command-outcome';
import { StreamState } from './stream-state';

export type IfMatchValue = bigint | 'stream_exists' | undefined;

export interface SendOptions<F = unknown> {
  /** From the client's If-Match; a mismatch is 412, never retried. */
  ifMatch?: IfMatchValue;
  /** Facts the sender looked up for decide (the family of an opening, a hash to cite). */
  facts?: F;
  /** What the answer names beside revision and position; kept with an Idempotency-Key in the events' commit. */
  answer?: CommandAnswer;
  /**
   * The id was minted for this command, so its stream cannot exist yet: decide on the empty state without reading.
   * Safe even if wrong: the append expects no stream, and a refusal is only given on a fresh read.
   */
  newStream?: boolean;
}

export interface CommandAnswer {
  /** The id of what the command created. */
  id?: string;
  /** Where the created resource is read. */
  location?: string;
}

/** A command, as data, for one stream of a kind: the bus carries names and fields, never functions. */
export class SendCommand extends Command<CommandOutcome<unknown>> {
  constructor(
    readonly kind: string,
    readonly id: string,
    readonly command: CommandData,
    readonly context: RequestContext,
    readonly options: SendOptions = {},
  ) {
    super();
  }
}

/** The folded state of one stream of a kind. */
export class LoadState extends Query<StreamState<unknown>> {
  constructor(
    readonly kind: string,
    readonly id: string,
  ) {
    super();
  }
}

/** Typed sending and loading for controllers and handlers. */
@Injectable()
export class Streams {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  send<C extends CommandData, S, E extends DomainEvent, F>(
    kind: StreamKind<C, S, E, F>,
    id: string,
    command: C,
    context: RequestContext,
    options: SendOptions<F> = {},
  ): Promise<CommandOutcome<S>> {
    return this.commands.execute(new SendCommand(kind.name, id, command, context, options)) as Promise<CommandOutcome<S>>;
  }

  load<S>(kind: FoldableKind<S>, id: string): Promise<StreamState<S>> {
    return this.queries.execute(new LoadState(kind.name, id)) as Promise<StreamState<S>>;
  }
}

const MAX_ATTEMPTS = 6;

@CommandHandler(SendCommand)
export class SendCommandHandler implements ICommandHandler<SendCommand, CommandOutcome<unknown>> {
  constructor(
    private readonly log: EventLog,
    private readonly states: StreamStates,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Per stream, the commands waiting while an append of the same stream is under way. */
  private readonly waiting = new Map<string, Waiting[]>();

  execute(sent: SendCommand): Promise<CommandOutcome<unknown>> {
    const kind = streamKindNamed(sent.kind);
    const stream = streamName(kind, sent.id);
    const attributes = {
      'tutela.stream': stream,
      'tutela.command': sent.command.type,
      'tutela.actor.role': sent.context.actor.role,
      'tutela.correlation_id': sent.context.correlationId,
    };
    sent.context.commands?.push(sent.command.type);
    return inSpan(`command ${sent.command.type}`, attributes, async (span) => {
      const decided = await new Promise<Decided>((resolve, reject) => {
        const now = this.clock();
        const command = { ...sent.command, occurredAt: sent.command.occurredAt ?? now.toISOString() };
        const queue = this.waiting.get(stream);
        if (queue) return queue.push({ sent, command, now, resolve, reject });
        this.waiting.set(stream, [{ sent, command, now, resolve, reject }]);
        void this.drain(kind, stream, sent.id);
      });
      const outcome = this.outcomeOf(decided);
      span.setAttribute('tutela.revision', outcome.revision.toString());
      return outcome;
    });
  }

  /** One group at a time per stream, in arrival order, until nobody waits. */
  private async drain(kind: StreamKind, stream: string, id: string): Promise<void> {
    const queue = this.waiting.get(stream)!;
    while (queue.length > 0) {
      const group = nextGroup(queue);
      await this.decideAndAppend(kind, id, group).catch((error: unknown) => group.forEach((waiting) => waiting.reject(error)));
    }
    this.waiting.delete(stream);
  }

  /**
   * Decides on the cached state when there is one, or on the empty state of a stream minted for the command, without
   * reading: if the stream moved meanwhile the append fails on its revision and the group decides again on a fresh
   * read. A refusal is only given on a fresh read.
   */
  private async decideAndAppend(kind: StreamKind, id: string, group: Waiting[]): Promise<void> {
    let read = this.states.cached(kind, id) ?? (group.every(({ sent }) => sent.options.newStream) ? emptyStream(kind) : undefined);
    let fresh = read === undefined;
    read ??= await this.states.load(kind, id);
    for (let attempt = 1; ; attempt++) {
      const { accepted, refused } = decideGroup(kind, read, group);
      if (refused.length > 0 && !fresh) {
        read = await this.states.load(kind, id);
        fresh = true;
        continue;
      }
      try {
        if (accepted.length > 0) await this.append(kind, id, read, accepted);
        refused.forEach(({ waiting, refusal }) => waiting.reject(refusal));
        return;
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        this.states.forget(kind, id);
        if (attempt >= MAX_ATTEMPTS) throw error;
        // Another instance wrote first: wait a random, growing moment so the writers stop colliding.
        if (fresh) await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * 2 ** attempt));
        read = await this.states.load(kind, id);
        fresh = true;
        // A command sent with If-Match is now judged on the fresh revision: 412 if the stream moved past it.
      }
    }
  }

  /** One append for the group; each command's state is folded again with the times the log recorded. */
  private async append(kind: StreamKind, id: string, read: StreamState<unknown>, accepted: Decided[]): Promise<void> {
    const drafts = accepted.flatMap(({ waiting: { sent, command }, events }) => {
      const { actor, correlationId, requestId } = sent.context;
      const metadata = { actor, correlationId, causationId: requestId, occurredAt: command.occurredAt };
      return events.map((event) => ({ type: event.type, data: event.data, metadata }));
    });
    const claim = accepted.length === 1 ? accepted[0].waiting.sent.context.idempotency : undefined;
    const remember = claim && rememberedAnswer(claim, accepted[0].waiting.sent.options.answer);
    const revision = read.revision === undefined ? 'no_stream' : read.revision;
    const result = await this.log.append(streamName(kind, id), drafts, revision, { head: read.headHash, remember });
    if (claim && result.remembered) claim.kept = true;
    let state = read.state;
    let bytes = 0;
    for (const decided of accepted) {
      const { sent, command } = decided.waiting;
      const meta = { occurredAt: command.occurredAt, recordedAt: result.recordedAt, actorId: sent.context.actor.id };
      state = decided.events.reduce((folded, event) => kind.decider.evolve(folded, event as never, meta), state);
      bytes += estimatedBytes(decided.events);
      decided.after = { state, revision: decided.after.revision, headHash: undefined };
    }
    this.states.advance(kind, id, { state, revision: result.nextRevision, headHash: result.headHash }, bytes);
    // Every command of the group answers with the group's commit position: its own events are visible at it.
    accepted.forEach((decided) => decided.waiting.resolve({ ...decided, position: result.position }));
  }

  private outcomeOf(decided: Decided & { position?: string }): CommandOutcome<unknown> {
    return {
      revision: decided.after.revision!,
      position: decided.position!,
      state: decided.after.state,
      answer: decided.waiting.sent.options.answer,
    };
  }
}

const emptyStream = (kind: StreamKind): StreamState<unknown> => ({
  state: kind.decider.initialState,
  revision: undefined,
  headHash: undefined,
});

/** The answer a replay of this request gives, less what the commit fills in (revision, position, ETag). */
const rememberedAnswer = (claim: IdempotencyClaim, answer: CommandAnswer = {}): RememberedAnswer => ({
  actorId: claim.actorId,
  key: claim.key,
  requestHash: claim.requestHash,
  status: claim.status,
  headers: answer.location ? { location: answer.location } : {},
  body: answer.id ? { id: answer.id } : {},
});

@QueryHandler(LoadState)
export class LoadStateHandler implements IQueryHandler<LoadState, StreamState<unknown>> {
  constructor(private readonly states: StreamStates) {}

  execute(query: LoadState): Promise<StreamState<unknown>> {
    return this.states.load(streamKindNamed(query.kind), query.id);
  }
}

// What senders need from the old path, so that they import only this file.
export { RevisionMismatchError };
export type { CommandOutcome };
