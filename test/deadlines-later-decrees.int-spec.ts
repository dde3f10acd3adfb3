import { randomUUID } from 'node:crypto';
import { DeadlinesHarness, aCase, at, brief, startDeadlines } from './deadlines.given';

/** Decrees after the order move the deadlines they set: a proroga, a new interval, an end, a mandate changed or ended. */
describe('deadlines after later decrees', () => {
  let h: DeadlinesHarness;
  beforeAll(async () => {
    h = await startDeadlines();
  });
  afterAll(async () => h.close());

  const ofKind = async (caseId: string, now: string, prefix: string) =>
    (await h.rows(caseId, new Date(now))).filter((r) => r.kind.startsWith(prefix));
  const shortly = (rows: Awaited<ReturnType<typeof ofKind>>) => rows.map((r) => [r.kind, r.dueAt.slice(0, 10), r.status]);

  it('a proroga meets the approaching end and opens the new term, with reports from the old term on', async () => {
    const c = aCase();
    const measure = randomUUID();
    await h.given(
      at('2026-03-01T09:00:00+01:00', c.opened()),
      at('2026-03-10T09:00:00+01:00', c.affido(measure, { startsOn: '2026-03-15', endsOn: '2027-03-15' })),
      at(
        '2027-02-20T09:00:00+01:00',
        c.measureExtended(measure, { previousEndsOn: '2027-03-15', endsOn: '2028-03-15', decreeDate: '2027-02-18' }),
      ),
    );
    const rows = await ofKind(c.caseId, '2027-02-21T09:00:00+01:00', 'affido');
    expect(shortly(rows)).toEqual([
      ['affido-report', '2026-09-15', 'lapsed'],
      ['affido-end', '2027-03-15', 'met'],
      ['affido-report', '2027-03-15', 'open'],
      ['affido-report', '2027-09-15', 'open'],
      ['affido-end', '2028-03-15', 'open'],
      ['affido-report', '2028-03-15', 'open'],
    ]);
    expect(brief(rows)[1]).toMatchObject({ metBy: 'ProtectionMeasureExtended' });
  });

  it('a new interval replaces the reports after the decree, and an earlier end replaces the end', async () => {
    const c = aCase();
    const measure = randomUUID();
    await h.given(
      at('2026-03-01T09:00:00+01:00', c.opened()),
      at('2026-03-10T09:00:00+01:00', c.affido(measure, { startsOn: '2026-03-15', endsOn: '2028-03-15' })),
      at(
        '2026-10-01T09:00:00+02:00',
        c.measureModified(measure, {
          decreeDate: '2026-09-30',
          endsOn: '2027-09-30',
          reportEveryMonths: 4,
          inForce: { endsOn: '2027-09-30', reportEveryMonths: 4 },
        }),
      ),
    );
    expect(shortly(await ofKind(c.caseId, '2026-10-02T09:00:00+02:00', 'affido'))).toEqual([
      ['affido-report', '2026-09-15', 'lapsed'],
      ['affido-report', '2027-01-30', 'open'],
      ['affido-report', '2027-03-15', 'cancelled'],
      ['affido-report', '2027-05-30', 'open'],
      ['affido-report', '2027-09-15', 'cancelled'],
      ['affido-end', '2027-09-30', 'open'],
      ['affido-report', '2027-09-30', 'open'],
      ['affido-end', '2028-03-15', 'cancelled'],
      ['affido-report', '2028-03-15', 'cancelled'],
    ]);
  });

  it('a measure other than affido reports at the interval its decree sets, up to the day before 18, and a report meets one', async () => {
    const c = aCase();
    const measure = randomUUID();
    await h.given(
      at('2026-03-01T09:00:00+01:00', c.opened('2010-06-20')),
      at('2026-03-10T09:00:00+01:00', c.limitation(measure, { decreeDate: '2026-03-10', reportEveryMonths: 6 })),
      at('2026-09-12T09:00:00+02:00', c.report()),
    );
    const reports = await ofKind(c.caseId, '2026-09-13T09:00:00+02:00', 'measure-report');
    expect(reports.map((r) => r.dueAt.slice(0, 10))).toEqual(['2026-09-10', '2027-03-10', '2027-09-10', '2028-03-10']);
    expect(shortly(reports.slice(0, 2))).toEqual([
      ['measure-report', '2026-09-10', 'lapsed'],
      ['measure-report', '2027-03-10', 'open'],
    ]);
    await h.given(at('2026-09-20T09:00:00+02:00', c.measureEnded(measure, '2026-09-20')));
    const after = await ofKind(c.caseId, '2026-09-21T09:00:00+02:00', 'measure-report');
    expect(after.filter((r) => r.status === 'open')).toEqual([]);
  });

  it("a mandate's standing interval runs to the horizon; a modification replaces what follows its decree; the end cancels the rest", async () => {
    const c = aCase();
    await h.given(
      at('2026-01-12T09:00:00+01:00', c.opened('2010-02-01')),
      at('2026-01-12T10:00:00+01:00', c.mandate('55/2026 R.G.', ['2026-04-30'], undefined, 3)),
    );
    const before = await ofKind(c.caseId, '2026-01-13T09:00:00+01:00', 'mandate-report');
    expect(shortly(before.slice(0, 3))).toEqual([
      ['mandate-report', '2026-04-10', 'open'],
      ['mandate-report', '2026-04-30', 'open'],
      ['mandate-report', '2026-07-10', 'open'],
    ]);
    expect(before.at(-1)!.dueAt.slice(0, 10)).toBe('2028-01-10');
    // By default the list shows a periodic report from its window's opening, not years of them at once.
    const listed = (await h.query({ caseId: c.caseId }, new Date('2026-01-13T09:00:00+01:00'))).items;
    expect(listed.filter((r) => r.kind === 'mandate-report').map((r) => r.dueAt.slice(0, 10))).toEqual(['2026-04-10', '2026-04-30']);
    await h.given(
      at('2026-05-02T09:00:00+02:00', c.mandateModified('RG 55/2026', { decreeDate: '2026-05-01', reportDeadlines: ['2026-09-30'] })),
    );
    const modified = await ofKind(c.caseId, '2026-05-03T09:00:00+02:00', 'mandate-report');
    expect(modified.filter((r) => r.status === 'open').map((r) => r.dueAt.slice(0, 10))).toEqual(['2026-09-30']);
    await h.given(at('2026-06-02T09:00:00+02:00', c.mandateEnded('55/2026', '2026-06-01')));
    const ended = await ofKind(c.caseId, '2026-06-03T09:00:00+02:00', 'mandate-report');
    expect(ended.filter((r) => r.status === 'open')).toEqual([]);
    expect(
      brief(ended)
        .filter((r) => r.status === 'lapsed')
        .map((r) => r.dueAt.slice(0, 10)),
    ).toEqual(['2026-04-10', '2026-04-30']);
  });
});
