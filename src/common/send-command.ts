import { Inject, Injectable } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, ICommandHandler, IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { EventLog } from '../event-store/event-log';
import { WrongExpectedRevisionError } from '../event-store/event-store';
import { inSpan } from '../observability/tracing';
import { CLOCK, Clock } from './clock';
import { CommandData, DomainEvent, StreamKind, streamKindNamed, streamName } from './decider';
import { KeyedQueue } from './keyed-queue';
import { RequestContext } from './request-context';
import { CommandOutcome, RevisionMismatchError } from './stream-command';
import { StreamState, foldOnto, readStreamState } from './stream-state';

export type IfMatchValue = bigint | 'stream_exists' | undefined;

export interface SendOptions<F = unknown> {
  /** From the client's If-Match; a mismatch is 412, never retried. */
  ifMatch?: IfMatchValue;
  /** Facts the sender looked up for decide (the family of an opening, a hash to cite). */
  facts?: F;
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

  private async decideAndAppend(kind: StreamKind, sent: SendCommand): Promise<CommandOutcome<unknown>> {
    const { context, options } = sent;
    const now = this.clock();
    const occurredAt = sent.command.occurredAt ?? now.toISOString();
    const command = { ...sent.command, occurredAt };
    for (let attempt = 1; ; attempt++) {
      const read = await readStreamState(this.log, kind, sent.id);
      // Who may act comes first: a stranger to the stream learns nothing of it, not even its revision.
      if (read.revision !== undefined) kind.authorize?.(read.state, context.actor);
      const { ifMatch } = options;
      if (ifMatch !== undefined && (read.revision === undefined || (ifMatch !== 'stream_exists' && ifMatch !== read.revision))) {
        throw new RevisionMismatchError(ifMatch, read.revision);
      }
      const events = kind.decider.decide(command, read.state, { now, actor: context.actor, facts: options.facts });
      const metadata = { actor: context.actor, correlationId: context.correlationId, causationId: context.requestId, occurredAt };
      try {
        const result = await this.log.append(
          streamName(kind, sent.id),
          events.map((event) => ({ type: event.type, data: event.data, metadata })),
          read.revision === undefined ? 'no_stream' : read.revision,
        );
        const meta = { occurredAt, recordedAt: now.toISOString(), actorId: context.actor.id };
        const state = events.reduce((current, event) => kind.decider.evolve(current, event as never, meta), read.state);
        return { revision: result.nextRevision, position: result.position, state };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        if (ifMatch !== undefined) throw new RevisionMismatchError(ifMatch, typeof error.actual === 'bigint' ? error.actual : undefined);
        if (attempt >= MAX_ATTEMPTS) throw error;
        // Another instance wrote first: wait a random, growing moment so the writers stop colliding.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * 2 ** attempt));
      }
    }
  }
}

@QueryHandler(LoadState)
export class LoadStateHandler implements IQueryHandler<LoadState, StreamState<unknown>> {
  constructor(private readonly log: EventLog) {}

  execute(query: LoadState): Promise<StreamState<unknown>> {
    return readStreamState(this.log, streamKindNamed(query.kind), query.id);
  }
}

export { foldOnto };
// What senders need from the old path, so that they import only this file.
export { RevisionMismatchError };
export type { CommandOutcome };
