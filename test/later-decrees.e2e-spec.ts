import { TestApp, createTestApp } from './support/test-app';
import { caseClient, dateDaysAgo, expectRefused, instantDaysAgo, registerFosterCarer, today } from './support/case-requests';

/** A court order changes over time: proroga, modification, the end by decree; a mandate modified and ended. */
describe('later decrees over HTTP (e2e)', () => {
  let t: TestApp;
  let api: ReturnType<typeof caseClient>;
  beforeAll(async () => {
    t = await createTestApp();
    api = caseClient(t, `Bearer ${await t.token('social-worker', 'alice')}`);
  });
  afterAll(async () => t.close());

  const tm = { authority: 'tribunale-per-i-minorenni', decreeNumber: '12/2026' };
  type Row = { kind: string; dueAt: string; status: string; metByEventType?: string | null };
  const deadlinesOf = async (caseId: string, position: string, kindPrefix: string): Promise<Row[]> => {
    const query = `/deadlines?caseId=${caseId}&includeNotYetShown=true&limit=200&consistentWith=${position}`;
    const rows: Row[] = (await api.get(query).expect(200)).body.items;
    return rows.filter((r) => r.kind.startsWith(kindPrefix)).sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  };

  /** An affido ordered by the TM 300 days ago that ends in `endsIn` days. */
  const affido = async (endsIn: number) => {
    const h = await api.household();
    const caseId = await api.open(h, { occurredAt: instantDaysAgo(400) });
    const c = `/cases/${caseId}`;
    const proposal = { kind: 'foster-care', legalBasis: 'l184-art4-judicial-affido', reason: 'x', occurredAt: instantDaysAgo(310) };
    const measure = (await api.post(`${c}/protection-measures`, proposal).expect(201)).body.id;
    await api
      .post(`${c}/protection-measures/${measure}/order`, {
        ...tm,
        decreeDate: dateDaysAgo(300),
        legalBasis: 'l184-art4-judicial-affido',
        startsOn: dateDaysAgo(300),
        endsOn: dateDaysAgo(-endsIn),
        placedWith: { fosterCarerId: await registerFosterCarer(t) },
      })
      .expect(200);
    return { caseId, c, measure, m: `${c}/protection-measures/${measure}` };
  };

  it('an affido extended by the TM moves its end and reports; the wrong authority or end is refused and changes nothing', async () => {
    const { caseId, c, m } = await affido(30);
    const extension = { ...tm, decreeNumber: '40/2026', decreeDate: today(), endsOn: dateDaysAgo(-395), reason: 'pregiudizio' };
    await expectRefused(t, () => api.post(`${m}/extensions`, { ...extension, authority: 'giudice-tutelare' }), 400, 'EXTENSION_NOT_BY_TM');
    await expectRefused(t, () => api.post(`${m}/extensions`, { ...extension, endsOn: dateDaysAgo(-10) }), 400, 'EXTENSION_NOT_LATER');
    await expectRefused(
      t,
      () => api.post(`${m}/modifications`, { ...tm, decreeDate: today(), prescriptions: 'x', endsOn: dateDaysAgo(-60) }),
      400,
      'LATER_END_IS_EXTENSION',
    );
    const extended = await api.post(`${m}/extensions`, { ...extension, reportEveryMonths: 4 }).expect(200);

    const ends = await deadlinesOf(caseId, extended.body.position, 'affido-end');
    expect(ends.map((r) => [r.dueAt.slice(0, 10), r.status, r.metByEventType])).toEqual([
      [dateDaysAgo(-30), 'met', 'ProtectionMeasureExtended'],
      [dateDaysAgo(-395), 'open', null],
    ]);
    const reports = await deadlinesOf(caseId, extended.body.position, 'affido-report');
    expect(reports.filter((r) => r.status === 'open').length).toBeGreaterThanOrEqual(3);
    const measure = (await api.get(c).expect(200)).body.protectionMeasures[0];
    expect(measure).toMatchObject({ status: 'ordered', endsOn: dateDaysAgo(-395), reportEveryMonths: 4 });
  });

  it('an affido whose term ran out is not extended; it ends at its term without a decree', async () => {
    const { m } = await affido(-5);
    const extension = { ...tm, decreeDate: today(), endsOn: dateDaysAgo(-300), reason: 'pregiudizio' };
    await expectRefused(t, () => api.post(`${m}/extensions`, extension), 409, 'MEASURE_TERM_EXPIRED');
    await api.post(`${m}/end`, { endedOn: dateDaysAgo(5), reason: 'termine' }).expect(200);
  });

  it('ends before its term only by a decree, which the case then shows', async () => {
    const { c, m } = await affido(200);
    await expectRefused(t, () => api.post(`${m}/end`, { endedOn: today(), reason: 'rientro' }), 400, 'DECREE_REQUIRED');
    const decree = { ...tm, decreeNumber: '51/2026', decreeDate: today() };
    await api.post(`${m}/end`, { endedOn: today(), reason: 'rientro', decree }).expect(200);
    expect((await api.get(c).expect(200)).body.protectionMeasures[0]).toMatchObject({ status: 'ended', endDecree: decree });
  });

  it("a mandate's standing interval, its modification and its end drive the report deadlines", async () => {
    const h = await api.household();
    const proceeding = `${Math.floor(Math.random() * 9000) + 100}/2026 R.G.`;
    const opened = await api
      .post('/cases', {
        familyId: h.familyId,
        minorId: h.minorId,
        intake: {
          kind: 'judicial',
          authority: tm.authority,
          proceedingNumber: proceeding,
          decreeDate: dateDaysAgo(100),
          mandates: ['investigation-and-assessment'],
          reportDeadlines: [],
          reportEveryMonths: 3,
        },
        occurredAt: instantDaysAgo(95),
      })
      .expect(201);
    const caseId: string = opened.body.id;
    const c = `/cases/${caseId}`;
    const periodic = await deadlinesOf(caseId, opened.body.position, 'mandate-report');
    expect(periodic.length).toBeGreaterThan(4);

    const later = { ...tm, decreeNumber: '70/2026', decreeDate: today(), prescriptions: 'sostegno e vigilanza' };
    await expectRefused(
      t,
      () => api.post(`${c}/judicial-mandates/modifications`, { ...later, proceedingNumber: '1/1999' }),
      404,
      'MANDATE_NOT_FOUND',
    );
    const due = dateDaysAgo(-45);
    const modified = await api
      .post(`${c}/judicial-mandates/modifications`, {
        ...later,
        proceedingNumber: proceeding,
        mandates: ['support-and-control'],
        reportDeadlines: [due],
      })
      .expect(200);
    const open = (await deadlinesOf(caseId, modified.body.position, 'mandate-report')).filter((r) => r.status === 'open');
    expect(open.map((r) => r.dueAt.slice(0, 10))).toEqual([due]);

    const ending = { ...tm, decreeNumber: '80/2026', decreeDate: today(), proceedingNumber: proceeding, endedOn: today() };
    const ended = await api.post(`${c}/judicial-mandates/end`, ending).expect(200);
    expect((await deadlinesOf(caseId, ended.body.position, 'mandate-report')).filter((r) => r.status === 'open')).toEqual([]);
    await expectRefused(t, () => api.post(`${c}/judicial-mandates/end`, ending), 409, 'MANDATE_ALREADY_ENDED');
    expect((await api.get(c).expect(200)).body.judicialMandates[0]).toMatchObject({ mandates: ['support-and-control'], endedOn: today() });
  });
});
