import { generateKeyPairSync } from 'node:crypto';
import { recordCheckpoint, inclusionProofs } from '../src/court/checkpoints/checkpoints';
import { ReadLatestCheckpoint, ReadLatestCheckpointHandler } from '../src/court/checkpoints/checkpoints.query';
import { auditSigningKeyFrom } from '../src/court/signing/audit-signing-key';
import { importPublicKey, verifySignature } from '../src/court/verify/audit-verifier';
import { merkleRoot, rootFromInclusion } from '../src/court/verify/audit-core';
import { STREAM_HEADS } from '../src/court/checkpoints/stream-heads.projection';
import { ProjectionRunner } from '../src/projections/projection-runner';
import { caseClient } from './support/case-requests';
import { TestApp, createTestApp } from './support/test-app';

/** The periodic checkpoint: signed, complete, and skipped when no head moved. */
describe('signed checkpoints of every stream head (integration)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  /** Until the heads projection has passed the position: checkpoints are made from it. */
  const settled = async (position: string) => {
    const runner = t.app.get(ProjectionRunner);
    while (!(await runner.hasReached(position, [STREAM_HEADS]))) await new Promise((r) => setTimeout(r, 20));
  };

  it('signs every projected head, proves each leaf, and records nothing new while no head moves', async () => {
    const key = await auditSigningKeyFrom(generateKeyPairSync('ed25519').privateKey);
    const api = caseClient(t, `Bearer ${await t.token('coordinator')}`);
    const caseId = await api.open(await api.household());
    const contact = await api.post(`/cases/${caseId}/contacts`, {
      kind: 'call',
      participants: ['madre'],
      entries: [{ kind: 'fact', text: 'x' }],
    });
    await settled(contact.body.position);

    const first = (await recordCheckpoint(t.database.pool, key, new Date(), undefined, true))!;
    expect(first.leaves.map((l) => l.stream)).toEqual(expect.arrayContaining([`case-${caseId}`]));
    expect(first.leaves.find((l) => l.stream === `case-${caseId}`)).toMatchObject({ revision: 1 });
    expect(first.checkpoint.rootHash).toBe(await merkleRoot(first.leaves));
    await verifySignature(first.checkpoint, [await importPublicKey(key.publicJwk)], 'checkpoint');
    const proofs = await inclusionProofs(
      first.leaves,
      first.leaves.map((l) => l.stream),
    );
    for (const [index, leaf] of first.leaves.entries()) {
      const proof = proofs.get(leaf.stream)!;
      expect(proof.leafIndex).toBe(index);
      expect(await rootFromInclusion(leaf, index, first.leaves.length, proof.auditPath)).toBe(first.checkpoint.rootHash);
    }
    const latest = new ReadLatestCheckpointHandler(t.database.pool);
    expect((await latest.execute(new ReadLatestCheckpoint()))!.checkpoint.id).toBe(first.checkpoint.id);

    expect(await recordCheckpoint(t.database.pool, key, new Date(), undefined, true)).toBeUndefined();
    const next = await api.post(`/cases/${caseId}/contacts`, {
      kind: 'call',
      participants: ['madre'],
      entries: [{ kind: 'fact', text: 'y' }],
    });
    await settled(next.body.position);
    const second = (await recordCheckpoint(t.database.pool, key, new Date(), undefined, true))!;
    expect(second.leaves.find((l) => l.stream === `case-${caseId}`)).toMatchObject({ revision: 2 });
  });

  it('covers the community streams: a report, its partner and their revisions are leaves with inclusion proofs', async () => {
    const key = await auditSigningKeyFrom(generateKeyPairSync('ed25519').privateKey);
    const worker = caseClient(t, `Bearer ${await t.token('social-worker', 'alice')}`);
    const coordinator = caseClient(t, `Bearer ${await t.token('coordinator', 'carla')}`);
    const contact = { name: 'don Paolo', role: 'parroco' };
    const partner = await worker
      .post('/partners', { kind: 'oratory', name: 'Oratorio San Luca', municipality: '015146', contact })
      .expect(201);
    const report = await worker
      .post('/community/reports', {
        source: { kind: 'partner', partnerId: partner.body.id },
        reporter: { name: 'don Paolo' },
        minor: {},
        concern: 'x',
        seriousHarm: false,
      })
      .expect(201);
    const screened = await coordinator
      .post(`/community/reports/${report.body.id}/screening`, { outcome: 'no-action', reason: 'Already followed by the school.' })
      .expect(200);
    await settled(screened.body.position);

    const recorded = (await recordCheckpoint(t.database.pool, key, new Date(), undefined, true))!;
    const streams = [`report-${report.body.id}`, `partner-${partner.body.id}`];
    expect(recorded.leaves.find((l) => l.stream === streams[0])).toMatchObject({ revision: 1 });
    expect(recorded.leaves.find((l) => l.stream === streams[1])).toMatchObject({ revision: 0 });
    const { rows } = await t.database.pool.query('SELECT head_hash FROM streams WHERE stream_id = $1', [streams[0]]);
    expect(recorded.leaves.find((l) => l.stream === streams[0])!.headHash).toBe(rows[0].head_hash);
    const proofs = await inclusionProofs(recorded.leaves, streams);
    for (const stream of streams) {
      const index = recorded.leaves.findIndex((l) => l.stream === stream);
      const proof = proofs.get(stream)!;
      expect(await rootFromInclusion(recorded.leaves[index], index, recorded.leaves.length, proof.auditPath)).toBe(
        recorded.checkpoint.rootHash,
      );
    }
    await verifySignature(recorded.checkpoint, [await importPublicKey(key.publicJwk)], 'checkpoint');
  });

  it('refuses to edit or delete a recorded checkpoint', async () => {
    await expect(t.database.pool.query('DELETE FROM audit_checkpoints')).rejects.toThrow(/immutable/);
    await expect(t.database.pool.query("UPDATE audit_signing_keys SET public_pem = 'x'")).rejects.toThrow(/immutable/);
  });
});
