import { CASE_PUBLICATIONS } from '../integration-events/case.publications';
import {
  FACILITY_PUBLICATIONS,
  INITIATIVE_PUBLICATIONS,
  PARTNER_PUBLICATIONS,
  REPORT_PUBLICATIONS,
} from '../integration-events/community.publications';
import { FAMILY_PUBLICATIONS } from '../integration-events/family.publications';
import { Publication } from '../integration-events/integration-event';
import { INTEGRATION_EVENT_TYPES } from '../integration-events/publish';
import { CASE_DATA_SCHEMAS } from './case.data-schemas';
import { FACILITY_DATA_SCHEMAS, INITIATIVE_DATA_SCHEMAS, PARTNER_DATA_SCHEMAS, REPORT_DATA_SCHEMAS } from './community.data-schemas';
import { FAMILY_DATA_SCHEMAS } from './family.data-schemas';
import { JsonSchema, text } from './json-schema';

interface Described {
  internalType: string;
  personal: boolean;
  data: JsonSchema;
}

const describe = (publications: Record<string, Publication<never>>, schemas: Record<string, JsonSchema>): Array<[string, Described]> =>
  Object.entries(publications).map(([internalType, p]) => [p.type, { internalType, personal: p.personal, data: schemas[internalType] }]);

const DESCRIBED = new Map<string, Described>([
  ...describe(CASE_PUBLICATIONS as Record<string, Publication<never>>, CASE_DATA_SCHEMAS),
  ...describe(FAMILY_PUBLICATIONS as Record<string, Publication<never>>, FAMILY_DATA_SCHEMAS),
  ...describe(PARTNER_PUBLICATIONS as Record<string, Publication<never>>, PARTNER_DATA_SCHEMAS),
  ...describe(INITIATIVE_PUBLICATIONS as Record<string, Publication<never>>, INITIATIVE_DATA_SCHEMAS),
  ...describe(REPORT_PUBLICATIONS as Record<string, Publication<never>>, REPORT_DATA_SCHEMAS),
  ...describe(FACILITY_PUBLICATIONS as Record<string, Publication<never>>, FACILITY_DATA_SCHEMAS),
]);

/** The data schema of one public type, for the document and for tests. */
export const dataSchemaOf = (type: string): JsonSchema => {
  const described = DESCRIBED.get(type);
  if (!described) throw new Error(`No data schema for the integration event type ${type}`);
  return described.data;
};

/** Standard Webhooks (standardwebhooks.com) headers on every webhook delivery. */
export const STANDARD_WEBHOOKS_HEADERS: JsonSchema = {
  type: 'object',
  required: ['webhook-id', 'webhook-timestamp', 'webhook-signature'],
  properties: {
    'webhook-id': { ...text, description: 'The message id, the same on every retry of it: deduplicate on it' },
    'webhook-timestamp': {
      type: 'string',
      pattern: '^\\d+$',
      description: 'Unix seconds of this attempt: refuse one too far from now (replays)',
    },
    'webhook-signature': {
      ...text,
      description: 'Space-separated v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>"> with the subscription’s secret',
    },
  },
};

/** One payload schema per type: the envelope, with its type, personal flag and data pinned. */
const payloadSchemas = (): Record<string, JsonSchema> =>
  Object.fromEntries(
    INTEGRATION_EVENT_TYPES.map((type) => [
      type,
      {
        allOf: [
          { $ref: '#/components/schemas/IntegrationEvent' },
          {
            type: 'object',
            properties: { type: { const: type }, personal: { const: DESCRIBED.get(type)!.personal }, data: dataSchemaOf(type) },
          },
        ],
      },
    ]),
  );

const message = (type: string, extra: Record<string, unknown> = {}) => {
  const { internalType, personal } = DESCRIBED.get(type)!;
  return {
    name: type,
    title: type,
    summary: `Published from ${internalType}${personal ? '; holds personal data (feed scope only)' : '; no personal data, no free text'}`,
    contentType: 'application/json',
    payload: { $ref: `#/components/schemas/${type}` },
    ...extra,
  };
};

const STANDARD_WEBHOOKS_TRAIT = { $ref: '#/components/messageTraits/standardWebhooks' };

/** The name of a type's message as a webhook delivery: the same payload, with the Standard Webhooks headers. */
export const webhookMessageName = (type: string) => `webhook.${type}`;

export const messageComponents = () => ({
  schemas: payloadSchemas(),
  messages: Object.fromEntries([
    ...INTEGRATION_EVENT_TYPES.map((type) => [type, message(type)]),
    ...INTEGRATION_EVENT_TYPES.map((type) => [webhookMessageName(type), message(type, { traits: [STANDARD_WEBHOOKS_TRAIT] })]),
  ]),
  messageTraits: { standardWebhooks: { headers: STANDARD_WEBHOOKS_HEADERS } },
});
