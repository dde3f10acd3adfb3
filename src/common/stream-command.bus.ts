import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler, IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EventLog } from '../event-store/event-log';
import { streamCategory } from '../observability/metrics';
import { inSpan } from '../observability/tracing';
import { CLOCK, Clock } from './clock';
import { KeyedQueue } from './keyed-queue';
import { RequestContext } from './request-context';
import { CommandOutcome, DomainEvent, Fold, LoadedStream, executeStreamCommand, loadStream } from './stream-command';

/** A command on one stream: every feature sends its decide function through the same handler. */
export class StreamCommand<S = unknown, E extends DomainEvent = DomainEvent> {
  constructor(
    readonly stream: string,
    readonly fold: Fold<S, E>,
    readonly decide: (state: S, now: Date) => E[],
    readonly context: RequestContext,
    readonly options: { ifMatch?: bigint | 'stream_exists'; occurredAt?: string } = {},
  ) {}
}

@CommandHandler(StreamCommand)
export class StreamCommandHandler implements ICommandHandler<StreamCommand, CommandOutcome<unknown>> {
  constructor(
    private readonly log: EventLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Commands on one stream take turns in this process; across instances the expected revision still guards. */
  private readonly turns = new KeyedQueue();

  execute(command: StreamCommand): Promise<CommandOutcome<unknown>> {
    return this.turns.run(command.stream, () => this.decideAndAppend(command));
  }

  private decideAndAppend(command: StreamCommand): Promise<CommandOutcome<unknown>> {
    const now = this.clock();
    const attributes = {
      'tutela.stream': command.stream,
      'tutela.actor.role': command.context.actor.role,
      'tutela.correlation_id': command.context.correlationId,
    };
    return inSpan(`command ${streamCategory(command.stream)}`, attributes, async (span) => {
      const outcome = await executeStreamCommand({
        log: this.log,
        stream: command.stream,
        fold: command.fold,
        decide: (state) => command.decide(state, now),
        context: command.context,
        occurredAt: command.options.occurredAt ?? now.toISOString(),
        ifMatch: command.options.ifMatch,
      });
      span.setAttribute('tutela.revision', outcome.revision.toString());
      return outcome;
    });
  }
}

/** The current state of one stream, folded from its events (until read models serve it). */
export class LoadStream<S = unknown, E extends DomainEvent = DomainEvent> {
  constructor(
    readonly stream: string,
    readonly fold: Fold<S, E>,
  ) {}
}

@QueryHandler(LoadStream)
export class LoadStreamHandler implements IQueryHandler<LoadStream, LoadedStream<unknown>> {
  constructor(private readonly log: EventLog) {}

  execute(query: LoadStream): Promise<LoadedStream<unknown>> {
    return loadStream(this.log, query.stream, query.fold);
  }
}
