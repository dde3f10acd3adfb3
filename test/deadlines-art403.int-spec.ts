import { randomUUID } from 'node:crypto';
import { DeadlinesHarness, aCase, at, brief, startDeadlines } from './deadlines.given';

/** Art. 403 c.c.: notice to the PM in 24 h, PM + TM decision in 72 h + 48 h, hearing within 15 days; a missed step lapses. */
describe('deadlines: the art. 403 chain', () => {
  let h: DeadlinesHarness;
  beforeAll(async () => {
    h = await startDeadlines();
  });
  afterAll(async () => h.close());

  const chain = async (caseId: string, now: string) =>
    brief((await h.rows(caseId, new Date(now))).filter((r) => r.kind.startsWith('art403')));

  it('a 24 h notice over the last Sunday of October is due at 09:30 winter time for a placement at 10:30 summer time', async () => {
    const c = aCase();
    const placement = randomUUID();
    await h.given(
      at('2026-10-01T09:00:00+02:00', c.opened()),
      at('2026-10-24T10:30:00+02:00', c.placed(placement, '2026-10-24T10:30:00+02:00')),
    );
    expect(await chain(c.caseId, '2026-10-25T09:29:00+01:00')).toEqual([
      { kind: 'art403-notice', dueAt: '2026-10-25T09:30:00+01:00', status: 'open', metBy: null },
    ]);
    expect(await chain(c.caseId, '2026-10-25T09:31:00+01:00')).toEqual([
      { kind: 'art403-notice', dueAt: '2026-10-25T09:30:00+01:00', status: 'lapsed', metBy: null },
    ]);
  });

  it('the notice meets the 24 h step and opens the 120 h decision step, both on elapsed hours', async () => {
    const c = aCase();
    const placement = randomUUID();
    await h.given(
      at('2026-10-01T09:00:00+02:00', c.opened()),
      at('2026-10-24T10:30:00+02:00', c.placed(placement, '2026-10-24T10:30:00+02:00')),
      at('2026-10-25T09:00:00+01:00', c.notified(placement, '2026-10-25T09:00:00+01:00')),
    );
    const rows = await h.rows(c.caseId, new Date('2026-10-26T12:00:00+01:00'));
    expect(brief(rows.filter((r) => r.kind.startsWith('art403')))).toEqual([
      { kind: 'art403-notice', dueAt: '2026-10-25T09:30:00+01:00', status: 'met', metBy: 'EmergencyPlacementNotified' },
      { kind: 'art403-decision', dueAt: '2026-10-30T09:00:00+01:00', status: 'open', metBy: null },
    ]);
    expect(rows[0]).toMatchObject({
      placementId: placement,
      metAt: '2026-10-25T09:00:00+01:00',
      legalBasis: expect.stringMatching(/^art\. 403 c\.c\./),
    });
  });

  it('a notice sent after 24 h does not save the step: it lapsed, and the late notice is shown', async () => {
    const c = aCase();
    const placement = randomUUID();
    await h.given(
      at('2026-11-01T09:00:00+01:00', c.opened()),
      at('2026-11-08T22:30:00+01:00', c.placed(placement, '2026-11-08T22:30:00+01:00')),
      at('2026-11-09T23:30:00+01:00', c.notified(placement, '2026-11-09T23:30:00+01:00')),
    );
    expect((await chain(c.caseId, '2026-11-10T00:00:00+01:00'))[0]).toEqual({
      kind: 'art403-notice',
      dueAt: '2026-11-09T22:30:00+01:00',
      status: 'lapsed',
      metBy: 'EmergencyPlacementNotified',
    });
  });

  it('no validation or revocation within 72 h + 48 h of the notice: the decision step lapses', async () => {
    const c = aCase();
    const placement = randomUUID();
    await h.given(
      at('2026-11-01T09:00:00+01:00', c.opened()),
      at('2026-11-08T22:30:00+01:00', c.placed(placement, '2026-11-08T22:30:00+01:00')),
      at('2026-11-09T10:00:00+01:00', c.notified(placement, '2026-11-09T10:00:00+01:00')),
    );
    expect((await chain(c.caseId, '2026-11-14T10:00:01+01:00'))[1]).toEqual({
      kind: 'art403-decision',
      dueAt: '2026-11-14T10:00:00+01:00',
      status: 'lapsed',
      metBy: null,
    });
  });

  it('the validation meets the decision and opens the hearing step; a hearing scheduled for the placement within 15 days meets it', async () => {
    const c = aCase();
    const placement = randomUUID();
    await h.given(
      at('2026-11-01T09:00:00+01:00', c.opened()),
      at('2026-11-08T22:30:00+01:00', c.placed(placement, '2026-11-08T22:30:00+01:00')),
      at('2026-11-09T10:00:00+01:00', c.notified(placement, '2026-11-09T10:00:00+01:00')),
      at('2026-11-12T12:00:00+01:00', c.validated(placement, '2026-11-12')),
      at('2026-11-13T09:00:00+01:00', c.hearing('2026-11-25T10:00:00+01:00')), // another proceeding's hearing
    );
    expect((await chain(c.caseId, '2026-11-20T09:00:00+01:00'))[2]).toEqual({
      kind: 'art403-hearing',
      dueAt: '2026-11-27T23:59:59+01:00',
      status: 'open',
      metBy: null,
    });
    await h.given(at('2026-11-13T10:00:00+01:00', c.hearing('2026-11-26T10:00:00+01:00', placement)));
    const rows = (await h.rows(c.caseId, new Date('2026-11-20T09:00:00+01:00'))).filter((r) => r.kind.startsWith('art403'));
    expect(brief(rows).map((r) => [r.kind, r.status, r.metBy])).toEqual([
      ['art403-notice', 'met', 'EmergencyPlacementNotified'],
      ['art403-decision', 'met', 'EmergencyPlacementValidated'],
      ['art403-hearing', 'met', 'CourtHearingScheduled'],
    ]);
    expect(rows[2].metAt).toBe('2026-11-26T10:00:00+01:00');
  });

  it('a hearing set in the validation decree beyond 15 days shows the hearing step lapsed', async () => {
    const c = aCase();
    const placement = randomUUID();
    await h.given(
      at('2026-11-01T09:00:00+01:00', c.opened()),
      at('2026-11-08T22:30:00+01:00', c.placed(placement, '2026-11-08T22:30:00+01:00')),
      at('2026-11-09T10:00:00+01:00', c.notified(placement, '2026-11-09T10:00:00+01:00')),
      at('2026-11-12T12:00:00+01:00', c.validated(placement, '2026-11-12', '2026-11-30T10:00:00+01:00')),
    );
    expect((await chain(c.caseId, '2026-11-13T09:00:00+01:00'))[2]).toEqual({
      kind: 'art403-hearing',
      dueAt: '2026-11-27T23:59:59+01:00',
      status: 'lapsed',
      metBy: 'EmergencyPlacementValidated',
    });
  });

  it('a hearing scheduled for the placement before the validation meets the hearing step when the validation opens it', async () => {
    const c = aCase();
    const placement = randomUUID();
    await h.given(
      at('2026-11-01T09:00:00+01:00', c.opened()),
      at('2026-11-08T22:30:00+01:00', c.placed(placement, '2026-11-08T22:30:00+01:00')),
      at('2026-11-09T10:00:00+01:00', c.notified(placement, '2026-11-09T10:00:00+01:00')),
      at('2026-11-11T10:00:00+01:00', c.hearing('2026-11-20T10:00:00+01:00', placement)),
      at('2026-11-12T12:00:00+01:00', c.validated(placement, '2026-11-12')),
    );
    expect((await chain(c.caseId, '2026-11-13T09:00:00+01:00'))[2]).toEqual({
      kind: 'art403-hearing',
      dueAt: '2026-11-27T23:59:59+01:00',
      status: 'met',
      metBy: 'CourtHearingScheduled',
    });
  });

  it('a revocation meets the decision step and opens no hearing', async () => {
    const c = aCase();
    const placement = randomUUID();
    await h.given(
      at('2026-11-01T09:00:00+01:00', c.opened()),
      at('2026-11-08T22:30:00+01:00', c.placed(placement, '2026-11-08T22:30:00+01:00')),
      at('2026-11-09T10:00:00+01:00', c.notified(placement, '2026-11-09T10:00:00+01:00')),
      at('2026-11-10T16:00:00+01:00', c.revoked(placement, '2026-11-10')),
    );
    expect((await chain(c.caseId, '2026-12-01T09:00:00+01:00')).map((r) => [r.kind, r.status, r.metBy])).toEqual([
      ['art403-notice', 'met', 'EmergencyPlacementNotified'],
      ['art403-decision', 'met', 'EmergencyPlacementRevoked'],
    ]);
  });
});
