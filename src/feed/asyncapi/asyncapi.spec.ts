import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { RecordedEvent } from '../../event-store/event-store';
import { InitiativeEvent } from '../../community/initiatives/initiative.events';
import { PartnerEvent } from '../../community/partners/partner.events';
import { ReportEvent } from '../../community/reports/report.events';
import { FacilityEvent } from '../../carers/facilities/facility.events';
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
  { type: 'FamilyMemberAdded', data: { familyId, memberId, personId: memberId, role: 'minor', ...person } },
  { type: 'FamilyMemberDetailsCorrected', data: { familyId, memberId, corrections: { birthDate: '2014-03-16' }, reason: FREE_TEXT } },
  { type: 'FamilyMemberRemoved', data: { familyId, memberId, reason: `${FREE_TEXT} moved out` } },
  {
    type: 'FamilyRelationRecorded',
    data: {
      familyId,
      relationId: caseId,
      kind: 'guardian-of',
      fromId: memberId,
      toId: familyId,
      since: '2026-02-01',
      decree: { authority: 'tribunale-per-i-minorenni', decreeNumber: '12/2026', decreeDate: '2026-02-01' },
    },
  },
  { type: 'FamilyRelationEnded', data: { familyId, relationId: caseId, endedOn: '2026-06-01', reason: `${FREE_TEXT} ended` } },
];
const partnerId = '0a000000-0000-4000-8000-000000000001';
const initiativeId = '0b000000-0000-4000-8000-000000000001';
const reportId = '0e000000-0000-4000-8000-000000000001';
const contact = { name: 'prof.ssa Anna Bianchi', role: 'referente', email: 'anna.bianchi@example.it' };
const partnerSamples: PartnerEvent[] = [
  { type: 'PartnerRegistered', data: { partnerId, kind: 'school', name: 'IC Manzoni', municipality: '015146', contact } },
  { type: 'PartnerContactUpdated', data: { partnerId, contact: { ...contact, phone: '+39 02 1234567' } } },
  { type: 'PartnerDeactivated', data: { partnerId, reason: FREE_TEXT } },
  { type: 'PartnerReactivated', data: { partnerId, reason: FREE_TEXT } },
];
const initiativeSamples: InitiativeEvent[] = [
  {
    type: 'InitiativePlanned',
    data: {
      initiativeId,
      title: FREE_TEXT,
      kind: 'awareness',
      municipalities: ['015146'],
      partnerIds: [partnerId],
      scheduledAt: '2026-11-10T18:00:00.000Z',
      place: FREE_TEXT,
    },
  },
  { type: 'InitiativeHeld', data: { initiativeId, participants: { parents: 40, minors: 0, teachers: 10, operators: 3, citizens: 5 } } },
  { type: 'InitiativeCancelled', data: { initiativeId, reason: FREE_TEXT } },
];
const reportSamples: ReportEvent[] = [
  {
    type: 'ReportReceived',
    data: {
      reportId,
      source: { kind: 'partner', partnerId },
      reporter: { name: 'prof. Marco Neri', contact: '+39 02 7654321' },
      minor: { givenName: 'Giulia', ageBand: '11-13', school: 'IC Manzoni' },
      concern: FREE_TEXT,
      seriousHarm: true,
      screeningDueAt: '2026-11-11T08:30:00.000Z',
    },
  },
  { type: 'ReportScreened', data: { reportId, outcome: 'case-opened', caseId } },
];
const facilityId = '0f8fad5b-d9cb-469f-a165-70867728951f';
const facilitySamples: FacilityEvent[] = [
  {
    type: 'FacilityRegistered',
    data: {
      facilityId,
      name: 'Casa Aurora',
      kind: 'comunita-madre-bambino',
      capacity: 2,
      municipality: { istatCode: '015146', name: 'Milano' },
      address: 'Via dei Mille 12',
      authorisation: { region: 'Lombardia', actNumber: 'DGR 1234/2024', actDate: '2024-03-15' },
    },
  },
  { type: 'FacilityCapacityChanged', data: { facilityId, capacity: 3, reason: FREE_TEXT } },
  { type: 'FacilityClosed', data: { facilityId, closedOn: '2026-11-20', reason: FREE_TEXT } },
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
  ...partnerSamples.map(recorded(`partner-${partnerId}`)),
  ...initiativeSamples.map(recorded(`initiative-${initiativeId}`)),
  ...reportSamples.map(recorded(`report-${reportId}`)),
  ...facilitySamples.map(recorded(`facility-${facilityId}`)),
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

  it('publishes reports without the reporter, the minor or any free text, and community events without reasons or titles', () => {
    const community = published.filter((event) => /^(partner|initiative|report)-/.test(event.stream));
    expect(community).toHaveLength(partnerSamples.length + initiativeSamples.length + reportSamples.length);
    const reports = JSON.stringify(community.filter((event) => event.stream.startsWith('report-')));
    expect(reports).not.toMatch(/Neri|7654321|Giulia|11-13|Manzoni/);
    expect(JSON.stringify(community)).not.toContain(FREE_TEXT);
    expect(community.filter((event) => event.personal).map((event) => event.type)).toEqual([
      'partner.registered.v1',
      'partner.contact-updated.v1',
    ]);
    expect(published.find((event) => event.type === 'report.screened.v1')).toMatchObject({
      caseId,
      data: { outcome: 'case-opened', caseId },
    });
  });

  it('publishes the facility a child is placed in, never foster carers, their stream, or the parent placed with the child', () => {
    const placed = published.filter((e) => e.type === 'emergency-placement.made.v1' || e.type === 'protection-measure.ordered.v1');
    const where = samples.EmergencyPlacementMade.data.placedWith;
    // the measure's sample is with foster carers, the placement's in a facility
    expect(placed.map((e) => e.data.facilityId)).toEqual([undefined, where?.kind === 'facility' && where.facilityId]);
    expect(JSON.stringify(published)).not.toMatch(/Luca Rossi|Maria Esposito|fosterCarerId|withParent|placedWith/);
    const fosterCarer = {
      type: 'FosterCarerRegistered',
      data: { fosterCarerId: familyId, familyId, carers: [], availability: { accepts: [], places: 1 }, assessedOn: '2026-01-01' },
    };
    expect(toIntegrationEvent(recorded(`foster-carer-${familyId}`)(fosterCarer, 0))).toBeUndefined();
    expect(published.find((e) => e.type === 'facility.registered.v1')).toMatchObject({
      personal: false,
      data: { facilityId, capacity: 2 },
    });
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
    // family.registered: an address; family.relation-recorded: who is whose parent or guardian; partners: a contact person.
    const identifying = ['family.registered.v1', 'family.relation-recorded.v1', 'partner.contact-updated.v1', 'partner.registered.v1'];
    expect(
      published
        .filter((e) => e.personal)
        .map((e) => e.type)
        .sort(),
    ).toEqual([...personal, ...identifying].sort());
  });
});
