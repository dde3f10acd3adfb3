import { createHash } from 'node:crypto';
import { SignJWT } from 'jose';
import { canonicalJson } from '../src/event-store/canonical-json';
import { TestApp, countEvents, createTestApp } from './support/test-app';
import { CodiceFiscale } from '../src/reference/codice-fiscale.lib';
import { fiscalCodeOf } from '../src/reference/fiscal-code-of';

const family = { municipality: { istatCode: '015146', name: 'Milano' }, address: 'Via Roma 1' };
const luca = { givenName: 'Luca', familyName: 'Bianchi', birthDate: '2015-03-02', sex: 'M', role: 'minor' };
// Each test registers its own household with a Luca Bianchi: a new person each time, as the registry is told.
const newLuca = { ...luca, confirmNewPerson: true };
const lucaCode = fiscalCodeOf({ givenName: 'Luca', familyName: 'Bianchi', birthDate: '2015-03-02', sex: 'M', birthPlace: 'F205' });

describe('families over HTTP (e2e)', () => {
  let t: TestApp;
  let auth: string;
  beforeAll(async () => {
    t = await createTestApp();
    auth = `Bearer ${await t.token('social-worker', 'alice')}`;
  });
  afterAll(async () => t.close());

  const register = () => t.http().post('/families').set('Authorization', auth).send(family);

  it('registers a family, adds a member and reads both back with the revision as ETag', async () => {
    const created = await register().expect(201);
    expect(created.body).toEqual({ id: expect.any(String), revision: 0, position: expect.any(String) });
    expect(created.headers.etag).toBe('"0"');
    expect(created.headers.location).toBe(`/families/${created.body.id}`);
    const member = await t
      .http()
      .post(`/families/${created.body.id}/members`)
      .set('Authorization', auth)
      .send({ ...newLuca, fiscalCode: lucaCode })
      .expect(201);
    expect(member.body).toMatchObject({ id: expect.any(String), revision: 1 });
    const read = await t.http().get(`/families/${created.body.id}`).set('Authorization', auth).expect(200);
    expect(read.headers.etag).toBe('"1"');
    expect(read.body).toMatchObject({ id: created.body.id, ...family, revision: 1, members: [{ id: member.body.id, ...luca }] });
  });

  it('records the actor from the token, never from the body', async () => {
    const created = await register().expect(201);
    const { rows } = await t.database.pool.query('SELECT metadata FROM events WHERE stream_id = $1', [`family-${created.body.id}`]);
    expect(rows[0].metadata.actor).toEqual({ id: 'alice', role: 'social-worker' });
  });

  describe('refuses bad requests with problem+json, appending nothing', () => {
    const refused = async (
      send: () => Promise<{ status: number; body: Record<string, unknown>; headers: Record<string, string> }>,
      status: number,
      code: string,
    ) => {
      const before = await countEvents(t);
      const response = await send();
      expect(response.status).toBe(status);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({
        status,
        code,
        type: expect.any(String),
        title: expect.any(String),
        detail: expect.any(String),
      });
      expect(await countEvents(t)).toBe(before);
      return response.body;
    };

    it('401 without a token, with a bad one, an expired one, or one without a role', async () => {
      await refused(() => t.http().post('/families').send(family), 401, 'UNAUTHENTICATED');
      await refused(() => t.http().post('/families').set('Authorization', 'Bearer not.a.token').send(family), 401, 'UNAUTHENTICATED');
      const expired = await new SignJWT({ role: 'coordinator' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('x')
        .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
        .sign(t.secret);
      await refused(() => t.http().post('/families').set('Authorization', `Bearer ${expired}`).send(family), 401, 'UNAUTHENTICATED');
      const otherKey = await new SignJWT({ role: 'coordinator' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('x')
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode('another-secret-another-secret-123'));
      await refused(() => t.http().post('/families').set('Authorization', `Bearer ${otherKey}`).send(family), 401, 'UNAUTHENTICATED');
      const noRole = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setExpirationTime('1h').sign(t.secret);
      await refused(() => t.http().post('/families').set('Authorization', `Bearer ${noRole}`).send(family), 401, 'UNAUTHENTICATED');
    });

    it('403 for a role that may not write', async () => {
      const integrator = `Bearer ${await t.token('integrator')}`;
      await refused(() => t.http().post('/families').set('Authorization', integrator).send(family), 403, 'FORBIDDEN_ROLE');
    });

    it('400 for malformed JSON, an unknown field, a missing field and an over-long one', async () => {
      await refused(
        () => t.http().post('/families').set('Authorization', auth).set('Content-Type', 'application/json').send('{"municipality":'),
        400,
        'MALFORMED_JSON',
      );
      const unknown = await refused(
        () =>
          t
            .http()
            .post('/families')
            .set('Authorization', auth)
            .send({ ...family, admin: true }),
        400,
        'VALIDATION_FAILED',
      );
      expect(unknown.errors).toEqual([{ field: 'admin', messages: ['property admin should not exist'] }]);
      await refused(() => t.http().post('/families').set('Authorization', auth).send({ address: 'x' }), 400, 'VALIDATION_FAILED');
      await refused(
        () =>
          t
            .http()
            .post('/families')
            .set('Authorization', auth)
            .send({ ...family, address: 'x'.repeat(501) }),
        400,
        'VALIDATION_FAILED',
      );
      await refused(
        () =>
          t
            .http()
            .post('/families')
            .set('Authorization', auth)
            .send({ ...family, municipality: { istatCode: '15146', name: 'Milano' } }),
        400,
        'VALIDATION_FAILED',
      );
      await refused(() => t.http().post('/families').set('Authorization', auth).send([family]), 400, 'VALIDATION_FAILED');
    });

    it('400 for a non-UUID id, 404 for an unknown family, 415 for a non-JSON body', async () => {
      await refused(() => t.http().get('/families/not-a-uuid').set('Authorization', auth), 400, 'INVALID_ID');
      await refused(
        () => t.http().get('/families/0f8fad5b-d9cb-469f-a165-70867728950e').set('Authorization', auth),
        404,
        'FAMILY_NOT_FOUND',
      );
      await refused(
        () => t.http().post('/families/0f8fad5b-d9cb-469f-a165-70867728950e/members').set('Authorization', auth).send(newLuca),
        404,
        'FAMILY_NOT_FOUND',
      );
      await refused(
        () => t.http().post('/families').set('Authorization', auth).set('Content-Type', 'text/plain').send('hello'),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      );
    });

    it('413 for an oversize body', async () => {
      await refused(
        () =>
          t
            .http()
            .post('/families')
            .set('Authorization', auth)
            .send({ ...family, address: 'x'.repeat(70 * 1024) }),
        413,
        'PAYLOAD_TOO_LARGE',
      );
    });

    it('400 for a comune whose code and name disagree, or an unknown code; the official name is kept and answered', async () => {
      const mismatch = await refused(
        () =>
          t
            .http()
            .post('/families')
            .set('Authorization', auth)
            .send({ ...family, municipality: { istatCode: '040012', name: 'Cesena' } }),
        400,
        'MUNICIPALITY_NAME_MISMATCH',
      );
      expect(mismatch.detail).toContain('Forlì');
      await refused(
        () =>
          t
            .http()
            .post('/families')
            .set('Authorization', auth)
            .send({ ...family, municipality: { istatCode: '999999', name: 'Milano' } }),
        400,
        'MUNICIPALITY_UNKNOWN',
      );
      const created = await t
        .http()
        .post('/families')
        .set('Authorization', auth)
        .send({ ...family, municipality: { istatCode: '040012', name: 'forli' } })
        .expect(201);
      const read = await t.http().get(`/families/${created.body.id}`).set('Authorization', auth).expect(200);
      expect(read.body.municipality).toEqual({ istatCode: '040012', name: 'Forlì' });
    });

    it('400 naming the part of a fiscal code that disagrees with the person; an omocodic code is accepted', async () => {
      const { body } = await register().expect(201);
      const members = `/families/${body.id}/members`;
      // Marta is registered nowhere else, so her code is nobody's yet.
      const marta = { givenName: 'Marta', familyName: 'Galli', birthDate: '2016-05-07', sex: 'F', role: 'minor', confirmNewPerson: true };
      const code = fiscalCodeOf({ ...marta, sex: 'F', birthPlace: 'D704' });
      const inconsistent = await refused(
        () =>
          t
            .http()
            .post(members)
            .set('Authorization', auth)
            .send({ ...marta, birthDate: '2016-05-08', fiscalCode: code }),
        400,
        'FISCAL_CODE_INCONSISTENT',
      );
      expect(inconsistent.details).toEqual({ part: 'birthDate', expected: '16E08', found: '16E07' });
      const omocodic = CodiceFiscale.getOmocodie(code)[0];
      const added = await t
        .http()
        .post(members)
        .set('Authorization', auth)
        .send({ ...marta, fiscalCode: omocodic })
        .expect(201);
      const read = await t.http().get(`/families/${body.id}`).set('Authorization', auth).expect(200);
      expect(read.body.members).toEqual([expect.objectContaining({ id: added.body.id, fiscalCode: omocodic })]);
    });

    it('checks the birthplace: its comune against ISTAT and against the fiscal code, or a state abroad', async () => {
      const { body } = await register().expect(201);
      const members = `/families/${body.id}/members`;
      const post = (member: object) => t.http().post(members).set('Authorization', auth).send(member);
      const piero = { givenName: 'Piero', familyName: 'Landi', birthDate: '2013-09-01', sex: 'M', role: 'minor', confirmNewPerson: true };
      const code = fiscalCodeOf({ ...piero, sex: 'M', birthPlace: 'D704' });
      const inRome = { ...piero, fiscalCode: code, birthPlace: { istatCode: '058091', name: 'Roma' } };
      const wrongPlace = await refused(() => post(inRome), 400, 'FISCAL_CODE_INCONSISTENT');
      expect(wrongPlace.details).toEqual({ part: 'birthPlace', expected: 'H501', found: 'D704' });
      await refused(() => post({ ...inRome, birthPlace: { istatCode: '058091', name: 'Milano' } }), 400, 'MUNICIPALITY_NAME_MISMATCH');
      await refused(
        () => post({ ...inRome, birthPlace: { istatCode: '058091', name: 'Roma', country: 'AL' } }),
        400,
        'BIRTH_PLACE_INVALID',
      );
      await refused(() => post({ ...inRome, birthPlace: { country: 'AL' } }), 400, 'FISCAL_CODE_INCONSISTENT');
      const added = await post({ ...inRome, birthPlace: { istatCode: '040012', name: 'forli' } }).expect(201);
      const read = await t.http().get(`/families/${body.id}`).set('Authorization', auth).expect(200);
      expect(read.body.members).toEqual([
        expect.objectContaining({ id: added.body.id, birthPlace: { istatCode: '040012', name: 'Forlì' } }),
      ]);
      // Who may read a person comes from the people read model: read once it holds this write.
      const consistent = `consistentWith=${encodeURIComponent(added.body.position)}`;
      const person = await t.http().get(`/people/${added.body.id}?${consistent}`).set('Authorization', auth).expect(200);
      expect(person.body.birthPlace).toEqual({ istatCode: '040012', name: 'Forlì' });
      const abroad = { ...piero, givenName: 'Arben', familyName: 'Hoxha', birthPlace: { country: 'AL' } };
      await post({ ...abroad, fiscalCode: fiscalCodeOf({ ...abroad, sex: 'M', birthPlace: 'Z100' }) }).expect(201);
    });

    it('400 for an invalid fiscal code or a future birth date', async () => {
      const { body } = await register().expect(201);
      await refused(
        () =>
          t
            .http()
            .post(`/families/${body.id}/members`)
            .set('Authorization', auth)
            .send({ ...newLuca, fiscalCode: 'RSSMRA85T10A562T' }),
        400,
        'INVALID_FISCAL_CODE',
      );
      await refused(
        () =>
          t
            .http()
            .post(`/families/${body.id}/members`)
            .set('Authorization', auth)
            .send({ ...newLuca, birthDate: '2999-01-01' }),
        400,
        'BIRTH_DATE_IN_FUTURE',
      );
      await refused(
        () =>
          t
            .http()
            .post(`/families/${body.id}/members`)
            .set('Authorization', auth)
            .send({ ...newLuca, birthDate: '2015-02-30' }),
        400,
        'VALIDATION_FAILED',
      );
    });

    it('412 when If-Match is not the current revision; 400 when it is malformed', async () => {
      const { body } = await register().expect(201);
      const members = `/families/${body.id}/members`;
      const mismatch = await refused(
        () => t.http().post(members).set('Authorization', auth).set('If-Match', '"5"').send(newLuca),
        412,
        'REVISION_MISMATCH',
      );
      expect(mismatch).toMatchObject({ expectedRevision: '5', currentRevision: '0' });
      await refused(() => t.http().post(members).set('Authorization', auth).set('If-Match', 'five').send(newLuca), 400, 'INVALID_IF_MATCH');
      await t.http().post(members).set('Authorization', auth).set('If-Match', '"0"').send(newLuca).expect(201);
    });

    it('a stale If-Match loses a race between two clients: one 201, one 412', async () => {
      const { body } = await register().expect(201);
      const members = `/families/${body.id}/members`;
      const [a, b] = await Promise.all([
        t.http().post(members).set('Authorization', auth).set('If-Match', '"0"').send(newLuca),
        t
          .http()
          .post(members)
          .set('Authorization', auth)
          .set('If-Match', '"0"')
          .send({ ...newLuca, givenName: 'Marco' }),
      ]);
      expect([a.status, b.status].sort()).toEqual([201, 412]);
      const read = await t.http().get(`/families/${body.id}`).set('Authorization', auth).expect(200);
      expect(read.body.members).toHaveLength(1);
    });
  });

  describe('Idempotency-Key', () => {
    it('a replay returns the same answer and appends one event; another body with the key is 422', async () => {
      const before = await countEvents(t);
      const first = await register().set('Idempotency-Key', 'register-1').expect(201);
      const replay = await register().set('Idempotency-Key', 'register-1').expect(201);
      expect(replay.body).toEqual(first.body);
      expect(replay.headers.etag).toBe(first.headers.etag);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(await countEvents(t)).toBe(before + 1);
      const misuse = await t
        .http()
        .post('/families')
        .set('Authorization', auth)
        .set('Idempotency-Key', 'register-1')
        .send({ ...family, address: 'Via Verdi 2' })
        .expect(422);
      expect(misuse.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(await countEvents(t)).toBe(before + 1);
    });

    it('keys belong to their actor, and a refused request does not burn its key', async () => {
      const bob = `Bearer ${await t.token('psychologist', 'bob')}`;
      await register().set('Idempotency-Key', 'shared-key').expect(201);
      await t
        .http()
        .post('/families')
        .set('Authorization', bob)
        .set('Idempotency-Key', 'shared-key')
        .send({ ...family, address: 'Via Bob 3' })
        .expect(201);
      await t.http().post('/families').set('Authorization', auth).set('Idempotency-Key', 'fix-me').send({ address: 'x' }).expect(400);
      await register().set('Idempotency-Key', 'fix-me').expect(201);
    });
  });
});

describe('Idempotency-Key after a crash (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('takes over a reservation left pending for over a minute by a process that died, and keeps a fresh one', async () => {
    const auth = `Bearer ${await t.token('social-worker', 'alice')}`;
    const hash = createHash('sha256')
      .update(canonicalJson({ method: 'POST', path: '/families', body: family }))
      .digest('hex');
    await t.database.pool.query(
      `INSERT INTO idempotency_keys (actor_id, key, request_hash, state, created_at)
       VALUES ('alice', 'crashed', $1, 'pending', now() - interval '2 minutes'), ('alice', 'running', $1, 'pending', now())`,
      [hash],
    );
    const before = await countEvents(t);
    const busy = await t.http().post('/families').set('Authorization', auth).set('Idempotency-Key', 'running').send(family).expect(409);
    expect(busy.body.code).toBe('IDEMPOTENCY_KEY_IN_PROGRESS');
    expect(await countEvents(t)).toBe(before);
    const first = await t.http().post('/families').set('Authorization', auth).set('Idempotency-Key', 'crashed').send(family).expect(201);
    const replay = await t.http().post('/families').set('Authorization', auth).set('Idempotency-Key', 'crashed').send(family).expect(201);
    expect(replay.body).toEqual(first.body);
    expect(await countEvents(t)).toBe(before + 1);
  });
});
