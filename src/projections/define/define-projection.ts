import { RecordedEvent } from '../../event-store/event-store';
import { ProjectionBase } from '../projection';
import { DataOf, EventActor, ProjectedEvent, factsOf } from '../recorded-event';
import { TableRows } from './pass-rows';
import { Row, TableDefinition } from './table';

/** Any table definition, whatever its row type (a row type never narrows what a list of tables may hold). */
export type SomeTable = TableDefinition<never>;
export type RowOf<T> = T extends TableDefinition<infer R> ? R : never;
export type TablesRows<T extends Record<string, SomeTable>> = { [K in keyof T]: TableRows<RowOf<T[K]>> };

/** What every handler is told of the event besides its data. */
export interface EventFacts {
  id: string;
  stream: string;
  revision: bigint;
  actor: EventActor;
  occurredAt: string;
  recordedAt: string;
  metadata: RecordedEvent['metadata'];
}

export type ProjectedType = ProjectedEvent['type'];
export type EventHandler<K extends ProjectedType, T extends Record<string, SomeTable>> = (
  data: DataOf<ProjectedEvent, K>,
  facts: EventFacts,
  rows: TablesRows<T>,
) => void;

/** A read model written as pure handlers over rows: the runner loads, applies and writes whole batches. */
export interface DefinedProjection<T extends Record<string, SomeTable> = Record<string, SomeTable>> extends ProjectionBase {
  readonly definitions: T;
  /** Runs the handlers of one event; the runner calls it once per event and pass. */
  project(event: RecordedEvent, rows: TablesRows<T>): void;
}

export interface ProjectionSpec<T extends Record<string, SomeTable>, K extends ProjectedType> {
  name: string;
  /** Bump it when a handler or a table changes: the read model is then rebuilt at the next start. */
  version: number;
  tables: T;
  on: { [K in ProjectedType]?: EventHandler<K, T> };
  /** One handler for a whole list of types (every case event moves the case list's revision). */
  every?: { types: readonly K[]; handle: (event: Extract<ProjectedEvent, { type: K }>, facts: EventFacts, rows: TablesRows<T>) => void };
}

export const factsOfEvent = (event: RecordedEvent): EventFacts => ({
  id: event.id,
  stream: event.stream,
  revision: event.revision,
  metadata: event.metadata,
  ...factsOf(event),
});

export const defineProjection = <T extends Record<string, SomeTable>, K extends ProjectedType = never>(
  spec: ProjectionSpec<T, K>,
): DefinedProjection<T> => {
  const on = spec.on as Record<string, EventHandler<ProjectedType, T> | undefined>;
  const everyType = new Set<string>(spec.every?.types ?? []);
  return {
    name: spec.name,
    version: spec.version,
    handles: [...new Set([...Object.keys(spec.on), ...everyType])],
    tables: Object.values(spec.tables),
    definitions: spec.tables,
    project(event, rows) {
      const facts = factsOfEvent(event);
      const handler = on[event.type];
      if (handler) handler(event.data as never, facts, rows);
      else if (everyType.has(event.type))
        spec.every!.handle({ type: event.type, data: event.data } as Extract<ProjectedEvent, { type: K }>, facts, rows);
    },
  };
};

export const isDefined = (projection: ProjectionBase): projection is DefinedProjection => 'project' in projection;

export type { Row };
