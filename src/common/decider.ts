import { RequestContext } from './request-context';

export interface DomainEvent {
  type: string;
  data: unknown;
}

/** What evolve may read beside type and data: when the fact happened, when it was recorded, and by whom. */
export interface EventMeta {
  occurredAt: string;
  recordedAt: string;
  actorId: string;
}

/** A command is data: a type naming it (RecordContact) and its fields; occurredAt absent means now. */
export interface CommandData {
  type: string;
  occurredAt?: string;
}

/** A command once the engine has dated it: decide always sees occurredAt. */
export type Dated<C extends CommandData> = C & { occurredAt: string };

/** What decide may read beside the command and the state: the clock, the actor, and facts the sender looked up. */
export interface DecideContext<F = unknown> {
  now: Date;
  actor: RequestContext['actor'];
  facts: F;
}

/**
 * One stream kind's behaviour, all pure: decide turns a command into events (or throws a DomainError),
 * evolve folds one event. version changes whenever evolve or the state's shape does: snapshots of another
 * version are ignored.
 */
export interface Decider<C extends CommandData, S, E extends DomainEvent, F = unknown> {
  version: number;
  initialState: S;
  evolve: (state: S, event: E, meta: EventMeta) => S;
  decide: (command: Dated<C>, state: S, context: DecideContext<F>) => E[];
}

/** The exhaustive switch's last branch: a command type nobody handles fails to compile. */
export const unhandled = (value: never): never => {
  throw new Error(`Unhandled command: ${JSON.stringify(value)}`);
};

/** A stream kind: its name (the stream's prefix), its decider, and who may act on one of its streams. */
export interface StreamKind<C extends CommandData = CommandData, S = unknown, E extends DomainEvent = DomainEvent, F = unknown> {
  name: string;
  decider: Decider<C, S, E, F>;
  /** Throws a DomainError when the actor may not act on this stream in this state (the state already folded). */
  authorize?: (state: S, actor: RequestContext['actor']) => void;
}

/**
 * What reading a stream needs of its kind: its name and its fold. Every kind is one, whatever its commands, events
 * and facts (evolve takes `never`, which any kind's event type accepts).
 */
export interface FoldableKind<S> {
  name: string;
  decider: { version: number; initialState: S; evolve: (state: S, event: never, meta: EventMeta) => S };
}

export const streamName = (kind: { name: string }, id: string): string => `${kind.name}-${id}`;

const kinds = new Map<string, StreamKind>();

/** Every stream kind registers once, at import; the command bus carries only the kind's name. */
export const defineStreamKind = <C extends CommandData, S, E extends DomainEvent, F>(
  kind: StreamKind<C, S, E, F>,
): StreamKind<C, S, E, F> => {
  const existing = kinds.get(kind.name);
  if (existing && existing !== (kind as unknown as StreamKind)) throw new Error(`Stream kind ${kind.name} is defined twice`);
  kinds.set(kind.name, kind as unknown as StreamKind);
  return kind;
};

export const streamKindNamed = (name: string): StreamKind => {
  const kind = kinds.get(name);
  if (!kind) throw new Error(`No stream kind ${name}`);
  return kind;
};
