import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { RecordedEvent } from '../../event-store/event-store';
import { FamilyEvent } from '../../families/family.events';
import { FREE_TEXT, caseEventSamples } from '../../projections/timeline/testing/case-event-samples';
import { INTEGRATION_EVENT_TYPES, toIntegrationEvent } from '../integration-events/publish';
import { buildAsyncApiDocument } from './asyncapi';
import { ASYNCAPI_PATH } from './asyncapi.cli';
import { JsonSchema } from './json-schema';
import { resolveRef, violations } from './testing/schema-check';

const caseId = '0c1d7a0e-0000-4000-8000-000000000001';
const familyId = '0f000000-0000-4000-8000-000000000001';
const memberId = '0f000000-0000-4000-8000-000000000002';
const person = { givenName: 'Giulia', familyName: 'Esposito', birthDate: '2014-03-15', sex: 'F' as const, fiscalCode: 'SPSGLI14C55F205X' };
const familySamples: FamilyEvent[] = [
  { type: 'FamilyRegistered', data: { familyId, municipality: { istatCode: '015146', name: 'Milano' }, address: 'Via Roma 1' } },
  { type: 'FamilyMemberAdded', data: { familyId, memberId, role: 'minor', ...person } },
  { type: 'FamilyMemberDetailsCorrected', data: { familyId, memberId, corrections: { birthDate: '2014-03-16' }, reason: FREE_TEXT } },
  { type: 'FamilyMemberRemoved', data: { familyId, memberId, reason: `${FREE_TEXT} moved out` } },
];
const samples = caseEventSamples(caseId);
const openedWith = (intake: object) => ({ ...samples.CaseOpened, data: { ...samples.CaseOpened.data, intake } });
const otherIntakes = [
  openedWith({ kind: 'spontaneous', requesterId: memberId, reason: FREE_TEXT }),
  openedWith({ kind: 'judicial', ...samples.JudicialMandateReceived.data }),
];
const recorded =
  (stream: string) =>
  (event: { type: string; data: unknown }, revision: number): RecordedEvent => ({
    id: `1e000000-0000-4000-8000-${String(revision).padStart(12, '0')}`,
    stream,
    revision: BigInt(revision),
    position: `7-${revision}`,
    type: event.type,
    data: event.data,
    metadata: { occurredAt: '2026-11-10T09:30:00+01:00', recordedAt: '2026-11-10T08:31:00.000Z', hash: 'ab'.repeat(32) },
  });
const published = [
  ...[...Object.values(samples), ...otherIntakes].map(recorded(`case-${caseId}`)),
  ...familySamples.map(recorded(`family-${familyId}`)),
].map((event) => toIntegrationEvent(event)!);

describe('the AsyncAPI document of the integration events', () => {
  const document = buildAsyncApiDocument();

  it('is exactly what the code generates (run `npx ts-node --transpile-only src/feed/asyncapi/asyncapi.cli.ts` after a change)', () => {
    const committed = parse(readFileSync(ASYNCAPI_PATH, 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(document)));
  });

  it('has a message for every public type on the feed, the stream and webhooks, where webhooks carry the Standard Webhooks headers', () => {
    for (const type of INTEGRATION_EVENT_TYPES) {
      expect(document.components.messages[type]).toMatchObject({ name: type, payload: { $ref: `#/components/schemas/${type}` } });
      for (const channel of ['feed', 'feedStream', 'webhooks'] as const) expect(document.channels[channel].messages[type]).toBeDefined();
    }
    expect(Object.keys(document.channels.feed.messages)).toEqual([...INTEGRATION_EVENT_TYPES]);
    const webhook = resolveRef(document, document.channels.webhooks.messages['case.opened.v1'].$ref) as { traits: Array<{ $ref: string }> };
    const trait = resolveRef(document, webhook.traits[0].$ref) as { headers: { required: string[] } };
    expect(trait.headers.required).toEqual(['webhook-id', 'webhook-timestamp', 'webhook-signature']);
  });

  it('resolves every reference it makes', () => {
    const refs = JSON.stringify(document)
      .match(/"\$ref":"[^"]+"/g)!
      .map((found) => JSON.parse(`{${found}}`).$ref as string);
    expect(refs.length).toBeGreaterThan(100);
    for (const ref of new Set(refs)) expect({ ref, resolved: resolveRef(document, ref) !== undefined }).toEqual({ ref, resolved: true });
  });

  it('describes what every publication really carries: each sample conforms to its message schema', () => {
    expect(new Set(published.map((event) => event.type))).toEqual(new Set(INTEGRATION_EVENT_TYPES));
    for (const event of published) {
      const schema = document.components.schemas[event.type as keyof typeof document.components.schemas] as JsonSchema;
      const found = violations(document, schema, JSON.parse(JSON.stringify(event)));
      expect({ type: event.type, violations: found }).toEqual({ type: event.type, violations: [] });
    }
  });

  it('finds a violation when a publication drifts from its schema', () => {
    const opened = JSON.parse(JSON.stringify(published[0]));
    const schema = document.components.schemas['case.opened.v1'] as JsonSchema;
    const withReason = { ...opened, data: { ...opened.data, reason: 'x' } };
    expect(violations(document, schema, withReason)).toEqual(['$.data: has no member reason in its schema']);
    expect(violations(document, schema, { ...opened, personal: true })).toEqual(['$.personal: is not false']);
  });

  it('keeps every free-text field out of the events not marked personal', () => {
    const leaking = published.filter((e) => !e.personal && JSON.stringify(e.data).includes(FREE_TEXT)).map((e) => e.type);
    expect(leaking).toEqual([]);
    const personal = ['assessment.entry-recorded.v1', 'contact.recorded.v1', 'family.member-added.v1', 'family.member-corrected.v1'];
    expect(
      published
        .filter((e) => e.personal)
        .map((e) => e.type)
        .sort(),
    ).toEqual([...personal, 'family.registered.v1']);
  });
});
