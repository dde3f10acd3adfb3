import { randomUUID } from 'node:crypto';
import { DeadlinesHarness, aCase, at, brief, startDeadlines } from './deadlines.given';

/**
 * Art. 403 c.c., one row per step: acts to the PM in 24 h (c. 2), the PM's request in 72 h (c. 3), the TM's validation
 * in 48 h (c. 4), the hearing within 15 days (c. 4), the TM's review within 15 days after it (c. 5).
 */
describe('deadlines: the art. 403 steps', () => {
  let h: DeadlinesHarness;
  beforeAll(async () => {
    h = await startDeadlines();
  });
  afterAll(async () => h.close());

  const chain = async (caseId: string, now: string) =>
    brief((await h.rows(caseId, new Date(now))).filter((r) => r.kind.startsWith('art403')));

  it('24 h for the acts over the last Sunday of October: due at 09:30 winter time for a placement at 10:30 summer time', async () => {
    const c = aCase();
    const placement = randomUUID();
    await h.given(
      at('2026-10-01T09:00:00+02:00', c.opened()),
      at('2026-10-24T10:30:00+02:00', c.placed(placement, '2026-10-24T10:30:00+02:00')),
    );
    expect(await chain(c.caseId, '2026-10-25T09:29:00+01:00')).toEqual([
      { kind: 'art403-transmission', dueAt: '2026-10-25T09:30:00+01:00', status: 'open', metBy: null },
    ]);
    expect(await chain(c.caseId, '2026-10-25T09:31:00+01:00')).toEqual([
      { kind: 'art403-transmission', dueAt: '2026-10-25T09:30:00+01:00', status: 'lapsed', metBy: null },
    ]);
  });

  it("the acts meet their step and open the PM's 72 h; the request meets it and opens the TM's 48 h, on elapsed hours", async () => {
    const c = aCase();
    const placement = randomUUID();
    await h.given(
      at('2026-10-01T09:00:00+02:00', c.opened()),
      at('2026-10-24T10:30:00+02:00', c.placed(placement, '2026-10-24T10:30:00+02:00')),
      at('2026-10-25T09:00:00+01:00', c.notified(placement, '2026-10-25T09:00:00+01:00')),
      at('2026-10-27T12:00:00+01:00', c.requested(placement, '2026-10-27T12:00:00+01:00')),
    );
    const rows = await h.rows(c.caseId, new Date('2026-10-28T12:00:00+01:00'));
    expect(brief(rows.filter((r) => r.kind.startsWith('art403')))).toEqual([
      { kind: 'art403-transmission', dueAt: '2026-10-25T09:30:00+01:00', status: 'met', metBy: 'EmergencyPlacementNotified' },
      { kind: 'art403-pm-request', dueAt: '2026-10-28T09:00:00+01:00', status: 'met', metBy: 'EmergencyPlacementValidationRequested' },
      { kind: 'art403-validation', dueAt: '2026-10-29T12:00:00+01:00', status: 'open', metBy: null },
    ]);
    expect(rows[0]).toMatchObject({
      placementId: placement,
      metAt: '2026-10-25T09:00:00+01:00',
      legalBasis: expect.stringMatching(/^art\. 403 c\. 2 c\.c\./),
    });
  });

  it('72 h for the PM over the last Sunday of March: an hour later on the wall clock; unmet, it shows lapsed', async () => {
    const c = aCase();
    const placement = randomUUID();
    await h.given(
      at('2027-03-01T09:00:00+01:00', c.opened()),
      at('2027-03-27T20:00:00+01:00', c.placed(placement, '2027-03-27T20:00:00+01:00')),
      at('2027-03-27T22:00:00+01:00', c.notified(placement, '2027-03-27T22:00:00+01:00')),
    );
    expect((await chain(c.caseId, '2027-03-30T23:00:01+02:00'))[1]).toEqual({
      kind: 'art403-pm-request',
      dueAt: '2027-03-30T23:00:00+02:00',
      status: 'lapsed',
      metBy: null,
    });
  });

  it('a lapse marks the missed step and cancels the steps still open; a late step after it opens nothing', async () => {
    const c = aCase();
    const placement = randomUUID();
    const lapse = at('2026-11-12T10:00:00+01:00', c.lapsed(placement, 'pm-request', '2026-11-12T10:00:00+01:00'));
    const position = await h.given(
      at('2026-11-01T09:00:00+01:00', c.opened()),
      at('2026-11-08T22:30:00+01:00', c.placed(placement, '2026-11-08T22:30:00+01:00')),
      at('2026-11-09T10:00:00+01:00', c.notified(placement, '2026-11-09T10:00:00+01:00')),
      lapse,
      at('2026-11-12T18:00:00+01:00', c.requested(placement, '2026-11-12T18:00:00+01:00')),
    );
    expect(position).toBeTruthy();
    const rows = (await h.rows(c.caseId, new Date('2026-11-20T00:00:00+01:00'))).filter((r) => r.kind.startsWith('art403'));
    expect(rows.map((r) => [r.kind, r.status, r.metByEventType, r.cancelledByEventType, r.lapsedByEventId !== null])).toEqual([
      ['art403-transmission', 'met', 'EmergencyPlacementNotified', null, false],
      ['art403-pm-request', 'lapsed', 'EmergencyPlacementValidationRequested', null, true],
      ['art403-validation', 'cancelled', null, 'MeasureLapsed', false],
    ]);
    expect(rows[2].cancelledAt).toBe('2026-11-12T10:00:00+01:00');
  });

  it('the validation meets its step and opens the hearing and, with the hearing date, the 15 days of the review', async () => {
    const c = aCase();
    const placement = randomUUID();
    await h.given(
      at('2026-11-01T09:00:00+01:00', c.opened()),
      at('2026-11-08T22:30:00+01:00', c.placed(placement, '2026-11-08T22:30:00+01:00')),
      at('2026-11-09T10:00:00+01:00', c.notified(placement, '2026-11-09T10:00:00+01:00')),
      at('2026-11-10T10:00:00+01:00', c.requested(placement, '2026-11-10T10:00:00+01:00')),
      at('2026-11-12T09:00:00+01:00', c.validated(placement, '2026-11-12', '2026-11-25T10:00:00+01:00')),
      at('2026-12-05T12:00:00+01:00', c.reviewed(placement, '2026-12-05')),
    );
    expect((await chain(c.caseId, '2026-12-20T09:00:00+01:00')).map((r) => [r.kind, r.dueAt, r.status, r.metBy])).toEqual([
      ['art403-transmission', '2026-11-09T22:30:00+01:00', 'met', 'EmergencyPlacementNotified'],
      ['art403-pm-request', '2026-11-12T10:00:00+01:00', 'met', 'EmergencyPlacementValidationRequested'],
      ['art403-validation', '2026-11-12T10:00:00+01:00', 'met', 'EmergencyPlacementValidated'],
      ['art403-hearing', '2026-11-27T23:59:59+01:00', 'met', 'EmergencyPlacementValidated'],
      ['art403-review', '2026-12-10T23:59:59+01:00', 'met', 'EmergencyPlacementValidationReviewed'],
    ]);
  });

  it('a hearing scheduled for the placement meets the hearing step and opens the review; one beyond 15 days shows lapsed', async () => {
    const c = aCase();
    const placement = randomUUID();
    await h.given(
      at('2026-11-01T09:00:00+01:00', c.opened()),
      at('2026-11-08T22:30:00+01:00', c.placed(placement, '2026-11-08T22:30:00+01:00')),
      at('2026-11-09T10:00:00+01:00', c.notified(placement, '2026-11-09T10:00:00+01:00')),
      at('2026-11-10T10:00:00+01:00', c.requested(placement, '2026-11-10T10:00:00+01:00')),
      at('2026-11-11T10:00:00+01:00', c.hearing('2026-11-30T10:00:00+01:00', placement)),
      at('2026-11-12T09:00:00+01:00', c.validated(placement, '2026-11-12')),
      at('2026-11-13T09:00:00+01:00', c.hearing('2026-11-20T10:00:00+01:00')), // another proceeding's hearing
    );
    const rows = await chain(c.caseId, '2026-12-01T09:00:00+01:00');
    expect(rows.slice(3)).toEqual([
      { kind: 'art403-hearing', dueAt: '2026-11-27T23:59:59+01:00', status: 'lapsed', metBy: 'CourtHearingScheduled' },
      { kind: 'art403-review', dueAt: '2026-12-15T23:59:59+01:00', status: 'open', metBy: null },
    ]);
  });

  it("the PM's revocation meets the PM's step and opens nothing more", async () => {
    const c = aCase();
    const placement = randomUUID();
    await h.given(
      at('2026-11-01T09:00:00+01:00', c.opened()),
      at('2026-11-08T22:30:00+01:00', c.placed(placement, '2026-11-08T22:30:00+01:00')),
      at('2026-11-09T10:00:00+01:00', c.notified(placement, '2026-11-09T10:00:00+01:00')),
      at('2026-11-10T16:00:00+01:00', c.revoked(placement, '2026-11-10')),
    );
    expect((await chain(c.caseId, '2026-12-01T09:00:00+01:00')).map((r) => [r.kind, r.status, r.metBy])).toEqual([
      ['art403-transmission', 'met', 'EmergencyPlacementNotified'],
      ['art403-pm-request', 'met', 'EmergencyPlacementRevoked'],
    ]);
  });

  it('a placement recorded before the steps were split (notice, then validation) still reads: its PM step is not judged', async () => {
    const c = aCase();
    const placement = randomUUID();
    await h.given(
      at('2026-11-01T09:00:00+01:00', c.opened()),
      at('2026-11-08T22:30:00+01:00', c.placed(placement, '2026-11-08T22:30:00+01:00')),
      at('2026-11-09T10:00:00+01:00', c.notified(placement, '2026-11-09T10:00:00+01:00')),
      at('2026-11-13T12:00:00+01:00', c.validated(placement, '2026-11-13', '2026-11-20T10:00:00+01:00')),
    );
    const rows = (await h.rows(c.caseId, new Date('2026-11-14T09:00:00+01:00'))).filter((r) => r.kind.startsWith('art403'));
    expect(rows.map((r) => [r.kind, r.status, r.cancelledByEventType])).toEqual([
      ['art403-transmission', 'met', null],
      ['art403-pm-request', 'cancelled', 'EmergencyPlacementValidated'],
      ['art403-hearing', 'met', null],
      ['art403-review', 'open', null],
    ]);
  });
});
