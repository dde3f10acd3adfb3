import { generateKeyPairSync } from 'node:crypto';
import { recordCheckpoint, latestCheckpoint, inclusionProofs } from '../src/court/checkpoints/checkpoints';
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
    expect((await latestCheckpoint(t.database.pool))!.checkpoint.id).toBe(first.checkpoint.id);

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

  it('refuses to edit or delete a recorded checkpoint', async () => {
    await expect(t.database.pool.query('DELETE FROM audit_checkpoints')).rejects.toThrow(/immutable/);
    await expect(t.database.pool.query("UPDATE audit_signing_keys SET public_pem = 'x'")).rejects.toThrow(/immutable/);
  });
});
