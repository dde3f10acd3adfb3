import { EVENT_STORE, EventStore } from '../src/event-store/event-store';
import { TestApp, createTestApp } from './support/test-app';
import { caseClient, expectRefused, facilityBody, instantDaysAgo, registerFacility } from './support/case-requests';

/**
 * Separated parents: Sara lives in her mother's home in Forlì and her father's in Cesena; her brother Leo has his own
 * case. The registry knows each person once, finds them despite typos, and refuses what would duplicate them.
 */
describe('people, households and the family map (e2e)', () => {
  let t: TestApp;
  let api: ReturnType<typeof caseClient>;
  const eva = { givenName: 'Eva', familyName: 'Rinaldi', birthDate: '1984-01-01', sex: 'F', fiscalCode: 'RNLVEA84A41D704I' };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    api = caseClient(t, `Bearer ${await t.token('social-worker', 'alice')}`);
  });
  afterAll(async () => t.close());

  const household = async (istatCode: string, name: string, address: string) =>
    (await api.post('/families', { municipality: { istatCode, name }, address }).expect(201)).body.id as string;
  const member = async (familyId: string, body: object) =>
    (await api.post(`/families/${familyId}/members`, body).expect(201)).body.id as string;
  const relation = (familyId: string, body: object) => api.post(`/families/${familyId}/relations`, body);
  /** Search reads the people read model: wait until it holds everything written so far. */
  const fresh = async (path: string) =>
    `${path}${path.includes('?') ? '&' : '?'}consistentWith=${await t.app.get<EventStore>(EVENT_STORE).headPosition()}`;

  it('registers two homes that share a child, each person once', async () => {
    ids.mother = await household('040012', 'Forlì', 'Via Roma 1');
    ids.father = await household('040007', 'Cesena', 'Via Emilia 5');
    ids.eva = await member(ids.mother, { ...eva, role: 'parent' });
    ids.sara = await member(ids.mother, { givenName: 'Sara', familyName: 'Conti', birthDate: '2014-05-01', sex: 'F', role: 'minor' });
    ids.leo = await member(ids.mother, { givenName: 'Leo', familyName: 'Conti', birthDate: '2011-02-01', sex: 'M', role: 'minor' });
    ids.marco = await member(ids.father, { givenName: 'Marco', familyName: 'Conti', birthDate: '1980-03-03', sex: 'M', role: 'parent' });
    expect(await member(ids.father, { personId: ids.sara, role: 'minor' })).toBe(ids.sara);

    // The households come from the people read model: read until it has projected the link (bounded).
    let sara = await api.get(await fresh(`/people/${ids.sara}`)).expect(200);
    for (let i = 0; i < 50 && sara.body.households.length < 2; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      sara = await api.get(`/people/${ids.sara}`).expect(200);
    }
    expect(sara.body).toMatchObject({ personId: ids.sara, givenName: 'Sara', mergedInto: null });
    expect(sara.body.households.map((h: { familyId: string }) => h.familyId).sort()).toEqual([ids.mother, ids.father].sort());
  });

  it('refuses to link a person with details beside, or a person who is not registered', async () => {
    await expectRefused(
      t,
      () => api.post(`/families/${ids.father}/members`, { personId: ids.leo, role: 'minor', givenName: 'Leo' }),
      400,
      'PERSON_LINK_WITH_DETAILS',
    );
    await expectRefused(
      t,
      () => api.post(`/families/${ids.father}/members`, { personId: '4f0b8c1e-0000-4000-8000-000000000000', role: 'minor' }),
      404,
      'PERSON_NOT_FOUND',
    );
    await expectRefused(
      t,
      () => api.post(`/families/${ids.father}/members`, { personId: ids.sara, role: 'minor' }),
      409,
      'ALREADY_A_MEMBER',
    );
  });

  it('catches a misspelled duplicate born the same day, and a fiscal code already registered', async () => {
    const misspelled = { givenName: 'Eva', familyName: 'Rinaldy', birthDate: eva.birthDate, sex: 'F', role: 'parent' };
    const duplicate = await expectRefused(
      t,
      () => api.post(`/families/${ids.father}/members`, misspelled),
      409,
      'PERSON_POSSIBLE_DUPLICATE',
    );
    expect(duplicate.candidates).toEqual([
      expect.objectContaining({ personId: ids.eva, match: 'name-and-birth-date', households: [ids.mother] }),
    ]);
    const { role: _role, ...misspelledPerson } = misspelled;
    const sameCode = {
      ...misspelledPerson,
      givenName: 'Evelina',
      birthDate: '1990-01-01',
      fiscalCode: eva.fiscalCode,
      confirmNewPerson: true,
    };
    const taken = await expectRefused(t, () => api.post('/people', sameCode), 409, 'FISCAL_CODE_ALREADY_REGISTERED');
    expect(taken.candidates).toEqual([expect.objectContaining({ personId: ids.eva, match: 'fiscal-code' })]);
    // Twins share a birth date and a surname: the worker confirms a new person.
    ids.twin = await member(ids.mother, {
      givenName: 'Sira',
      familyName: 'Conti',
      birthDate: '2014-05-01',
      sex: 'F',
      role: 'minor',
      confirmNewPerson: true,
    });
  });

  it('records relations between members, and refuses one to a person outside the household', async () => {
    await relation(ids.mother, { kind: 'parent-of', fromId: ids.eva, toId: ids.sara, since: '2014-05-01' }).expect(201);
    await relation(ids.mother, { kind: 'parent-of', fromId: ids.eva, toId: ids.leo }).expect(201);
    await relation(ids.father, { kind: 'parent-of', fromId: ids.marco, toId: ids.sara }).expect(201);
    await expectRefused(
      t,
      () => relation(ids.father, { kind: 'parent-of', fromId: ids.marco, toId: ids.leo }),
      400,
      'RELATION_OUTSIDE_HOUSEHOLD',
    );
    await expectRefused(
      t,
      () => relation(ids.mother, { kind: 'relative-of', fromId: ids.eva, toId: ids.leo }),
      400,
      'RELATION_DETAILS_INVALID',
    );
    await expectRefused(t, () => relation(ids.mother, { kind: 'cousin-of', fromId: ids.eva, toId: ids.leo }), 400, 'VALIDATION_FAILED');
    await expectRefused(t, () => relation(ids.mother, { kind: 'lives-with', fromId: ids.eva, toId: ids.eva }), 400, 'RELATION_TO_SELF');
    await expectRefused(
      t,
      () => relation(ids.mother, { kind: 'parent-of', fromId: ids.eva, toId: ids.leo }),
      409,
      'RELATION_ALREADY_RECORDED',
    );
    const mother = await api.get(`/families/${ids.mother}`).expect(200);
    expect(mother.body.relations).toHaveLength(2);
    const sinceBirth = mother.body.relations.find((r: { since?: string }) => r.since === '2014-05-01');
    const end = (body: object) => api.post(`/families/${ids.mother}/relations/${sinceBirth.relationId}/end`, body);
    await expectRefused(t, () => end({ endedOn: '2013-01-01' }), 400, 'RELATION_ENDS_BEFORE_START');
  });

  it("draws the family map of Sara's case: both homes, her parents, and her brother's case linked to hers", async () => {
    const saraCase = (ids.saraCase = await api.open({
      familyId: ids.mother,
      minorId: ids.sara,
      parentId: ids.eva,
      siblingId: ids.leo,
      uncleId: ids.eva,
    }));
    const intake = {
      kind: 'judicial',
      authority: 'tribunale-per-i-minorenni',
      proceedingNumber: '845/2026 R.G.',
      decreeDate: '2026-11-01',
      mandates: ['investigation-and-assessment'],
      reportDeadlines: ['2027-02-01'],
    };
    const opened = (await api.post('/cases', { familyId: ids.mother, minorId: ids.leo, intake }).expect(201)).body;
    const leoCase = opened.id as string;
    const map = (await api.get(`/cases/${saraCase}/family-map?consistentWith=${opened.position}`).expect(200)).body;
    const node = (id: string) => map.nodes.find((n: { id: string }) => n.id === id);
    expect(node(ids.sara)).toMatchObject({ kind: 'person', subject: true, label: 'Sara Conti' });
    expect(node(ids.father)).toMatchObject({ kind: 'household', current: false, label: 'Cesena, Via Emilia 5' });
    expect(node(leoCase)).toMatchObject({ kind: 'case', status: 'open', current: false });
    expect(map.edges).toEqual(
      expect.arrayContaining([
        { from: ids.sara, to: ids.father, kind: 'member-of', role: 'minor' },
        { from: ids.eva, to: ids.sara, kind: 'parent-of', since: '2014-05-01' },
        { from: saraCase, to: leoCase, kind: 'sibling-case' },
        { from: ids.leo, to: leoCase, kind: 'subject-of' },
      ]),
    );
    const view = (await api.get(`/cases/${saraCase}`).expect(200)).body;
    expect(view.minor).toMatchObject({ id: ids.sara, givenName: 'Sara', familyName: 'Conti', age: expect.any(Number) });
    expect(view.household).toEqual({ id: ids.mother, municipality: { istatCode: '040012', name: 'Forlì' }, address: 'Via Roma 1' });
    expect(view.openMeasures).toEqual([]);
    expect(node(ids.marco)).toBeUndefined(); // he lives in the other home: reached through it, not drawn as this household's
  });

  it('works with the mother too: goals and an intervention for her, never for a child or someone of another home', async () => {
    const caseId = ids.saraCase;
    const plan = {
      goals: ['Frequenza scolastica regolare'],
      interventions: [{ kind: 'anti-violence-centre', targetPersonId: ids.eva }],
      parentGoals: [{ personId: ids.eva, goal: 'Un alloggio stabile entro sei mesi' }],
    };
    const planId = (await api.post(`/cases/${caseId}/support-plans`, plan).expect(201)).body.id as string;
    const start = { kind: 'housing-support', provider: 'ACER Forlì-Cesena', startedOn: '2026-11-20', targetPersonId: ids.eva };
    await api.post(`/cases/${caseId}/support-plans/${planId}/interventions`, start).expect(201);
    const interventions = `/cases/${caseId}/support-plans/${planId}/interventions`;
    await expectRefused(t, () => api.post(interventions, { ...start, targetPersonId: ids.leo }), 400, 'TARGET_NOT_ADULT');
    await expectRefused(t, () => api.post(interventions, { ...start, targetPersonId: ids.marco }), 400, 'TARGET_NOT_IN_FAMILY');
    const contact = { kind: 'interview', participants: ['madre'], entries: [{ kind: 'fact', text: 'Colloquio con la madre da sola.' }] };
    await api.post(`/cases/${caseId}/contacts`, { ...contact, personIds: [ids.eva] }).expect(201);
    await expectRefused(
      t,
      () => api.post(`/cases/${caseId}/contacts`, { ...contact, personIds: [ids.marco] }),
      400,
      'TARGET_NOT_IN_FAMILY',
    );

    const liaison = caseClient(t, `Bearer ${await t.token('court-liaison', 'giulia')}`);
    const draft = (await liaison.get(`/cases/${caseId}/report-draft`).expect(200)).body;
    expect(draft.parentWork).toEqual([
      expect.objectContaining({
        personId: ids.eva,
        name: 'Eva Rinaldi',
        label: 'Obiettivo del Progetto Quadro: Un alloggio stabile entro sei mesi',
      }),
      expect.objectContaining({ personId: ids.eva, name: 'Eva Rinaldi', label: expect.stringContaining('sostegno abitativo') }),
    ]);
  });

  it('places Sara with her mother in a registered mother–child community, and hears Sara before the hearing', async () => {
    const c = `/cases/${ids.saraCase}`;
    const community = await registerFacility(t, facilityBody('comunita-madre-bambino', 6, 'Casa Aurora'));
    const placementBody = {
      placedAt: new Date().toISOString(),
      placeKind: 'mother-child-community',
      reason: 'Violenza domestica: la madre chiede protezione per sé e per Sara.',
      placedWith: { facilityId: community.id },
      withParent: ids.eva,
    };
    const placement = (await api.post(`${c}/emergency-placements`, placementBody).expect(201)).body.id as string;
    await expectRefused(
      t,
      () => api.post(`${c}/emergency-placements`, { ...placementBody, withParent: ids.marco }),
      409,
      'PARENT_NOT_IN_FAMILY',
    );
    const heard = {
      place: 'Casa Aurora, stanza dei colloqui',
      heardBy: ['alice'],
      present: [],
      method: 'Colloquio libero, senza la madre',
      statements: [{ text: 'Qui con la mamma dormo tranquilla.' }],
      wishes: [{ about: 'placement', text: 'Restare con la mamma.' }],
    };
    await api.post(`${c}/child-hearings`, heard).expect(201);
    const hearing = {
      authority: 'tribunale-per-i-minorenni',
      hearingDate: instantDaysAgo(-5),
      placementId: placement,
      purpose: 'art. 403',
    };
    await api.post(`${c}/court-hearings`, hearing).expect(201);

    const view = (await api.get(c).expect(200)).body;
    expect(view.emergencyPlacements[0]).toMatchObject({
      placedWith: { kind: 'facility', facilityId: community.id, name: 'Casa Aurora' },
      withParent: { memberId: ids.eva, name: 'Eva Rinaldi' },
    });
    const liaison = caseClient(t, `Bearer ${await t.token('court-liaison', 'giulia')}`);
    const draft = (await liaison.get(`${c}/report-draft`).expect(200)).body;
    expect(draft.childHearings).toEqual([
      expect.objectContaining({
        statements: ['Qui con la mamma dormo tranquilla.'],
        wishes: [{ about: 'placement', text: 'Restare con la mamma.' }],
      }),
    ]);
    expect(draft.measures).toEqual(
      expect.arrayContaining([expect.objectContaining({ measureId: placement, placedWith: expect.stringContaining('Casa Aurora') })]),
    );
    expect(new Date(draft.childHearings[0].heardAt) < new Date(draft.hearings[0].hearingDate)).toBe(true);
  });

  it('finds people by misspelled name, in any order, or by fiscal code; only among those the caller may see', async () => {
    const found = (await api.get(await fresh('/people?q=rinaldy%20eva')).expect(200)).body;
    expect(found.items[0]).toMatchObject({ personId: ids.eva, familyName: 'Rinaldi' });
    expect(
      (await api.get(await fresh(`/people?q=${eva.fiscalCode}`)).expect(200)).body.items.map((p: { personId: string }) => p.personId),
    ).toEqual([ids.eva]);
    expect((await api.get(await fresh('/people?q=cont')).expect(200)).body.items.length).toBeGreaterThanOrEqual(3);
    const stranger = caseClient(t, `Bearer ${await t.token('social-worker', 'bruno')}`);
    expect((await stranger.get(await fresh('/people?q=rinaldi%20eva')).expect(200)).body.items).toEqual([]);
    await stranger.get(`/people/${ids.eva}`).expect(403);
    const coordinator = caseClient(t, `Bearer ${await t.token('coordinator', 'carla')}`);
    expect((await coordinator.get(await fresh('/people?q=rinaldi%20eva')).expect(200)).body.items[0].personId).toBe(ids.eva);
    await expectRefused(t, () => api.get('/people?q=x'), 400, 'VALIDATION_FAILED');
  });

  it('finds households by a member, by municipality, and by the R.G. number of a case', async () => {
    const byName = (await api.get(await fresh('/families?q=conti%20sara')).expect(200)).body.items.map((f: { id: string }) => f.id);
    expect(byName.sort()).toEqual([ids.mother, ids.father].sort());
    const inCesena = (await api.get(await fresh('/families?q=conti&municipality=040007')).expect(200)).body.items;
    expect(inCesena.map((f: { id: string }) => f.id)).toEqual([ids.father]);
    const byNumber = (await api.get(await fresh(`/families?q=${encodeURIComponent('845/2026 R.G.')}`)).expect(200)).body.items;
    expect(byNumber.map((f: { id: string }) => f.id)).toEqual([ids.mother]);
    await expectRefused(t, () => api.get('/families?municipality=Forli'), 400, 'VALIDATION_FAILED');
  });

  it('takes corrections in the registry into every household, and merges a duplicate keeping its history', async () => {
    const coordinator = caseClient(t, `Bearer ${await t.token('coordinator', 'carla')}`);
    await api.post(`/people/${ids.eva}/corrections`, { familyName: 'Rinaldi Neri', reason: 'Double surname' }).expect(200);
    const unchanged = { familyName: 'Rinaldi Neri', reason: 'Again' };
    await expectRefused(t, () => api.post(`/people/${ids.eva}/corrections`, unchanged), 400, 'NOTHING_TO_CORRECT');
    const mother = (await api.get(`/families/${ids.mother}`).expect(200)).body;
    expect(mother.members.find((m: { id: string }) => m.id === ids.eva)).toMatchObject({ familyName: 'Rinaldi Neri', personId: ids.eva });
    await expectRefused(t, () => api.post(`/people/${ids.twin}/merge`, { into: ids.sara, reason: 'x' }), 403, 'FORBIDDEN_ROLE');
    const merged = await coordinator.post(`/people/${ids.twin}/merge`, { into: ids.sara, reason: 'Registered twice' }).expect(200);
    // The merge's own position: the store's head can trail a commit still becoming visible.
    const afterMerge = (path: string) => `${path}${path.includes('?') ? '&' : '?'}consistentWith=${merged.body.position}`;
    expect((await api.get(afterMerge(`/people/${ids.twin}`)).expect(200)).body.mergedInto).toBe(ids.sara);
    await expectRefused(t, () => api.post(`/families/${ids.father}/members`, { personId: ids.twin, role: 'minor' }), 409, 'PERSON_MERGED');
    await expectRefused(t, () => coordinator.post(`/people/${ids.sara}/merge`, { into: ids.sara, reason: 'x' }), 400, 'MERGE_INTO_ITSELF');
    const found = (await api.get(afterMerge('/people?q=conti%20sira')).expect(200)).body.items.map((p: { personId: string }) => p.personId);
    expect(found).not.toContain(ids.twin);
  });

  it("answers a person's GDPR art. 15 request: reads of their record, their households and the cases about them", async () => {
    await api.get(`/people/${ids.sara}`).expect(200);
    const coordinator = caseClient(t, `Bearer ${await t.token('coordinator', 'carla')}`);
    const log = (await coordinator.get(await fresh(`/people/${ids.sara}/access-log`)).expect(200)).body.items;
    const what = log.map((line: { what: string }) => line.what);
    expect(what).toEqual(expect.arrayContaining(['GET /people/:personId', 'GET /families/:familyId', 'GET /cases/:caseId/family-map']));
    expect(log.find((line: { what: string }) => line.what === 'GET /people/:personId')).toMatchObject({
      personId: ids.sara,
      actor: { id: 'alice' },
    });
    await api.get(`/people/${ids.sara}/access-log`).expect(403);
  });

  it('serves the labels of every enum value, in the language asked for', async () => {
    const italian = (await api.get('/vocabulary').expect(200)).body;
    expect(italian).toMatchObject({
      lang: 'it',
      labels: { relationKinds: { 'parent-of': 'genitore di' }, wishSubjects: { placement: 'il collocamento' } },
    });
    const english = (await api.get('/vocabulary').set('Accept-Language', 'en-GB,en;q=0.9').expect(200)).body;
    expect(english.labels.interventionKinds['anti-violence-centre']).toBe('referral to an anti-violence centre');
    await expectRefused(t, () => api.get('/vocabulary?lang=fr'), 400, 'VALIDATION_FAILED');
  });
});
