import { randomUUID } from 'node:crypto';
import { Intake } from '../src/cases/case.events';
import { rebuildProjection, requestRebuild } from '../src/projections/rebuild';
import { deadlinesProjection } from '../src/projections/deadlines/deadlines.projection';
import { DeadlinesHarness, aCase, at, startDeadlines } from './deadlines.given';

describe('deadlines: rebuild', () => {
  let h: DeadlinesHarness;
  beforeAll(async () => {
    h = await startDeadlines();
  });
  afterAll(async () => h.close());

  const snapshot = async () => {
    const tables: Record<string, unknown[]> = {};
    for (const table of deadlinesProjection.tables) {
      tables[table.name] = (await h.database.pool.query(`SELECT * FROM ${table.name} ORDER BY 1, 2`)).rows;
    }
    return tables;
  };

  it('replaying every event into shadow tables gives the same rows as following them live', async () => {
    const judicial: Intake = {
      kind: 'judicial',
      authority: 'tribunale-per-i-minorenni',
      proceedingNumber: '123/2026 R.G.',
      decreeDate: '2026-11-01',
      mandates: ['monitoring'],
      reportDeadlines: ['2026-11-20', '2027-06-01'],
    };
    const [a, b] = [aCase(), aCase()];
    const [placement, measure, plan] = [randomUUID(), randomUUID(), randomUUID()];
    await h.given(
      at('2026-10-01T09:00:00+02:00', a.opened('2009-01-20', judicial)),
      at('2026-10-01T09:05:00+02:00', a.assigned('alice')),
      at('2026-10-24T10:30:00+02:00', a.placed(placement, '2026-10-24T10:30:00+02:00')),
      at('2026-10-25T09:00:00+01:00', a.notified(placement, '2026-10-25T09:00:00+01:00')),
      at('2026-10-25T12:00:00+01:00', a.requested(placement, '2026-10-25T12:00:00+01:00')),
      at('2026-10-26T09:00:00+01:00', a.hearing('2026-11-05T10:00:00+01:00', placement)),
      at('2026-10-27T09:00:00+01:00', a.validated(placement, '2026-10-27')),
      at('2026-11-20T09:00:00+01:00', a.reviewed(placement, '2026-11-20')),
      at('2026-11-02T09:00:00+01:00', a.affido(measure, { startsOn: '2026-11-02' })),
      at('2026-11-03T09:00:00+01:00', a.planDrafted(plan, '2026-12-15')),
      at('2026-12-10T09:00:00+01:00', a.planReviewed(plan, '2026-12-10', '2027-03-10')),
      at('2026-12-20T09:00:00+01:00', a.prosieguo('2029-01-19')),
      at('2027-04-01T09:00:00+02:00', a.report({ proceedingNumber: '123/2026' })),
      at('2027-05-01T09:00:00+02:00', a.closed()),
      at('2027-05-20T09:00:00+02:00', a.reopened()),
      at('2026-11-01T09:00:00+01:00', b.opened()),
      at('2026-11-01T09:05:00+01:00', b.assigned('bob')),
      at('2026-11-02T09:05:00+01:00', b.released('bob')),
    );
    const live = await snapshot();
    expect(live.deadlines.length).toBeGreaterThan(12);
    await h.runner.stop();
    const requestId = await requestRebuild(h.database.pool, deadlinesProjection.name);
    await rebuildProjection({ pool: h.database.pool, store: h.store, projection: deadlinesProjection, requestId, batchSize: 4 });
    expect(await snapshot()).toEqual(live);
  });
});
