import { caseClient, dateDaysAgo, expectRefused, instantDaysAgo, today } from './support/case-requests';
import { TestApp, createTestApp } from './support/test-app';

const school = {
  kind: 'school',
  name: 'IC Manzoni',
  municipality: '015146',
  contact: { name: 'prof.ssa Anna Bianchi', role: 'referente benessere', email: 'anna.bianchi@icmanzoni.edu.it' },
};
const participants = { parents: 42, minors: 0, teachers: 11, operators: 3, citizens: 6 };
const teacher = { name: 'prof. Marco Neri', contact: '+39 02 7654321' };

/** Issue 14: the community network before a case, and the case that cites it. */
describe('the community network (e2e)', () => {
  let t: TestApp;
  let carla: ReturnType<typeof caseClient>;
  let alice: ReturnType<typeof caseClient>;
  /** The position of the last command, for reads of the community read model. */
  let last = '';
  beforeAll(async () => {
    t = await createTestApp();
    carla = caseClient(t, `Bearer ${await t.token('coordinator', 'carla')}`);
    alice = caseClient(t, `Bearer ${await t.token('social-worker', 'alice')}`);
  });
  afterAll(async () => t.close());

  const registerSchool = async (body: object = school) => (await alice.post('/partners', body).expect(201)).body.id as string;

  it("follows a school from its awareness evening to the teacher's report and the case opened from it", async () => {
    const schoolId = await registerSchool();
    const initiative = await alice
      .post('/initiatives', {
        title: 'Stare bene a scuola',
        kind: 'awareness',
        municipalities: ['015146'],
        partnerIds: [schoolId],
        scheduledAt: instantDaysAgo(10),
        place: 'Aula magna, IC Manzoni',
      })
      .expect(201);
    const initiativeId = initiative.body.id as string;
    await alice.post(`/initiatives/${initiativeId}/holding`, { participants, occurredAt: instantDaysAgo(9.9) }).expect(200);

    // A week later a teacher tells the service about a pupil.
    const concern = {
      reporter: teacher,
      minor: { givenName: 'Giulia', ageBand: '11-13', school: 'IC Manzoni' },
      concern: 'Bruises on her arms, twice this month.',
      seriousHarm: false,
      occurredAt: instantDaysAgo(3),
    };
    const unknownPartner = { kind: 'partner', partnerId: '00000000-0000-4000-8000-000000000000' };
    await expectRefused(t, () => alice.post('/community/reports', { ...concern, source: unknownPartner }), 404, 'PARTNER_NOT_FOUND');
    const report = await alice.post('/community/reports', { ...concern, source: { kind: 'partner', partnerId: schoolId } }).expect(201);
    const reportId = report.body.id as string;

    const inbox = await carla.get(`/community/reports?consistentWith=${report.body.position}`).expect(200);
    const item = inbox.body.items.find((r: { id: string }) => r.id === reportId);
    expect(item).toMatchObject({ sourceKind: 'partner', partnerId: schoolId, status: 'awaiting-screening', seriousHarm: false });
    expect(JSON.stringify(inbox.body)).not.toContain(teacher.name);
    expect((await alice.get(`/community/reports/${reportId}`).expect(200)).body).toMatchObject({ reporterRedacted: true });
    expect((await alice.get(`/community/reports/${reportId}`)).body.reporter).toBeUndefined();
    expect((await carla.get(`/community/reports/${reportId}`).expect(200)).body).toMatchObject({
      reporter: teacher,
      reporterRedacted: false,
    });

    // The coordinator screens it: a case is opened whose intake cites the school and the report.
    const household = await carla.household();
    const intake = {
      kind: 'semi-spontaneous',
      referrer: { kind: 'community-partner', organisation: 'IC Manzoni', contactPerson: teacher.name },
      reason: 'Bruises reported by a teacher.',
      partnerId: schoolId,
      reportId,
    };
    const opened = await carla.post('/cases', { familyId: household.familyId, minorId: household.minorId, intake }).expect(201);
    const caseId = opened.body.id as string;
    const screened = await carla.post(`/community/reports/${reportId}/screening`, { outcome: 'case-opened', caseId }).expect(200);
    expect((await carla.get(`/cases/${caseId}`).expect(200)).body.intake).toMatchObject({ partnerId: schoolId, reportId });

    // The case's team may now know who reported.
    await carla.post(`/cases/${caseId}/team-members`, { workerId: 'alice', name: 'Alice Rossi', role: 'social-worker' }).expect(200);
    expect((await alice.get(`/community/reports/${reportId}`).expect(200)).body).toMatchObject({
      reporter: teacher,
      screening: { outcome: 'case-opened', caseId },
    });

    const done = await carla.get(`/community/reports?status=screened&consistentWith=${screened.body.position}`).expect(200);
    expect(done.body.items.find((r: { id: string }) => r.id === reportId)).toMatchObject({
      outcome: 'case-opened',
      caseId,
      overdue: false,
    });
    const partners = await alice.get(`/partners?municipality=015146&kind=school&consistentWith=${screened.body.position}`).expect(200);
    expect(partners.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: schoolId, name: 'IC Manzoni', active: true })]),
    );
    const past = await alice.get(`/initiatives?when=past&municipality=015146&consistentWith=${screened.body.position}`).expect(200);
    expect(past.body.items.find((i: { id: string }) => i.id === initiativeId)).toMatchObject({ status: 'held', participants });
    expect((await alice.get(`/partners/${schoolId}`).expect(200)).body).toMatchObject({ ...school, active: true, revision: 0 });
  });

  it('keeps the screening deadline at 24 hours on serious harm', async () => {
    const receivedAt = instantDaysAgo(2);
    const received = await alice
      .post('/community/reports', {
        source: { kind: 'citizen' },
        reporter: { name: 'A neighbour' },
        minor: {},
        concern: 'Shouting every night.',
        seriousHarm: true,
        occurredAt: receivedAt,
      })
      .expect(201);
    last = received.body.position;
    const read = await carla.get(`/community/reports/${received.body.id}`).expect(200);
    expect(read.body.screeningDueAt).toBe(new Date(Date.parse(receivedAt) + 24 * 3_600_000).toISOString());
  });

  it('counts the period: initiatives held with their participants, reports by source and outcome', async () => {
    const read = await carla
      .get(`/community/statistics?from=${dateDaysAgo(30)}&to=${today()}&municipality=015146&consistentWith=${last}`)
      .expect(200);
    expect(read.body).toMatchObject({ municipality: '015146', initiativesHeld: 1, participants });
    expect(read.body.reportsBySource).toEqual(
      expect.arrayContaining([
        { key: 'partner', count: 1 },
        { key: 'citizen', count: 1 },
      ]),
    );
    expect(read.body.reportsByOutcome).toEqual(
      expect.arrayContaining([
        { key: 'case-opened', count: 1 },
        { key: 'awaiting-screening', count: 1 },
      ]),
    );
    await expectRefused(t, () => carla.get(`/community/statistics?from=${today()}&to=${dateDaysAgo(3)}`), 400, 'INVALID_PERIOD');
    await expectRefused(t, () => alice.get(`/community/statistics?from=${dateDaysAgo(3)}&to=${today()}`), 403, 'FORBIDDEN_ROLE');
  });

  it('shows each report screening deadline in /deadlines to coordinators: open, met when screened, lapsed when overdue', async () => {
    const report = (seriousHarm: boolean, daysAgo: number) => ({
      source: { kind: 'citizen' },
      reporter: { name: 'Una vicina' },
      minor: { ageBand: '3-5' },
      concern: 'A toddler left alone on the balcony.',
      seriousHarm,
      occurredAt: instantDaysAgo(daysAgo),
    });
    const fresh = (await alice.post('/community/reports', report(false, 0.01)).expect(201)).body;
    const urgentLate = (await alice.post('/community/reports', report(true, 1.5)).expect(201)).body;
    const old = (await alice.post('/community/reports', report(false, 20)).expect(201)).body;
    const screened = await carla
      .post(`/community/reports/${fresh.id}/screening`, { outcome: 'advice', advice: 'Call the family doctor.' })
      .expect(200);
    const deadlinesOf = async (client: typeof carla, extra = '') =>
      (await client.get(`/deadlines?kind=report-screening${extra}&limit=200&consistentWith=${screened.body.position}`).expect(200)).body
        .items as Array<Record<string, unknown>>;
    const seen = await deadlinesOf(carla, '&status=met');
    expect(seen.find((d) => d.reportId === fresh.id)).toMatchObject({
      id: `report-screening:${fresh.id}`,
      caseId: null,
      status: 'met',
      metByEventType: 'ReportScreened',
    });
    const lapsed = await deadlinesOf(carla, '&status=lapsed');
    const urgent = lapsed.find((d) => d.reportId === urgentLate.id)!;
    expect(urgent).toMatchObject({ status: 'lapsed', metAt: null });
    const urgentDueAt = (await carla.get(`/community/reports/${urgentLate.id}`).expect(200)).body.screeningDueAt;
    expect(Date.parse(urgent.dueAt as string)).toBe(Math.floor(Date.parse(urgentDueAt) / 1000) * 1000); // /deadlines shows seconds
    expect(lapsed.find((d) => d.reportId === old.id)).toMatchObject({ status: 'lapsed' });

    // An unscreened report still inside its working days is open.
    const waiting = (await alice.post('/community/reports', report(false, 0)).expect(201)).body;
    const open = await carla.get(`/deadlines?kind=report-screening&status=open&consistentWith=${waiting.position}`).expect(200);
    expect(open.body.items.map((d: { reportId: string }) => d.reportId)).toContain(waiting.id);

    // Need to know: the team members and the court liaison see case deadlines only.
    const liaison = caseClient(t, `Bearer ${await t.token('court-liaison', 'luca')}`);
    expect(await deadlinesOf(alice)).toEqual([]);
    expect(await deadlinesOf(liaison)).toEqual([]);
  });

  it('refuses a screening that names a case not opened from the report, appending nothing', async () => {
    const received = await alice
      .post('/community/reports', { source: { kind: 'citizen' }, reporter: teacher, minor: {}, concern: 'x', seriousHarm: false })
      .expect(201);
    const household = await carla.household();
    const referrer = { kind: 'other', organisation: 'Condominio', contactPerson: 'A neighbour' };
    const intake = { kind: 'semi-spontaneous', referrer, reason: 'Worry of a neighbour.' };
    const unrelated = (await carla.post('/cases', { familyId: household.familyId, minorId: household.minorId, intake }).expect(201)).body;
    await expectRefused(
      t,
      () => carla.post(`/community/reports/${received.body.id}/screening`, { outcome: 'case-opened', caseId: unrelated.id }),
      409,
      'CASE_NOT_FROM_REPORT',
    );
    await expectRefused(
      t,
      () =>
        carla.post(`/community/reports/${received.body.id}/screening`, {
          outcome: 'case-opened',
          caseId: '0f8fad5b-d9cb-469f-a165-70867728950e',
        }),
      404,
      'CASE_NOT_FOUND',
    );
    expect((await carla.get(`/community/reports/${received.body.id}`).expect(200)).body.screening).toBeUndefined();
  });

  it('pages the partners list, the initiatives calendar and the report inbox with a cursor, as GET /cases does', async () => {
    const municipality = '001272';
    for (const name of ['Oratorio San Luca', 'ASD Aurora', 'Scuola Collodi', 'Gruppo genitori Borgo'])
      await registerSchool({ ...school, name, municipality });
    const plan = { kind: 'awareness', municipalities: [municipality], partnerIds: [], place: 'Biblioteca' };
    for (const [title, daysAgo] of [
      ['Diritti dei bambini', 3],
      ['Rete educativa', 2],
      ['Serata genitori', 1],
    ] as const)
      await alice.post('/initiatives', { ...plan, title, scheduledAt: instantDaysAgo(daysAgo) }).expect(201);
    const lastWrite = await alice
      .post('/community/reports', { source: { kind: 'citizen' }, reporter: teacher, minor: {}, concern: 'x', seriousHarm: false })
      .expect(201);
    type Page = { items: Array<{ id: string; name?: string; scheduledAt?: string }>; next: string | null };
    const walk = async (path: string, limit: number) => {
      const pages: Page[] = [];
      let cursor: string | null = null;
      do {
        const separator = path.includes('?') ? '&' : '?';
        const url: string = `${path}${separator}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}&consistentWith=${lastWrite.body.position}`;
        const page: Page = (await alice.get(url).expect(200)).body;
        pages.push(page);
        cursor = page.next;
      } while (cursor);
      return pages;
    };
    const partnerPages = await walk(`/partners?municipality=${municipality}`, 3);
    expect(partnerPages.map((p) => p.items.length)).toEqual([3, 1]);
    expect(partnerPages[1].next).toBeNull();
    expect(partnerPages.flatMap((p) => p.items.map((i) => i.name))).toEqual([
      'ASD Aurora',
      'Gruppo genitori Borgo',
      'Oratorio San Luca',
      'Scuola Collodi',
    ]);
    const initiativePages = await walk(`/initiatives?when=past&municipality=${municipality}`, 2);
    expect(initiativePages.map((p) => p.items.length)).toEqual([2, 1]);
    const held = initiativePages.flatMap((p) => p.items.map((i) => i.scheduledAt!));
    expect(held).toEqual([...held].sort().reverse()); // past: latest first, across pages
    const inbox = await walk('/community/reports', 1);
    const ids = inbox.flatMap((p) => p.items.map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(lastWrite.body.id);
    expect((await alice.get('/community/reports').expect(200)).body.next).toBeNull(); // fewer than 50: one page

    await expectRefused(t, () => alice.get('/partners?cursor=not-a-cursor'), 400, 'INVALID_CURSOR');
    const forged = Buffer.from(JSON.stringify(['x', 'y'])).toString('base64url');
    await expectRefused(t, () => alice.get(`/community/reports?cursor=${forged}`), 400, 'INVALID_CURSOR');
    await expectRefused(t, () => alice.get('/initiatives?limit=201'), 400, 'VALIDATION_FAILED');
    await expectRefused(t, () => alice.get('/partners?limit=0'), 400, 'VALIDATION_FAILED');
  });

  describe('refuses bad input with problem+json, appending nothing', () => {
    it('400 on a malformed partner, a source field of another kind, a screening without its field', async () => {
      await expectRefused(t, () => alice.post('/partners', { ...school, municipality: 'Milano' }), 400, 'VALIDATION_FAILED');
      await expectRefused(t, () => alice.post('/partners', { ...school, kind: 'bar' }), 400, 'VALIDATION_FAILED');
      const citizenWithPartner = { kind: 'citizen', partnerId: '0f8fad5b-d9cb-469f-a165-70867728950e' };
      const report = { source: citizenWithPartner, reporter: teacher, minor: {}, concern: 'x', seriousHarm: false };
      await expectRefused(t, () => alice.post('/community/reports', report), 400, 'VALIDATION_FAILED');
      const someReport = (await alice.post('/community/reports', { ...report, source: { kind: 'citizen' } }).expect(201)).body.id;
      await expectRefused(
        t,
        () => carla.post(`/community/reports/${someReport}/screening`, { outcome: 'no-action' }),
        400,
        'VALIDATION_FAILED',
      );
      await expectRefused(
        t,
        () => carla.post(`/community/reports/${someReport}/screening`, { outcome: 'advice', reason: 'x', advice: 'y' }),
        400,
        'VALIDATION_FAILED',
      );
      await expectRefused(
        t,
        () =>
          alice.post('/initiatives', {
            title: 'x',
            kind: 'awareness',
            municipalities: [],
            partnerIds: [],
            scheduledAt: instantDaysAgo(1),
            place: 'x',
          }),
        400,
        'VALIDATION_FAILED',
      );
    });

    it('403 for roles that may not act', async () => {
      const integrator = caseClient(t, `Bearer ${await t.token('integrator', 'i-1', 'feed')}`);
      await expectRefused(t, () => integrator.post('/partners', school), 403, 'FORBIDDEN_ROLE');
      const someReport = (
        await alice
          .post('/community/reports', { source: { kind: 'citizen' }, reporter: teacher, minor: {}, concern: 'x', seriousHarm: false })
          .expect(201)
      ).body.id;
      await expectRefused(
        t,
        () => alice.post(`/community/reports/${someReport}/screening`, { outcome: 'no-action', reason: 'x' }),
        403,
        'FORBIDDEN_ROLE',
      );
    });

    it('404 and 409 when a partner cited is unknown or inactive, by an initiative, a report or a case', async () => {
      const unknown = '0f8fad5b-d9cb-469f-a165-70867728950e';
      const closedClub = await registerSchool({ ...school, kind: 'sports-club', name: 'ASD Ponte' });
      await alice.post(`/partners/${closedClub}/deactivation`, { reason: 'Club closed' }).expect(200);
      const plan = { title: 'x', kind: 'prevention', municipalities: ['015146'], scheduledAt: instantDaysAgo(1), place: 'x' };
      await expectRefused(t, () => alice.post('/initiatives', { ...plan, partnerIds: [unknown] }), 404, 'PARTNER_NOT_FOUND');
      await expectRefused(t, () => alice.post('/initiatives', { ...plan, partnerIds: [closedClub] }), 409, 'PARTNER_INACTIVE');
      const report = { reporter: teacher, minor: {}, concern: 'x', seriousHarm: false };
      await expectRefused(
        t,
        () => alice.post('/community/reports', { ...report, source: { kind: 'partner', partnerId: closedClub } }),
        409,
        'PARTNER_INACTIVE',
      );
      const household = await carla.household();
      const intake = (partnerId: string) => ({
        kind: 'semi-spontaneous',
        referrer: { kind: 'community-partner', organisation: 'ASD Ponte', contactPerson: 'coach' },
        reason: 'x',
        partnerId,
      });
      const open = (partnerId: string) =>
        carla.post('/cases', { familyId: household.familyId, minorId: household.minorId, intake: intake(partnerId) });
      await expectRefused(t, () => open(unknown), 404, 'PARTNER_NOT_FOUND');
      await expectRefused(t, () => open(closedClub), 409, 'PARTNER_INACTIVE');
      await expectRefused(
        t,
        () =>
          carla.post('/cases', {
            familyId: household.familyId,
            minorId: household.minorId,
            intake: { ...intake(closedClub), partnerId: undefined, reportId: unknown },
          }),
        404,
        'REPORT_NOT_FOUND',
      );
      await expectRefused(t, () => alice.post(`/partners/${closedClub}/deactivation`, { reason: 'again' }), 409, 'PARTNER_INACTIVE');
    });

    it('409 on holding a cancelled initiative, and 404 on an unknown one', async () => {
      const planned = await alice
        .post('/initiatives', {
          title: 'Genitori insieme',
          kind: 'parent-group',
          municipalities: ['015146'],
          partnerIds: [],
          scheduledAt: instantDaysAgo(2),
          place: 'Oratorio',
        })
        .expect(201);
      await alice.post(`/initiatives/${planned.body.id}/cancellation`, { reason: 'Strike' }).expect(200);
      await expectRefused(t, () => alice.post(`/initiatives/${planned.body.id}/holding`, { participants }), 409, 'INITIATIVE_CANCELLED');
      await expectRefused(
        t,
        () => alice.post('/initiatives/0f8fad5b-d9cb-469f-a165-70867728950e/holding', { participants }),
        404,
        'INITIATIVE_NOT_FOUND',
      );
      await expectRefused(
        t,
        () => alice.post(`/initiatives/${planned.body.id}/holding`, { participants: { ...participants, parents: -1 } }),
        400,
        'VALIDATION_FAILED',
      );
    });
  });
});
