import { EventLog } from '../src/event-store/event-log';
import { familyStream } from '../src/families/family.events';
import { migrateLegacyMembers } from '../src/people/people-migration';
import { caseClient } from './support/case-requests';
import { TestApp, countEvents, createTestApp } from './support/test-app';

/** Households recorded before the person registry: the one-off migration appends, and members become linkable. */
describe('people:migrate (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('registers each earlier member once, under its own id, appending only', async () => {
    const api = caseClient(t, `Bearer ${await t.token('coordinator', 'carla')}`);
    const familyId = (
      await api.post('/families', { municipality: { istatCode: '040012', name: 'Forlì' }, address: 'Via Roma 1' }).expect(201)
    ).body.id as string;
    const log = t.app.get(EventLog);
    const memberId = '5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    const metadata = {
      actor: { id: 'carla', role: 'coordinator' },
      correlationId: 'old',
      causationId: 'old',
      occurredAt: '2025-01-01T10:00:00Z',
    };
    // As the API wrote members before the registry: no personId, then a correction of the birth date.
    await log.append(
      familyStream(familyId),
      [
        {
          type: 'FamilyMemberAdded',
          data: { familyId, memberId, role: 'minor', givenName: 'Nadia', familyName: 'Sarti', birthDate: '2013-09-09', sex: 'F' },
          metadata,
        },
        {
          type: 'FamilyMemberDetailsCorrected',
          data: { familyId, memberId, corrections: { birthDate: '2013-09-19' }, reason: 'typo' },
          metadata,
        },
      ],
      0n,
    );
    const other = (
      await api.post('/families', { municipality: { istatCode: '040007', name: 'Cesena' }, address: 'Via Emilia 5' }).expect(201)
    ).body.id as string;
    await api.post(`/families/${other}/members`, { personId: memberId, role: 'minor' }).expect(404);

    const before = await countEvents(t);
    expect(await migrateLegacyMembers(log)).toEqual({ legacyMembers: 1, registered: 1, alreadyRegistered: 0 });
    expect(await countEvents(t)).toBe(before + 1);
    expect(await migrateLegacyMembers(log)).toEqual({ legacyMembers: 1, registered: 0, alreadyRegistered: 1 });
    expect(await countEvents(t)).toBe(before + 1);

    const person = await api.get(`/people/${memberId}`).expect(200);
    expect(person.body).toMatchObject({ givenName: 'Nadia', birthDate: '2013-09-19' });
    await api.post(`/families/${other}/members`, { personId: memberId, role: 'minor' }).expect(201);
    const read = await api.get(`/families/${familyId}`).expect(200);
    expect(read.body.members).toEqual([expect.objectContaining({ id: memberId, givenName: 'Nadia', birthDate: '2013-09-19' })]);
  });
});
