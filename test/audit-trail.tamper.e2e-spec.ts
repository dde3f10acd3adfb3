import { caseClient } from './support/case-requests';
import { download, tempFiles, verifyCli } from './support/court-files';
import { TestApp, createTestApp } from './support/test-app';

/** What a court must be able to catch: an altered row, a removed tail, a vanished stream. */
describe('court audit trail: tampering with the store (e2e)', () => {
  let t: TestApp;
  let api: ReturnType<typeof caseClient>;
  let liaison: string;
  const file = tempFiles();

  beforeAll(async () => {
    t = await createTestApp();
    api = caseClient(t, `Bearer ${await t.token('coordinator', 'coord')}`);
    liaison = await t.token('court-liaison', 'clerk-1');
  });
  afterAll(async () => t.close());

  const openWithContacts = async (contacts: number) => {
    const household = await api.household();
    const caseId = await api.open(household);
    for (let i = 0; i < contacts; i++) {
      await api
        .post(`/cases/${caseId}/contacts`, { kind: 'call', participants: ['madre'], entries: [{ kind: 'fact', text: `Telefonata ${i}` }] })
        .expect(201);
    }
    return { caseId, familyId: household.familyId };
  };
  const exportBundle = async (caseId: string) => {
    const answer = await download(t, liaison, `/cases/${caseId}/audit-trail?format=json`);
    expect(answer.status).toBe(200);
    return answer.body.toString('utf8');
  };
  const verification = (caseId: string) =>
    t.http().get(`/cases/${caseId}/audit-trail/verification`).set('Authorization', `Bearer ${liaison}`).expect(200);
  const latestCheckpoint = async () =>
    JSON.stringify((await t.http().get('/audit/checkpoints/latest').set('Authorization', `Bearer ${liaison}`).expect(200)).body);
  /** What someone with database access could do: triggers off, rows changed, triggers on. */
  const behindTheTriggers = async (sql: string, params: unknown[]) => {
    await t.database.pool.query('ALTER TABLE events DISABLE TRIGGER USER');
    try {
      await t.database.pool.query(sql, params);
    } finally {
      await t.database.pool.query('ALTER TABLE events ENABLE TRIGGER USER');
    }
  };

  it('the verification endpoint holds on an untouched case, and names a row altered in the database', async () => {
    const { caseId } = await openWithContacts(3);
    await exportBundle(caseId);
    const clean = await verification(caseId);
    expect(clean.body).toMatchObject({ caseId, holds: true });
    expect(clean.body.streams[0]).toMatchObject({
      stream: `case-${caseId}`,
      holds: true,
      events: 5,
      checkpoint: { comparison: 'consistent' },
    });

    await behindTheTriggers(
      `UPDATE events SET data = jsonb_set(data, '{entries,0,text}', '"Telefonata mai avvenuta"') WHERE stream_id = $1 AND stream_revision = 2`,
      [`case-${caseId}`],
    );
    const broken = await verification(caseId);
    expect(broken.body.holds).toBe(false);
    expect(broken.body.streams[0]).toMatchObject({
      holds: false,
      firstBreak: { revision: 2, reason: 'hash does not match the event content', expected: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    expect(broken.body.streams[1]).toMatchObject({ holds: true });
  });

  it('detects a removed tail: in the endpoint, and in the CLI given a later checkpoint', async () => {
    const { caseId } = await openWithContacts(4);
    const bundle = file('before.json', await exportBundle(caseId));
    // Revisions 0..4 are the case and its contacts, 5 the export: cut 3, 4 and 5, and fix the stream's head to match.
    await behindTheTriggers('DELETE FROM events WHERE stream_id = $1 AND stream_revision >= 3', [`case-${caseId}`]);
    await t.database.pool.query('UPDATE streams SET revision = 2 WHERE stream_id = $1', [`case-${caseId}`]);

    const endpoint = await verification(caseId);
    expect(endpoint.body.streams[0]).toMatchObject({
      holds: false,
      headRevision: 2,
      checkpoint: { revision: 4, comparison: 'tail-removed' },
    });

    await exportBundle(caseId); // a later export checkpoints the store as it now is
    const later = file('later.json', await latestCheckpoint());
    const result = await verifyCli([bundle, '--checkpoint', later]);
    expect(result.code).toBe(1);
    expect(result.output).toContain(`case-${caseId}: its tail was removed: the bundle saw revision 4`);
    expect((await verifyCli([bundle])).code).toBe(0);
  });

  it('detects a stream that vanished, given a later checkpoint', async () => {
    const { caseId, familyId } = await openWithContacts(1);
    const bundle = file('family.json', await exportBundle(caseId));
    await behindTheTriggers('DELETE FROM events WHERE stream_id = $1', [`family-${familyId}`]);
    await t.database.pool.query('DELETE FROM streams WHERE stream_id = $1', [`family-${familyId}`]);

    const endpoint = await verification(caseId);
    expect(endpoint.body.streams[1]).toMatchObject({
      stream: `family-${familyId}`,
      holds: false,
      checkpoint: { comparison: 'stream-vanished' },
    });
    await exportBundle(caseId);
    const result = await verifyCli([bundle, '--checkpoint', file('later-family.json', await latestCheckpoint())]);
    expect(result.code).toBe(1);
    expect(result.output).toContain(`family-${familyId} has vanished`);
  });

  it('an older checkpoint is refused as "later"', async () => {
    const { caseId } = await openWithContacts(1);
    const older = file('older.json', await latestCheckpoint());
    const bundle = file('newer.json', await exportBundle(caseId));
    const result = await verifyCli([bundle, '--checkpoint', older]);
    expect(result.code).toBe(1);
    expect(result.output).toContain('older than the bundle');
  });
});
