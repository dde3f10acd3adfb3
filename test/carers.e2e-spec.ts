import { caseClient, expectRefused, facilityBody, instantDaysAgo, registerFacility } from './support/case-requests';
import { TestApp, countEvents, createTestApp } from './support/test-app';

/** Issue 15: the facilities and foster carers registries, and placements that name where the child is. */
describe('carers and facilities (e2e)', () => {
  let t: TestApp;
  let carla: ReturnType<typeof caseClient>;
  let alice: ReturnType<typeof caseClient>;
  beforeAll(async () => {
    t = await createTestApp();
    carla = caseClient(t, `Bearer ${await t.token('coordinator', 'carla')}`);
    alice = caseClient(t, `Bearer ${await t.token('social-worker', 'alice')}`);
  });
  afterAll(async () => t.close());

  const placement = (facilityId: string, withParent?: string, placeKind = 'mother-child-community') => ({
    placedAt: instantDaysAgo(0.5),
    placeKind,
    reason: 'Violence at home reported by the police at night.',
    placedWith: { facilityId },
    ...(withParent && { withParent }),
  });

  it('places a child with the mother in a mother–child community of 2 places: occupancy 1 of 2', async () => {
    const aurora = await registerFacility(t, facilityBody('comunita-madre-bambino', 2, 'Casa Aurora'));
    const household = await carla.household();
    const caseId = await carla.open(household);
    const c = `/cases/${caseId}`;

    const placed = await carla.post(`${c}/emergency-placements`, placement(aurora.id, household.parentId)).expect(201);
    expect(placed.body.warnings).toBeUndefined();

    const facility = await alice.get(`/facilities/${aurora.id}?consistentWith=${placed.body.position}`).expect(200);
    expect(facility.body).toMatchObject({
      name: 'Casa Aurora',
      kind: 'comunita-madre-bambino',
      open: true,
      authorisation: { region: 'Lombardia', actNumber: 'DGR 1234/2024', actDate: '2024-03-15' },
      occupancy: { capacity: 2, occupied: 1, free: 1 },
    });
    const list = await alice.get(`/facilities?kind=comunita-madre-bambino&consistentWith=${placed.body.position}`).expect(200);
    expect(list.body.items.find((f: { id: string }) => f.id === aurora.id)).toMatchObject({ occupancy: { capacity: 2, occupied: 1 } });
    expect(list.body).toHaveProperty('next', null);

    const community = await carla
      .get(`/community/statistics?from=2026-01-01&to=2026-12-31&consistentWith=${placed.body.position}`)
      .expect(200);
    expect(community.body.facilities.find((f: { id: string }) => f.id === aurora.id)).toMatchObject({
      name: 'Casa Aurora',
      occupancy: { capacity: 2, occupied: 1, free: 1 },
    });

    const view = await carla.get(c).expect(200);
    expect(view.body.emergencyPlacements[0]).toMatchObject({
      placedWith: { kind: 'facility', facilityId: aurora.id, name: 'Casa Aurora' },
      withParent: { memberId: household.parentId, name: 'Maria Esposito' },
    });
    const timeline = await carla.get(`${c}/timeline?consistentWith=${placed.body.position}`).expect(200);
    expect(JSON.stringify(timeline.body)).toContain('presso Casa Aurora, con il genitore Maria Esposito');
  });

  it('refuses a parent who is not a parent of the case family, an unknown facility, and a place the kind does not fit; nothing appended', async () => {
    const aurora = await registerFacility(t, facilityBody('comunita-madre-bambino', 2, 'Casa Aurora bis'));
    const faro = await registerFacility(t);
    const household = await carla.household();
    const stranger = await carla.household();
    const c = `/cases/${await carla.open(household)}/emergency-placements`;
    const place = (body: object) => () => carla.post(c, body);

    await expectRefused(t, place(placement(aurora.id, household.uncleId)), 409, 'PARENT_NOT_IN_FAMILY');
    await expectRefused(t, place(placement(aurora.id, household.minorId)), 409, 'PARENT_NOT_IN_FAMILY');
    await expectRefused(t, place(placement(aurora.id, stranger.parentId)), 409, 'PARENT_NOT_IN_FAMILY');
    await expectRefused(t, place(placement('00000000-0000-4000-8000-0000000000aa', household.parentId)), 404, 'FACILITY_NOT_FOUND');
    await expectRefused(t, place(placement(aurora.id)), 400, 'WITH_PARENT_REQUIRED');
    await expectRefused(t, place(placement(faro.id, household.parentId)), 409, 'PLACE_KIND_MISMATCH');
    await expectRefused(t, place(placement(aurora.id, undefined, 'community')), 409, 'PLACE_KIND_MISMATCH');
    const { placedWith: _none, ...unnamed } = placement(faro.id, undefined, 'community');
    await expectRefused(t, place(unnamed), 400, 'PLACED_WITH_REQUIRED');
    await expectRefused(t, place({ ...unnamed, placedWith: { facilityId: 'not-a-uuid' } }), 400, 'VALIDATION_FAILED');
  });

  it('registers foster carers as adults of a household, places a child with them by decree, and frees the place when it ends', async () => {
    const carers = await carla.household();
    const registered = await carla
      .post('/foster-carers', {
        familyId: carers.familyId,
        carerIds: [carers.parentId, carers.uncleId],
        availability: { accepts: ['residential'], places: 1 },
        assessedOn: '2026-06-10',
      })
      .expect(201);
    const fosterCarerId = registered.body.id as string;
    const foster = (body: object) => () => carla.post('/foster-carers', body);
    const base = { familyId: carers.familyId, availability: { accepts: ['residential'], places: 1 }, assessedOn: '2026-06-10' };
    await expectRefused(t, foster({ ...base, carerIds: [carers.minorId] }), 409, 'CARER_IS_A_MINOR');
    await expectRefused(t, foster({ ...base, carerIds: [(await carla.household()).parentId] }), 409, 'CARER_NOT_IN_FAMILY');
    await expectRefused(
      t,
      foster({ ...base, familyId: '00000000-0000-4000-8000-0000000000ab', carerIds: [carers.parentId] }),
      404,
      'FAMILY_NOT_FOUND',
    );

    const household = await carla.household();
    const c = `/cases/${await carla.open(household)}`;
    const measure = (
      await carla
        .post(`${c}/protection-measures`, {
          kind: 'foster-care',
          legalBasis: 'art-333-cc',
          placeKind: 'foster-family',
          reason: 'Mother unwell.',
        })
        .expect(201)
    ).body.id as string;
    const decree = { authority: 'tribunale-per-i-minorenni', decreeNumber: '45/2026', decreeDate: '2026-11-05', legalBasis: 'art-333-cc' };
    await expectRefused(t, () => carla.post(`${c}/protection-measures/${measure}/order`, decree), 400, 'PLACED_WITH_REQUIRED');
    // an emergency placement needs carers who take emergencies: these take residential affido only
    await expectRefused(
      t,
      () => carla.post(`${c}/emergency-placements`, { ...placement('', undefined, 'foster-family'), placedWith: { fosterCarerId } }),
      409,
      'AFFIDO_KIND_NOT_ACCEPTED',
    );
    const ordered = await carla.post(`${c}/protection-measures/${measure}/order`, { ...decree, placedWith: { fosterCarerId } }).expect(200);

    const read = await alice.get(`/foster-carers/${fosterCarerId}?consistentWith=${ordered.body.position}`).expect(200);
    expect(read.body).toMatchObject({
      familyId: carers.familyId,
      carers: [
        { memberId: carers.parentId, name: 'Maria Esposito' },
        { memberId: carers.uncleId, name: 'Paolo Esposito' },
      ],
      availability: { accepts: ['residential'], places: 1 },
      occupancy: { capacity: 1, occupied: 1, free: 0 },
    });
    const list = await alice.get(`/foster-carers?accepts=residential&consistentWith=${ordered.body.position}`).expect(200);
    expect(list.body.items.find((f: { id: string }) => f.id === fosterCarerId)).toMatchObject({ names: 'Maria Esposito, Paolo Esposito' });

    const ended = await carla
      .post(`${c}/protection-measures/${measure}/end`, {
        endedOn: '2026-11-20',
        reason: 'Return home.',
        decree: { authority: 'tribunale-per-i-minorenni', decreeNumber: '9/2026', decreeDate: '2026-11-20' },
      })
      .expect(200);
    const after = await alice.get(`/foster-carers/${fosterCarerId}?consistentWith=${ended.body.position}`).expect(200);
    expect(after.body.occupancy).toEqual({ capacity: 1, occupied: 0, free: 1 });
  });

  it('records a placement into a full facility with a warning, and refuses a closed one', async () => {
    const small = await registerFacility(t, facilityBody('pronta-accoglienza', 1, 'Pronta accoglienza Il Ponte'));
    const first = await carla
      .post(`/cases/${await carla.open(await carla.household())}/emergency-placements`, placement(small.id, undefined, 'community'))
      .expect(201);
    await alice.get(`/facilities/${small.id}?consistentWith=${first.body.position}`).expect(200);
    const second = await carla
      .post(`/cases/${await carla.open(await carla.household())}/emergency-placements`, placement(small.id, undefined, 'community'))
      .expect(201);
    expect(second.body.warnings).toEqual([{ code: 'FACILITY_AT_CAPACITY', detail: expect.stringContaining('1 of 1') }]);
    const full = await alice.get(`/facilities/${small.id}?consistentWith=${second.body.position}`).expect(200);
    expect(full.body.occupancy).toEqual({ capacity: 1, occupied: 2, free: -1 });

    await carla
      .post(`/facilities/${small.id}/closure`, { closedOn: '2026-11-20', reason: 'The cooperative ended the service.' })
      .expect(200);
    const c = `/cases/${await carla.open(await carla.household())}/emergency-placements`;
    await expectRefused(t, () => carla.post(c, placement(small.id, undefined, 'community')), 409, 'FACILITY_CLOSED');
  });

  it('keeps the registries to coordinators and refuses bad input with 400, appending nothing', async () => {
    await expectRefused(t, () => alice.post('/facilities', facilityBody()), 403, 'FORBIDDEN_ROLE');
    const bad = [
      { ...facilityBody(), capacity: 0 },
      { ...facilityBody(), capacity: -2 },
      { ...facilityBody(), capacity: 1.5 },
      { ...facilityBody(), capacity: '2' },
      { ...facilityBody(), name: 'x'.repeat(201) },
      { ...facilityBody(), kind: 'castle' },
      { ...facilityBody(), beds: 4 },
      { ...facilityBody(), authorisation: { region: 'Lombardia', actNumber: '1', actDate: '2024-02-30' } },
      { ...facilityBody(), municipality: { istatCode: '15146', name: 'Milano' } },
    ];
    for (const body of bad) await expectRefused(t, () => carla.post('/facilities', body), 400, 'VALIDATION_FAILED');
    const before = await countEvents(t);
    const foster = {
      familyId: '00000000-0000-4000-8000-0000000000ab',
      carerIds: ['00000000-0000-4000-8000-0000000000ac'],
      assessedOn: '2026-06-10',
    };
    for (const availability of [
      { accepts: [], places: 1 },
      { accepts: ['residential'], places: 0 },
      { accepts: ['weekends'], places: 1 },
      { accepts: ['residential', 'residential'], places: 1 },
    ]) {
      await expectRefused(t, () => carla.post('/foster-carers', { ...foster, availability }), 400, 'VALIDATION_FAILED');
    }
    expect(await countEvents(t)).toBe(before);
  });
});
