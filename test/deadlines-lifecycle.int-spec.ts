import { randomUUID } from 'node:crypto';
import { Intake } from '../src/cases/case.events';
import { DeadlinesHarness, aCase, at, brief, startDeadlines } from './deadlines.given';

/** The age limits, and what closing and reopening a case do to its deadlines. */
describe('deadlines: age, prosieguo, closure and reopening', () => {
  let h: DeadlinesHarness;
  beforeAll(async () => {
    h = await startDeadlines();
  });
  afterAll(async () => h.close());

  it('the 18th birthday is due by the end of the day before it; the query shows it from 90 days ahead, unless asked earlier', async () => {
    const c = aCase();
    await h.given(at('2026-06-01T09:00:00+02:00', c.opened('2009-01-20')));
    const before = new Date('2026-10-21T23:59:00+02:00');
    expect((await h.query({ caseId: c.caseId }, before)).items).toEqual([]);
    expect((await h.query({ caseId: c.caseId, includeNotYetShown: true }, before)).items.map((r) => r.dueAt)).toEqual([
      '2027-01-19T23:59:59+01:00',
    ]);
    const shown = await h.query({ caseId: c.caseId }, new Date('2026-10-22T00:00:00+02:00'));
    expect(shown.items).toEqual([
      expect.objectContaining({
        kind: 'age-18',
        dueAt: '2027-01-19T23:59:59+01:00',
        status: 'open',
        warning: true,
        warnFrom: '2026-10-22T00:00:00+02:00',
      }),
    ]);
  });

  it('a prosieguo amministrativo meets the 18th birthday and is due at its own end, which the closure meets', async () => {
    const c = aCase();
    await h.given(at('2026-06-01T09:00:00+02:00', c.opened('2009-01-20')), at('2026-12-20T09:00:00+01:00', c.prosieguo('2028-06-30')));
    expect(brief(await h.rows(c.caseId, new Date('2027-02-01T09:00:00+01:00')))).toEqual([
      { kind: 'age-18', dueAt: '2027-01-19T23:59:59+01:00', status: 'met', metBy: 'ProsieguoAmministrativoGranted' },
      { kind: 'prosieguo-end', dueAt: '2028-06-30T23:59:59+02:00', status: 'open', metBy: null },
    ]);
    await h.given(at('2028-06-15T09:00:00+02:00', c.closed()));
    expect(brief(await h.rows(c.caseId, new Date('2028-07-01T09:00:00+02:00')))[1]).toEqual({
      kind: 'prosieguo-end',
      dueAt: '2028-06-30T23:59:59+02:00',
      status: 'met',
      metBy: 'CaseClosed',
    });
  });

  it('a case closed only after the 18th birthday shows the age limit lapsed', async () => {
    const c = aCase();
    await h.given(at('2026-06-01T09:00:00+02:00', c.opened('2009-01-20')), at('2027-02-10T09:00:00+01:00', c.closed()));
    expect(brief(await h.rows(c.caseId, new Date('2027-03-01T09:00:00+01:00')))).toEqual([
      { kind: 'age-18', dueAt: '2027-01-19T23:59:59+01:00', status: 'lapsed', metBy: 'CaseClosed' },
    ]);
  });

  it('closing cancels what is still ahead and keeps what already lapsed; reopening restores what is still ahead then', async () => {
    const c = aCase();
    const judicial: Intake = {
      kind: 'judicial',
      authority: 'tribunale-per-i-minorenni',
      proceedingNumber: '123/2026 R.G.',
      decreeDate: '2026-11-01',
      mandates: ['monitoring'],
      reportDeadlines: ['2026-11-20', '2027-01-15', '2027-06-01'],
    };
    await h.given(
      at('2026-11-02T09:00:00+01:00', c.opened('2014-03-15', judicial)),
      at('2026-11-03T09:00:00+01:00', c.planDrafted(randomUUID(), '2026-12-15')),
      at('2026-12-01T09:00:00+01:00', c.closed()),
    );
    const closed = brief(await h.rows(c.caseId, new Date('2026-12-02T09:00:00+01:00')));
    expect(closed.map((r) => [r.kind, r.dueAt.slice(0, 10), r.status, r.metBy])).toEqual([
      ['mandate-report', '2026-11-20', 'lapsed', null],
      ['plan-review', '2026-12-15', 'cancelled', null],
      ['mandate-report', '2027-01-15', 'cancelled', null],
      ['mandate-report', '2027-06-01', 'cancelled', null],
      ['age-18', '2032-03-14', 'met', 'CaseClosed'],
    ]);
    await h.given(at('2027-02-01T09:00:00+01:00', c.reopened()));
    const reopened = await h.rows(c.caseId, new Date('2027-02-02T09:00:00+01:00'));
    expect(brief(reopened).map((r) => [r.kind, r.dueAt.slice(0, 10), r.status])).toEqual([
      ['mandate-report', '2026-11-20', 'lapsed'],
      ['plan-review', '2026-12-15', 'cancelled'], // fell due while the case was closed: nobody could act on it
      ['mandate-report', '2027-01-15', 'cancelled'],
      ['mandate-report', '2027-06-01', 'open'],
      ['age-18', '2032-03-14', 'open'],
    ]);
    expect(reopened[3]).toMatchObject({ cancelledByEventId: null, cancelledAt: null });
    const listed = await h.query({ caseId: c.caseId, includeNotYetShown: true }, new Date('2027-02-02T09:00:00+01:00'));
    expect(listed.items.map((r) => r.status)).toEqual(['lapsed', 'open', 'open']); // cancelled rows only when asked
  });

  it('workerId lists the deadlines of the cases where the worker is on the team now', async () => {
    const [worker, other] = [`w-${randomUUID().slice(0, 8)}`, `w-${randomUUID().slice(0, 8)}`];
    const [mine, left, theirs] = [aCase(), aCase(), aCase()];
    const placedAt = '2026-11-08T22:30:00+01:00';
    await h.given(
      ...[mine, left, theirs].map((c) => at('2026-11-01T09:00:00+01:00', c.opened())),
      ...[mine, left, theirs].map((c) => at(placedAt, c.placed(randomUUID(), placedAt))),
      at('2026-11-02T09:00:00+01:00', mine.assigned(worker)),
      at('2026-11-02T09:00:00+01:00', left.assigned(worker)),
      at('2026-11-03T09:00:00+01:00', left.released(worker)),
      at('2026-11-02T09:00:00+01:00', theirs.assigned(other)),
    );
    const now = new Date('2026-11-09T09:00:00+01:00');
    expect((await h.query({ workerId: worker }, now)).items.map((r) => [r.caseId, r.kind])).toEqual([[mine.caseId, 'art403-transmission']]);
    const asTeamMember = await h.query({ dueBefore: '2026-11-10' }, now, { id: other, role: 'social-worker' });
    expect(asTeamMember.items.map((r) => r.caseId)).toEqual([theirs.caseId]); // a team member sees only the cases they work on
  });

  it('filters by status, kind and due date, and pages by cursor: lapsed first, then in due order', async () => {
    const c = aCase();
    const placements = [randomUUID(), randomUUID(), randomUUID()];
    await h.given(
      at('2026-11-01T09:00:00+01:00', c.opened()),
      ...placements.map((p, i) => at(`2026-11-0${i + 2}T10:00:00+01:00`, c.placed(p, `2026-11-0${i + 2}T10:00:00+01:00`))),
      at('2026-11-02T12:00:00+01:00', c.notified(placements[0], '2026-11-02T12:00:00+01:00')),
    );
    const now = new Date('2026-11-04T11:00:00+01:00');
    const query = (filters: object) => h.query({ caseId: c.caseId, ...filters }, now);
    expect((await query({ status: 'met' })).items.map((r) => r.placementId)).toEqual([placements[0]]);
    expect((await query({ status: 'lapsed' })).items.map((r) => r.placementId)).toEqual([placements[1]]);
    expect((await query({ status: 'open', kind: 'art403-transmission' })).items.map((r) => r.placementId)).toEqual([placements[2]]);
    // Lapsed first, then soonest first.
    expect((await query({ dueBefore: '2026-11-05' })).items.map((r) => r.placementId)).toEqual([placements[1], placements[0]]);
    const first = await query({ limit: 2 });
    const second = await query({ limit: 2, cursor: first.next ?? undefined });
    expect(second.next).toBeNull();
    expect([...first.items, ...second.items].map((r) => [r.kind, r.placementId, r.status])).toEqual([
      ['art403-transmission', placements[1], 'lapsed'],
      ['art403-transmission', placements[0], 'met'],
      ['art403-transmission', placements[2], 'open'],
      ['art403-pm-request', placements[0], 'open'],
    ]);
    await expect(query({ cursor: 'not-a-cursor' })).rejects.toMatchObject({ code: 'INVALID_CURSOR', status: 400 });
  });
});
