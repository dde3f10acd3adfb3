import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createTutelaClient } from '../clients/typescript';
import { TestApp, createTestApp } from './support/test-app';

/** The generated client stays current with the contract, and works against the API as a front end would use it. */
describe('the TypeScript client (e2e)', () => {
  let t: TestApp;
  let baseUrl: string;
  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(async () => t.close());

  it('is generated from the committed openapi.json (npm run client)', async () => {
    // openapi-typescript's dependencies are ES modules jest cannot load here: the generator runs as npm runs it.
    const fresh = join(await mkdtemp(join(tmpdir(), 'tutela-client-')), 'schema.d.ts');
    const root = join(__dirname, '..');
    await promisify(execFile)(join(root, 'node_modules/.bin/ts-node'), ['--transpile-only', 'clients/typescript/generate.ts', fresh], {
      cwd: root,
    });
    expect(await readFile(join(root, 'clients/typescript/schema.d.ts'), 'utf8')).toBe(await readFile(fresh, 'utf8'));
  });

  it('registers a household and reads it back, typed end to end; a refusal comes back as problem+json', async () => {
    const api = createTutelaClient(baseUrl, await t.token('social-worker', 'alice'));
    const created = await api.POST('/families', {
      body: { municipality: { istatCode: '040012', name: 'forli' }, address: 'Via Roma 1' },
    });
    expect(created.response.status).toBe(201);
    const familyId = created.data?.id;
    if (!familyId) throw new Error('a created household answers with its id');
    const read = await api.GET('/families/{familyId}', { params: { path: { familyId } } });
    expect(read.data).toMatchObject({ id: familyId, municipality: { istatCode: '040012', name: 'Forlì' } });

    const refused = await api.POST('/families', { body: { municipality: { istatCode: '058091', name: 'Milano' }, address: 'x' } });
    expect(refused.response.status).toBe(400);
    expect(refused.error).toMatchObject({ code: 'MUNICIPALITY_NAME_MISMATCH' });
  });
});
