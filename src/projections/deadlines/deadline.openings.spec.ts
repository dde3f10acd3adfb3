import { CaseEvent } from '../../cases/case.events';
import { deadlinesOpenedBy, proceedingKey } from './deadline.openings';
import { romeIso } from './rome-time';

const CASE = '0c1d7a0e-0000-4000-8000-000000000001';
const EVENT = '00000000-0000-4000-8000-0000000000e1';
const opened = (birth: string, intake: Extract<CaseEvent, { type: 'CaseOpened' }>['data']['intake']): CaseEvent => ({
  type: 'CaseOpened',
  data: { caseId: CASE, familyId: CASE, minorId: CASE, minorBirthDate: birth, intake },
});

describe('the deadlines an event opens', () => {
  it('a case opens its 18th birthday, and a judicial intake one deadline per report date, with ids a rebuild makes again', () => {
    const rows = deadlinesOpenedBy(
      EVENT,
      opened('2010-05-31', {
        kind: 'judicial',
        authority: 'tribunale-per-i-minorenni',
        proceedingNumber: '123/2026 R.G.',
        decreeDate: '2026-11-02',
        mandates: ['monitoring'],
        reportDeadlines: ['2027-02-01'],
      }),
    );
    expect(rows.map((r) => [r.id, r.kind, romeIso(r.dueAt)])).toEqual([
      [`age-18:${CASE}`, 'age-18', '2028-05-30T23:59:59+02:00'],
      [`mandate-report:${EVENT}:2027-02-01`, 'mandate-report', '2027-02-01T23:59:59+01:00'],
    ]);
    expect(rows[0].shownFrom && romeIso(rows[0].shownFrom)).toBe('2028-03-02T00:00:00+01:00');
  });

  it('only affido opens the 24 months and the periodic reports', () => {
    const ordered = (legalBasis: 'art-333-cc' | 'l184-art4-consensual-affido'): CaseEvent => ({
      type: 'ProtectionMeasureOrdered',
      data: { caseId: CASE, measureId: 'm1', authority: 'giudice-tutelare', decreeNumber: '1', decreeDate: '2026-01-10', legalBasis },
    });
    expect(deadlinesOpenedBy(EVENT, ordered('art-333-cc'))).toEqual([]);
    expect(deadlinesOpenedBy(EVENT, ordered('l184-art4-consensual-affido')).map((r) => r.id)).toEqual([
      'affido-end:m1',
      'affido-report:m1:1',
      'affido-report:m1:2',
      'affido-report:m1:3',
      'affido-report:m1:4',
    ]);
  });

  it('a plan review date is optional', () => {
    const drafted = (nextReviewOn?: string): CaseEvent => ({
      type: 'SupportPlanDrafted',
      data: { caseId: CASE, planId: 'p1', goals: [], interventions: [], nextReviewOn },
    });
    expect(deadlinesOpenedBy(EVENT, drafted())).toEqual([]);
    expect(deadlinesOpenedBy(EVENT, drafted('2027-01-31'))).toMatchObject([{ id: `plan-review:p1:${EVENT}`, subjectId: 'p1' }]);
  });
});

describe('proceeding numbers', () => {
  it('match on number/year however the R.G. is written', () => {
    expect(proceedingKey('123/2026 R.G.')).toBe('123/2026');
    expect(proceedingKey('R.G. 123 / 2026')).toBe('123/2026');
    expect(proceedingKey('V.G. 45-bis')).toBe('vg45bis');
    expect(proceedingKey(undefined)).toBeNull();
  });
});
