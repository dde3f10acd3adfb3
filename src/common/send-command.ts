import { Inject, Injectable } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, ICommandHandler, IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { EventLog } from '../event-store/event-log';
import { WrongExpectedRevisionError } from '../event-store/event-store';
import { inSpan } from '../observability/tracing';
import { CLOCK, Clock } from './clock';
import { RememberedAnswer } from '../event-store/event-store';
import { CommandData, Dated, DomainEvent, StreamKind, streamKindNamed, streamName } from './decider';
import { KeyedQueue } from './keyed-queue';
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

  load<S>(kind: StreamKind<never, S> | StreamKind<any, S, any, any>, id: string): Promise<StreamState<S>> {
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

  /** Commands on one stream take turns in this process; across instances the expected revision still guards. */
  private readonly turns = new KeyedQueue();

  execute(sent: SendCommand): Promise<CommandOutcome<unknown>> {
    const kind = streamKindNamed(sent.kind);
    const stream = streamName(kind, sent.id);
    const attributes = {
      'tutela.stream': stream,
      'tutela.command': sent.command.type,
      'tutela.actor.role': sent.context.actor.role,
      'tutela.correlation_id': sent.context.correlationId,
    };
    return this.turns.run(stream, () =>
      inSpan(`command ${sent.command.type}`, attributes, async (span) => {
        const outcome = await this.decideAndAppend(kind, sent);
        span.setAttribute('tutela.revision', outcome.revision.toString());
        return outcome;
      }),
    );
  }

  /**
   * Decides on the cached state when there is one, without reading: if the stream moved meanwhile the append fails
   * on its revision and the command decides again on a fresh read. A refusal is only given on a fresh read.
   */
  private async decideAndAppend(kind: StreamKind, sent: SendCommand): Promise<CommandOutcome<unknown>> {
    const now = this.clock();
    const occurredAt = sent.command.occurredAt ?? now.toISOString();
    const command = { ...sent.command, occurredAt };
    let read = this.states.cached(kind, sent.id);
    let fresh = read === undefined;
    read ??= await this.states.load(kind, sent.id);
    for (let attempt = 1; ; attempt++) {
      let events: DomainEvent[];
      try {
        events = this.decideOn(kind, read, command, now, sent);
      } catch (refusal) {
        if (fresh) throw refusal;
        read = await this.states.load(kind, sent.id);
        fresh = true;
        continue;
      }
      try {
        return await this.append(kind, sent, read, events, occurredAt);
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        this.states.forget(kind, sent.id);
        const { ifMatch } = sent.options;
        if (ifMatch !== undefined) throw new RevisionMismatchError(ifMatch, typeof error.actual === 'bigint' ? error.actual : undefined);
        if (attempt >= MAX_ATTEMPTS) throw error;
        // Another instance wrote first: wait a random, growing moment so the writers stop colliding.
        if (fresh) await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * 2 ** attempt));
        read = await this.states.load(kind, sent.id);
        fresh = true;
      }
    }
  }

  private decideOn(kind: StreamKind, read: StreamState<unknown>, command: Dated<CommandData>, now: Date, sent: SendCommand): DomainEvent[] {
    const { ifMatch, facts } = sent.options;
    // Who may act comes first: a stranger to the stream learns nothing of it, not even its revision.
    if (read.revision !== undefined) kind.authorize?.(read.state, sent.context.actor);
    if (ifMatch !== undefined && (read.revision === undefined || (ifMatch !== 'stream_exists' && ifMatch !== read.revision))) {
      throw new RevisionMismatchError(ifMatch, read.revision);
    }
    return kind.decider.decide(command, read.state, { now, actor: sent.context.actor, facts });
  }

  private async append(
    kind: StreamKind,
    sent: SendCommand,
    read: StreamState<unknown>,
    events: DomainEvent[],
    occurredAt: string,
  ): Promise<CommandOutcome<unknown>> {
    const { context } = sent;
    const metadata = { actor: context.actor, correlationId: context.correlationId, causationId: context.requestId, occurredAt };
    const claim = context.idempotency;
    const remember = claim && rememberedAnswer(claim, sent.options.answer);
    const result = await this.log.append(
      streamName(kind, sent.id),
      events.map((event) => ({ type: event.type, data: event.data, metadata })),
      read.revision === undefined ? 'no_stream' : read.revision,
      { head: read.headHash, remember },
    );
    if (claim && result.remembered) claim.kept = true;
    const meta = { occurredAt, recordedAt: result.recordedAt, actorId: context.actor.id };
    const state = events.reduce((current, event) => kind.decider.evolve(current, event as never, meta), read.state);
    this.states.advance(kind, sent.id, { state, revision: result.nextRevision, headHash: result.headHash }, estimatedBytes(events));
    return { revision: result.nextRevision, position: result.position, state, answer: sent.options.answer };
  }
}

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
