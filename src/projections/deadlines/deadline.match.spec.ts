import { byDueThenId, matching } from './deadline.match';
import { OPEN_ROW_FACTS } from './deadlines.settle';
import { DeadlineRow } from './deadlines.tables';

const caseId = '0c1d7a0e-0000-4000-8000-00000000000a';
const row = (change: Partial<DeadlineRow>): DeadlineRow => ({
  ...OPEN_ROW_FACTS,
  id: 'mandate-report:e1:2027-02-01',
  case_id: caseId,
  kind: 'mandate-report',
  legal_basis: 'art. 473-bis.27 c.p.c.',
  due_at: '2027-02-01T22:59:59.999Z',
  subject_id: 'e1',
  ...change,
});

describe('deadline match', () => {
  it('finds unsettled rows of the case, its uuid in any case', () => {
    const match = matching({ caseId: caseId.toUpperCase(), kinds: ['mandate-report'] });
    expect(match(row({}))).toBe(true);
    expect(match(row({ met_by_event_id: 'e0000000-0000-4000-8000-000000000001' }))).toBe(false);
    expect(match(row({ cancelled_by_event_id: 'e0000000-0000-4000-8000-000000000001' }))).toBe(false);
    expect(match(row({ kind: 'affido-report' }))).toBe(false);
    expect(matching({ caseId, exceptKinds: ['mandate-report'] })(row({}))).toBe(false);
  });

  it('compares instants as instants, whichever way Postgres or the handler spelled them', () => {
    const loaded = row({ due_at: '2027-02-01T23:59:59.999+01:00', opens_at: '2026-07-31T22:00:00+00:00' });
    expect(matching({ caseId, dueAfter: new Date('2027-02-01T22:59:59.998Z') })(loaded)).toBe(true);
    expect(matching({ caseId, dueAfter: new Date('2027-02-01T22:59:59.999Z') })(loaded)).toBe(false);
    expect(matching({ caseId, openedBefore: new Date('2026-07-31T22:00:00.001Z') })(loaded)).toBe(true);
    expect(matching({ caseId, openedBefore: new Date('2026-07-31T22:00:00.000Z') })(loaded)).toBe(false);
    expect(matching({ caseId, openedBefore: new Date(0) })(row({ opens_at: null }))).toBe(true);
  });

  it('matches a proceeding only when the event names one', () => {
    const numbered = row({ proceeding_key: '123/2026', authority: 'tribunale-per-i-minorenni' });
    expect(matching({ caseId, proceedingKey: null })(numbered)).toBe(true);
    expect(matching({ caseId, proceedingKey: '124/2026' })(numbered)).toBe(false);
    expect(matching({ caseId, authority: 'tribunale-ordinario' })(numbered)).toBe(false);
    expect(matching({ caseId, subjectId: 'e2' })(numbered)).toBe(false);
  });

  it('orders the earliest due first, then by id', () => {
    const rows = [
      row({ id: 'b', due_at: '2027-02-01T23:00:00+01:00' }),
      row({ id: 'c', due_at: '2027-01-01T00:00:00Z' }),
      row({ id: 'a', due_at: '2027-02-01T22:00:00.000Z' }),
    ];
    expect(rows.sort(byDueThenId).map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });
});
