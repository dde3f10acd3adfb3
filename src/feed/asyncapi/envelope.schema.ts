import { JsonSchema, count, instant, object, sha256, text, uuid } from './json-schema';

/** The envelope of every integration event (integration-event.ts): the same on GET /feed, the SSE stream and webhook bodies. */
export const ENVELOPE_SCHEMA: JsonSchema = {
  ...object(
    {
      id: { ...uuid, description: 'The event id: the same on every replay and retry, for deduplication' },
      type: { ...text, description: 'The public, versioned type, e.g. case.opened.v1' },
      position: { ...text, description: 'Opaque cursor: pass it as after (or Last-Event-ID) to continue right after this event' },
      stream: {
        ...text,
        description: 'case-<caseId>, family-<familyId>, partner-<partnerId>, initiative-<initiativeId> or report-<reportId>',
      },
      revision: { ...count, description: 'The event’s revision in its stream' },
      caseId: uuid,
      familyId: uuid,
      occurredAt: { ...instant, description: 'When it happened, as the user told it (can be earlier than recordedAt)' },
      recordedAt: { ...instant, description: 'When the service stored it' },
      hash: { ...sha256, description: 'The event’s chain hash: the same as in GET /cases/{caseId}/events and court bundles' },
      personal: { type: 'boolean', description: 'True when data holds personal data: served to the feed scope only' },
      data: { type: 'object', description: 'Per type: see the message' },
    },
    ['caseId', 'familyId'],
  ),
  title: 'IntegrationEvent',
};
