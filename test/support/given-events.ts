import { randomUUID } from 'node:crypto';
import { EventLog } from '../../src/event-store/event-log';
import { AppendResult } from '../../src/event-store/event-store';

/** Appends domain events with real metadata (actor, occurredAt) through the hash-chained log, as commands do. */
export const givenEvents =
  (log: EventLog) =>
  async (
    stream: string,
    events: Array<{ type: string; data: unknown }>,
    options: { occurredAt?: string; actor?: { id: string; role: string } } = {},
  ): Promise<AppendResult> =>
    log.append(
      stream,
      events.map((event) => ({
        ...event,
        metadata: {
          actor: options.actor ?? { id: 'alice', role: 'social-worker' },
          correlationId: randomUUID(),
          causationId: randomUUID(),
          occurredAt: options.occurredAt ?? new Date().toISOString(),
        },
      })),
      'any',
    );
