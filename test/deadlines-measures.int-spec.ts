import { randomUUID } from 'node:crypto';
import { Intake } from '../src/cases/case.events';
import { DeadlinesHarness, aCase, at, brief, startDeadlines } from './deadlines.given';

describe('deadlines: affido, judicial mandates, support plan reviews', () => {
  let h: DeadlinesHarness;
  beforeAll(async () => {
    h = await startDeadlines();
  });
  afterAll(async () => h.close());

  const ofKind = async (caseId: string, now: string, prefix: string) =>
    (await h.rows(caseId, new Date(now))).filter((r) => r.kind.startsWith(prefix));

  describe('affido (L. 184/1983 art. 4)', () => {
    it('ends 24 months from the start with a warning 90 days ahead, and reports every 6 months by default', async () => {
      const c = aCase();
      const measure = randomUUID();
      await h.given(
        at('2026-03-01T09:00:00+01:00', c.opened()),
        at('2026-03-10T09:00:00+01:00', c.affido(measure, { startsOn: '2026-03-15' })),
      );
      const rows = await ofKind(c.caseId, '2028-01-01T09:00:00+01:00', 'affido');
      expect(rows.map((r) => [r.kind, r.dueAt])).toEqual([
        ['affido-report', '2026-09-15T23:59:59+02:00'],
        ['affido-report', '2027-03-15T23:59:59+01:00'],
        ['affido-report', '2027-09-15T23:59:59+02:00'],
        ['affido-end', '2028-03-15T23:59:59+01:00'],
        ['affido-report', '2028-03-15T23:59:59+01:00'],
      ]);
      expect(rows[3]).toMatchObject({ measureId: measure, status: 'open', warning: true, warnFrom: '2027-12-16T23:59:59+01:00' });
      expect((await ofKind(c.caseId, '2027-12-01T09:00:00+01:00', 'affido-end'))[0].warning).toBe(false);
    });

    it('counts from the decree date without a start, at the interval the decree sets', async () => {
      const c = aCase();
      await h.given(
        at('2026-01-20T09:00:00+01:00', c.opened()),
        at('2026-01-31T09:00:00+01:00', c.affido(randomUUID(), { decreeDate: '2026-01-31', reportEveryMonths: 9 })),
      );
      expect((await ofKind(c.caseId, '2026-02-01T09:00:00+01:00', 'affido')).map((r) => [r.kind, r.dueAt.slice(0, 10)])).toEqual([
        ['affido-report', '2026-10-31'],
        ['affido-report', '2027-07-31'],
        ['affido-end', '2028-01-31'],
      ]);
    });

    it('a report to the judge meets the earliest report whose window opened; one too early meets nothing; a late one shows lapsed', async () => {
      const c = aCase();
      await h.given(
        at('2026-03-01T09:00:00+01:00', c.opened()),
        at('2026-03-10T09:00:00+01:00', c.affido(randomUUID(), { startsOn: '2026-03-15' })),
        at('2026-09-10T09:00:00+02:00', c.report()),
        at('2026-09-12T09:00:00+02:00', c.report()), // the second window opens at the end of 15 September: too early
        at('2027-03-01T09:00:00+01:00', c.report({ authority: 'giudice-tutelare' })), // another judge
        at('2027-04-01T09:00:00+02:00', c.report()),
      );
      expect(brief(await ofKind(c.caseId, '2027-04-02T09:00:00+02:00', 'affido-report')).slice(0, 3)).toEqual([
        { kind: 'affido-report', dueAt: '2026-09-15T23:59:59+02:00', status: 'met', metBy: 'CourtReportSubmitted' },
        { kind: 'affido-report', dueAt: '2027-03-15T23:59:59+01:00', status: 'lapsed', metBy: 'CourtReportSubmitted' },
        { kind: 'affido-report', dueAt: '2027-09-15T23:59:59+02:00', status: 'open', metBy: null },
      ]);
    });

    it('the end of the measure meets the 24 months and cancels the reports still ahead; a missed one stays lapsed', async () => {
      const c = aCase();
      const measure = randomUUID();
      await h.given(
        at('2026-03-01T09:00:00+01:00', c.opened()),
        at('2026-03-10T09:00:00+01:00', c.affido(measure, { startsOn: '2026-03-15' })),
        at('2026-12-01T09:00:00+01:00', c.measureEnded(measure, '2026-12-01')),
      );
      expect(brief(await ofKind(c.caseId, '2026-12-02T09:00:00+01:00', 'affido')).map((r) => [r.kind, r.status, r.metBy])).toEqual([
        ['affido-report', 'lapsed', null],
        ['affido-report', 'cancelled', null],
        ['affido-report', 'cancelled', null],
        ['affido-end', 'met', 'ProtectionMeasureEnded'],
        ['affido-report', 'cancelled', null],
      ]);
    });
  });

  describe('judicial mandates (art. 473-bis.27 c.p.c.)', () => {
    const judicial: Intake = {
      kind: 'judicial',
      authority: 'tribunale-per-i-minorenni',
      proceedingNumber: '123/2026 R.G.',
      decreeDate: '2026-11-02',
      mandates: ['investigation-and-assessment'],
      reportDeadlines: ['2027-02-01', '2027-06-01'],
    };

    it('each report deadline the judge set is due by the end of that Rome day', async () => {
      const c = aCase();
      await h.given(at('2026-11-05T09:00:00+01:00', c.opened('2014-03-15', judicial)));
      expect(
        (await ofKind(c.caseId, '2026-11-06T09:00:00+01:00', 'mandate')).map((r) => [r.dueAt, r.status, r.authority, r.proceedingNumber]),
      ).toEqual([
        ['2027-02-01T23:59:59+01:00', 'open', 'tribunale-per-i-minorenni', '123/2026 R.G.'],
        ['2027-06-01T23:59:59+02:00', 'open', 'tribunale-per-i-minorenni', '123/2026 R.G.'],
      ]);
    });

    it('a report meets the earliest unmet deadline of the proceeding it names, however the R.G. number is written', async () => {
      const c = aCase();
      await h.given(
        at('2026-11-05T09:00:00+01:00', c.opened('2014-03-15', judicial)),
        at('2026-12-01T09:00:00+01:00', c.mandate('77/2026', ['2027-01-15'])),
        at('2027-01-10T09:00:00+01:00', c.report({ proceedingNumber: 'RG 123/2026' })),
        at('2027-01-12T09:00:00+01:00', c.report({ proceedingNumber: '999/2026' })), // a proceeding with no deadline here
      );
      expect(
        (await ofKind(c.caseId, '2027-01-20T09:00:00+01:00', 'mandate')).map((r) => [r.dueAt.slice(0, 10), r.proceedingNumber, r.status]),
      ).toEqual([
        ['2027-01-15', '77/2026', 'lapsed'],
        ['2027-02-01', '123/2026 R.G.', 'met'],
        ['2027-06-01', '123/2026 R.G.', 'open'],
      ]);
    });

    it('a report naming no proceeding meets the earliest unmet deadline of the same authority', async () => {
      const c = aCase();
      await h.given(
        at('2026-11-05T09:00:00+01:00', c.opened('2014-03-15', judicial)),
        at('2026-12-01T09:00:00+01:00', c.mandate('5/2026', ['2027-01-15'], 'giudice-tutelare')),
        at('2027-01-10T09:00:00+01:00', c.report()),
      );
      expect((await ofKind(c.caseId, '2027-01-11T09:00:00+01:00', 'mandate')).map((r) => [r.authority, r.status])).toEqual([
        ['giudice-tutelare', 'open'],
        ['tribunale-per-i-minorenni', 'met'],
        ['tribunale-per-i-minorenni', 'open'],
      ]);
    });
  });

  describe('support plan reviews', () => {
    it('a review meets the review date and opens the next; a late review still shows the lapse; closing the plan cancels the next', async () => {
      const c = aCase();
      const plan = randomUUID();
      await h.given(
        at('2026-11-01T09:00:00+01:00', c.opened()),
        at('2026-11-02T09:00:00+01:00', c.planDrafted(plan, '2027-01-31')),
        at('2027-01-30T09:00:00+01:00', c.planReviewed(plan, '2027-01-30', '2027-04-30')),
        at('2027-05-03T09:00:00+02:00', c.planReviewed(plan, '2027-05-03', '2027-08-31')),
        at('2027-06-01T09:00:00+02:00', c.planClosed(plan)),
      );
      const rows = await ofKind(c.caseId, '2027-06-02T09:00:00+02:00', 'plan-review');
      expect(brief(rows)).toEqual([
        { kind: 'plan-review', dueAt: '2027-01-31T23:59:59+01:00', status: 'met', metBy: 'SupportPlanReviewed' },
        { kind: 'plan-review', dueAt: '2027-04-30T23:59:59+02:00', status: 'lapsed', metBy: 'SupportPlanReviewed' },
        { kind: 'plan-review', dueAt: '2027-08-31T23:59:59+02:00', status: 'cancelled', metBy: null },
      ]);
      expect(rows[2]).toMatchObject({ planId: plan, cancelledByEventType: 'SupportPlanClosed', cancelledAt: '2027-06-01T09:00:00+02:00' });
    });
  });
});
