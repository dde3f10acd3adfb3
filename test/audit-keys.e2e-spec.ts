import { createPublicKey } from 'node:crypto';
import { caseClient } from './support/case-requests';
import { download, tempFiles, verifyCli } from './support/court-files';
import { TestApp, createTestApp, testSigningKeyPem } from './support/test-app';

/** A key rotation: the new key signs from now on, and bundles signed before still verify with the published old key. */
describe('audit signing keys across a rotation (e2e)', () => {
  let before: TestApp;
  let after: TestApp;
  const file = tempFiles();
  const oldKey = testSigningKeyPem();
  const newKey = testSigningKeyPem();

  beforeAll(async () => {
    before = await createTestApp({ env: { AUDIT_SIGNING_KEY: oldKey } });
  });
  afterAll(async () => {
    await after?.close();
    await before.database.close();
  });

  it('publishes both keys, marks the current one, and keeps old bundles verifiable', async () => {
    const api = caseClient(before, `Bearer ${await before.token('coordinator')}`);
    const caseId = await api.open(await api.household());
    const oldBundle = await download(before, await before.token('court-liaison'), `/cases/${caseId}/audit-trail`);
    expect(oldBundle.status).toBe(200);
    await before.app.close();

    after = await createTestApp({ database: before.database, env: { AUDIT_SIGNING_KEY: newKey } });
    const { body } = await after.http().get('/audit/keys').expect(200);
    expect(body.keys).toHaveLength(2);
    const [first, second] = body.keys;
    expect([first.current, second.current]).toEqual([false, true]);
    const publicPem = (pem: string) => createPublicKey(pem).export({ format: 'pem', type: 'spki' }).toString();
    expect(first.publicKeyPem).toBe(publicPem(oldKey));
    expect(second.publicKeyPem).toBe(publicPem(newKey));
    expect(first.jwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: first.keyId, alg: 'EdDSA' });

    const bundleFile = file('old.json', oldBundle.body);
    expect((await verifyCli([bundleFile, '--public-key', file('old.pem', first.publicKeyPem)])).code).toBe(0);
    const withNewKey = await verifyCli([bundleFile, '--public-key', file('new.pem', second.publicKeyPem)]);
    expect(withNewKey.code).toBe(1);
    expect(withNewKey.output).toContain(`signed by key ${first.keyId}`);

    const newBundle = await download(after, await after.token('court-liaison'), `/cases/${caseId}/audit-trail`);
    expect(JSON.parse(newBundle.body.toString()).signature.keyId).toBe(second.keyId);
  });
});
