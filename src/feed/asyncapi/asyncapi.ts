import { INTEGRATION_EVENT_TYPES } from '../integration-events/publish';
import { FEED_MAX_LIMIT } from '../feed/dto/feed.query.dto';
import { messageComponents, webhookMessageName } from './asyncapi-messages';
import { ENVELOPE_SCHEMA } from './envelope.schema';
import { JsonSchema, text } from './json-schema';

const ref = ($ref: string) => ({ $ref });
const channelMessages = (name: (type: string) => string) =>
  Object.fromEntries(INTEGRATION_EVENT_TYPES.map((type) => [type, ref(`#/components/messages/${name(type)}`)]));
const operationMessages = (channel: string) => INTEGRATION_EVENT_TYPES.map((type) => ref(`#/channels/${channel}/messages/${type}`));
const httpQuery = (properties: Record<string, JsonSchema>) => ({
  http: { bindingVersion: '0.2.0', method: 'GET', query: { type: 'object', properties, additionalProperties: false } },
});
const after: JsonSchema = {
  ...text,
  description: 'A position from an item, a next or an SSE id: continue right after it; absent: from the first event',
};
const types: JsonSchema = { ...text, description: 'Comma-separated public types; absent: every type; unknown: 400 UNKNOWN_EVENT_TYPE' };

/** The AsyncAPI 3.0 document of the integration events, from the code: `npx ts-node --transpile-only src/feed/asyncapi/asyncapi.cli.ts`. */
export const buildAsyncApiDocument = () => {
  const { schemas, messages, messageTraits } = messageComponents();
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'tutela integration events',
      version: '0.1.0',
      description:
        'Public, versioned events of a municipal Child and Family Services case record (case.opened.v1, …), derived from the internal ' +
        'hash-chained events so that these can change without breaking integrators: a new shape is a new version. Every channel carries ' +
        'the same messages in the same global commit order. personal: true marks events with personal data (names, fiscal codes, ' +
        'addresses, narrative text), served only to tokens with the feed scope. Errors on the HTTP channels are RFC 9457 problem+json ' +
        '(openapi/openapi.json).',
    },
    defaultContentType: 'application/json',
    servers: {
      tutela: {
        host: 'localhost:3000',
        protocol: 'http',
        description: 'The tutela API (behind TLS in production); GET /feed and GET /feed/stream',
        security: [ref('#/components/securitySchemes/integratorToken')],
      },
      integrator: {
        host: '{integratorHost}',
        protocol: 'https',
        description: 'The integrator’s own endpoint, registered for webhooks',
        variables: { integratorHost: { description: 'Host of the URL the integrator registered' } },
      },
    },
    channels: {
      feed: {
        address: '/feed',
        title: 'Feed pages',
        description:
          `GET /feed?cursor=&limit=&types= answers { items, next }: up to limit (1..${FEED_MAX_LIMIT}, default 100) of these ` +
          'messages. next is the position of the last event read, even one the types filter left out; it is null only when ' +
          'nothing came after the cursor yet. A replay from the first event is always possible.',
        servers: [ref('#/servers/tutela')],
        messages: channelMessages((type) => type),
      },
      feedStream: {
        address: '/feed/stream',
        title: 'Live feed (Server-Sent Events)',
        description:
          'text/event-stream: each message is a frame "id: <position>", "event: <type>", "data: <the message>". It resumes after the ' +
          'Last-Event-ID header (or after=). A comment ": heartbeat" comes every 15 s; with it, a frame holding only an id may move ' +
          'Last-Event-ID past events the types filter left out. The server reads on only as fast as the client does.',
        servers: [ref('#/servers/tutela')],
        messages: channelMessages((type) => type),
      },
      webhooks: {
        address: null,
        title: 'Webhook deliveries',
        description:
          'POST of one message as the JSON body to the URL a subscription registered, signed per Standard Webhooks; retried until a 2xx, ' +
          'so the same webhook-id can arrive more than once.',
        servers: [ref('#/servers/integrator')],
        messages: channelMessages(webhookMessageName),
      },
    },
    operations: {
      readFeed: {
        action: 'send',
        title: 'Serve a feed page',
        channel: ref('#/channels/feed'),
        bindings: httpQuery({ cursor: after, limit: { type: 'integer', minimum: 1, maximum: FEED_MAX_LIMIT, default: 100 }, types }),
        messages: operationMessages('feed'),
      },
      streamFeed: {
        action: 'send',
        title: 'Stream the feed',
        channel: ref('#/channels/feedStream'),
        bindings: httpQuery({ after, types }),
        messages: operationMessages('feedStream'),
      },
      deliverWebhook: {
        action: 'send',
        title: 'Deliver an event to a webhook subscription',
        channel: ref('#/channels/webhooks'),
        bindings: { http: { bindingVersion: '0.2.0', method: 'POST' } },
        messages: operationMessages('webhooks'),
      },
    },
    components: {
      schemas: { IntegrationEvent: ENVELOPE_SCHEMA, ...schemas } as Record<string, JsonSchema>,
      messages,
      messageTraits,
      securitySchemes: {
        integratorToken: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'A token of role integrator whose scope claim holds feed (403 FORBIDDEN_ROLE or MISSING_SCOPE otherwise)',
        },
      },
    },
  };
};
