import { randomUUID } from 'node:crypto';
import { eventHash } from '../src/court/verify/audit-core';
import { caseClient, expectRefused, instantDaysAgo } from './support/case-requests';
import { download, tempFiles, verifyCli } from './support/court-files';
import { TestApp, countEvents, createTestApp } from './support/test-app';

describe('court audit trail: export and verify (e2e)', () => {
  let t: TestApp;
  let caseId: string;
  let liaison: string;
  const file = tempFiles();
  const INJECTIONS = ['=HYPERLINK("http://evil")', '+39 333', '-2+3', '@SUM(A1)', '\tTAB', '\rCR'];

  beforeAll(async () => {
    t = await createTestApp();
    const api = caseClient(t, `Bearer ${await t.token('social-worker', 'alice')}`);
    caseId = await api.open(await api.household(), { occurredAt: instantDaysAgo(20) });
    await api.post(`/cases/${caseId}/team-members`, { workerId: 'alice', name: 'Alice Rossi', role: 'social-worker' }).expect(200);
    await api
      .post(`/cases/${caseId}/contacts`, {
        kind: 'home-visit',
        occurredAt: instantDaysAgo(10),
        participants: ['madre'],
        entries: [
          { kind: 'fact', text: 'La casa è fredda; il riscaldamento è guasto.' },
          { kind: 'statement', statedBy: 'madre', text: INJECTIONS[0] },
          { kind: 'evaluation', method: 'colloquio semi-strutturato', text: 'Legame affettivo buono.' },
        ],
      })
      .expect(201);
    for (const text of INJECTIONS.slice(1)) {
      await api.post(`/cases/${caseId}/contacts`, { kind: 'call', participants: ['madre'], entries: [{ kind: 'fact', text }] }).expect(201);
    }
    liaison = await t.token('court-liaison', 'clerk-1');
  });
  afterAll(async () => t.close());

  const exportJson = async (id = caseId, query = '') => {
    const answer = await download(t, liaison, `/cases/${id}/audit-trail?format=json${query}`);
    expect(answer.status).toBe(200);
    return answer.body.toString('utf8');
  };

  it('serves every hashed field: each hash of the case and family events recomputes from what the API returns', async () => {
    const caseEvents = await t.http().get(`/cases/${caseId}/events?limit=200`).set('Authorization', `Bearer ${liaison}`).expect(200);
    const familyId = caseEvents.body.items[0].data.familyId;
    const familyEvents = await t.http().get(`/families/${familyId}/events`).set('Authorization', `Bearer ${liaison}`).expect(200);
    expect(familyEvents.body.items.map((e: { type: string }) => e.type)).toEqual([
      'FamilyRegistered',
      ...Array(4).fill('FamilyMemberAdded'),
    ]);
    for (const items of [caseEvents.body.items, familyEvents.body.items]) {
      let prevHash = '0'.repeat(64);
      for (const { revision: _r, id: _id, type, data, hash, ...metadata } of items) {
        expect(metadata).toMatchObject({ prevHash, correlationId: expect.any(String), causationId: expect.any(String), schemaVersion: 1 });
        expect(await eventHash(prevHash, { type, data, metadata })).toBe(hash);
        prevHash = hash;
      }
    }
    await expectRefused(
      t,
      () => t.http().get(`/families/${randomUUID()}/events`).set('Authorization', `Bearer ${liaison}`),
      404,
      'FAMILY_NOT_FOUND',
    );
  });

  it('exports a bundle that the CLI verifies, with the service key and with the key it carries', async () => {
    const answer = await download(t, liaison, `/cases/${caseId}/audit-trail`);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(answer.headers['cache-control']).toBe('no-store');
    const bundle = JSON.parse(answer.body.toString('utf8'));
    expect(answer.headers['x-bundle-digest']).toBe(bundle.signature.digest);
    // Case: open, team, 6 contacts; family: registered and 4 members.
    expect(bundle.events).toHaveLength(13);
    expect(bundle.streams.map((s: { stream: string }) => s.stream)).toEqual([`case-${caseId}`, `family-${bundle.familyId}`]);
    expect(bundle.events[2]).toMatchObject({
      type: 'ContactRecorded',
      entryKinds: [{ kind: 'fact' }, { kind: 'statement', statedBy: 'madre' }, { kind: 'evaluation' }],
    });
    expect(bundle.exportedBy).toEqual({ id: 'clerk-1', role: 'court-liaison' });

    const keys = await t.http().get('/audit/keys').expect(200);
    const pem = file('service.pem', keys.body.keys[0].publicKeyPem);
    const bundleFile = file('bundle.json', answer.body);
    const withKey = await verifyCli([bundleFile, '--public-key', pem]);
    expect(withKey).toMatchObject({ code: 0 });
    expect(withKey.output).toContain(`verified: 13 events, 2 streams, head ${bundle.streams[0].lastHash}`);
    const carried = await verifyCli([bundleFile]);
    expect(carried.code).toBe(0);
    expect(carried.output).toContain('no --public-key given');
  });

  it('names the event whose data changed by one byte, and refuses a wrong key', async () => {
    const text = await exportJson();
    const tampered = text.replace('La casa è fredda', 'La casa è freddo');
    expect(tampered).not.toBe(text);
    const result = await verifyCli([file('tampered.json', tampered)]);
    expect(result.code).toBe(1);
    expect(result.output).toContain(`first bad event: stream case-${caseId}, revision 2`);

    const { generateKeyPairSync } = await import('node:crypto');
    const otherPem = generateKeyPairSync('ed25519').publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const wrong = await verifyCli([file('good.json', text), '--public-key', file('other.pem', otherPem)]);
    expect(wrong.code).toBe(1);
    expect(wrong.output).toContain('bad signature');
  });

  it('gives a clear message, never a stack trace, for a truncated or unreadable bundle', async () => {
    const text = await exportJson();
    const truncated = await verifyCli([file('truncated.json', text.slice(0, text.length / 2))]);
    expect(truncated.code).toBe(1);
    expect(truncated.output).toContain('not JSON');
    expect(truncated.output).not.toMatch(/\n\s+at /);
    expect((await verifyCli([file('array.json', '[]')])).output).toContain('not a tutela bundle');
    expect((await verifyCli(['/nonexistent/bundle.json'])).code).toBe(2);
  });

  it('records every export as an event of the case, shown in the timeline', async () => {
    const before = await countEvents(t);
    const answer = await download(
      t,
      liaison,
      `/cases/${caseId}/audit-trail?format=csv&axis=occurred&from=${encodeURIComponent(instantDaysAgo(15))}`,
    );
    expect(answer.status).toBe(200);
    expect(await countEvents(t)).toBe(before + 1);
    const events = await t.http().get(`/cases/${caseId}/events?limit=200`).set('Authorization', `Bearer ${liaison}`).expect(200);
    const last = events.body.items[events.body.items.length - 1];
    expect(last).toMatchObject({
      type: 'AuditTrailExported',
      actor: { id: 'clerk-1', role: 'court-liaison' },
      data: { format: 'csv', document: 'audit-trail', digest: answer.headers['x-bundle-digest'], range: { axis: 'occurred' } },
    });
    // The timeline is a read model: it shows the export once its projection has got there.
    const exportLine = async () => {
      const timeline = await t
        .http()
        .get(`/cases/${caseId}/timeline?order=recorded&limit=200`)
        .set('Authorization', `Bearer ${liaison}`)
        .expect(200);
      return timeline.body.items.find(
        (line: { type: string; label: { it: string } }) => line.type === 'AuditTrailExported' && line.label.it.includes('(CSV'),
      );
    };
    let line = await exportLine();
    for (let i = 0; i < 100 && !line; i++) line = await new Promise((r) => setTimeout(r, 50)).then(exportLine);
    expect(line.label.it).toMatch(/^Registro degli eventi esportato \(CSV/);
  });

  it('writes CSV with a BOM, RFC 4180 quoting and formula injections neutralised', async () => {
    const answer = await download(t, liaison, `/cases/${caseId}/audit-trail?format=csv`);
    expect(answer.headers['content-type']).toBe('text/csv; charset=utf-8');
    const text = answer.body.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'stream,revision,event_id,type,occurred_at,recorded_at,actor_id,actor_role,entry_kinds,data,metadata,prev_hash,hash',
    );
    // Free text lives inside the JSON cells, which start with {; the entry kinds cell is free text too.
    const cells = text.split(/,|\r\n/).map((cell: string) => cell.replace(/^"/, ''));
    for (const cell of cells as string[]) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(text).toContain(`"{""caseId"":""${caseId}""`);
    expect(text).toContain('statement (madre)');
  });

  it('refuses bad input with problem+json and appends nothing', async () => {
    const get =
      (query: string, id = caseId) =>
      () =>
        t.http().get(`/cases/${id}/audit-trail${query}`).set('Authorization', `Bearer ${liaison}`);
    for (const query of [
      '?format=xml',
      '?axis=sideways',
      '?from=2026-02-30T00:00:00Z',
      '?from=yesterday',
      '?to=2026-01-01',
      '?colour=red',
    ]) {
      await expectRefused(t, get(query), 400, 'VALIDATION_FAILED');
    }
    await expectRefused(t, get('?from=2026-05-01T00:00:00Z&to=2026-04-01T00:00:00Z'), 400, 'INVALID_RANGE');
    await expectRefused(t, get('', randomUUID()), 404, 'CASE_NOT_FOUND');
    await expectRefused(t, get('', 'not-a-uuid'), 400, 'INVALID_ID');
  });

  it('lets court liaison, coordinators and the case team export; nobody else', async () => {
    const as = async (role: Parameters<TestApp['token']>[0], sub?: string) =>
      (await download(t, await t.token(role, sub), `/cases/${caseId}/audit-trail?format=csv`)).status;
    expect(await as('coordinator')).toBe(200);
    expect(await as('social-worker', 'alice')).toBe(200);
    const refusedTo = (token: string) => () => t.http().get(`/cases/${caseId}/audit-trail`).set('Authorization', `Bearer ${token}`);
    await expectRefused(t, refusedTo(await t.token('psychologist', 'bob')), 403, 'NOT_ON_CASE_TEAM');
    await expectRefused(t, refusedTo(await t.token('integrator')), 403, 'FORBIDDEN_ROLE');
    await expectRefused(t, refusedTo(await t.token('admin')), 403, 'FORBIDDEN_ROLE');
    await expectRefused(t, () => t.http().get(`/cases/${caseId}/audit-trail`), 401, 'UNAUTHENTICATED');
  });
});
