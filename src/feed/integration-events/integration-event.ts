/**
 * Public integration events (`case.opened.v1`, …): a versioned contract derived from the internal events, so that
 * internal events can change without breaking integrators. A new shape is a new version, never an edit.
 */
export interface IntegrationEvent {
  /** The internal event id: stable across replays, for deduplication. */
  id: string;
  type: string;
  /** Opaque cursor: pass it as `after` (or Last-Event-ID) to continue after this event. */
  position: string;
  stream: string;
  revision: number;
  caseId?: string;
  familyId?: string;
  occurredAt: string;
  recordedAt: string;
  /** The event's chain hash: check it against a court bundle (docs/audit-trail.md). */
  hash: string;
  /** True when data holds personal data (names, fiscal codes, addresses, narrative text): `feed` scope only. */
  personal: boolean;
  data: Record<string, unknown>;
}

/** How one internal event type is published. */
export interface Publication<D> {
  type: string;
  personal: boolean;
  data: (data: D) => Record<string, unknown>;
}

/** Drops undefined members, so optional fields are absent rather than null. */
export const defined = (value: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
