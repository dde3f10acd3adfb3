import { CSV_HEADER, statisticsExportCsv } from './statistics-export.csv';
import { exportPeriodOf } from './statistics-export.period';
import { CaseFacts } from './statistics-export.query';
import { minorRowsOf } from './statistics-export.rows';

const MINOR = '11111111-1111-4111-8111-111111111111';
const OTHER_MINOR = '22222222-2222-4222-8222-222222222222';
const pseudonymOf = (minorId: string) => (minorId === MINOR ? 'b-pseudonym' : 'a-pseudonym');
const year2026 = exportPeriodOf({ from: '2026-01-01', to: '2026-12-31' });

const caseOf = (overrides: Partial<CaseFacts>): CaseFacts => ({
  caseId: '33333333-3333-4333-8333-333333333333',
  minorId: MINOR,
  birthMonth: '2016-03',
  municipalityIstat: '015146',
  intakeKind: 'spontaneous',
  referrerKind: null,
  authority: null,
  openedOn: '2026-01-10',
  closures: [],
  items: [],
  ...overrides,
});

describe('the rows of the statistics export', () => {
  it('gives one row per minor, with an intake per case, oldest first, and the latest case’s birth month and municipality', () => {
    const earlier = caseOf({ caseId: '44444444-4444-4444-8444-444444444444', openedOn: '2026-01-10', birthMonth: '2016-02' });
    const later = caseOf({ intakeKind: 'semi-spontaneous', referrerKind: 'school', openedOn: '2026-06-01', municipalityIstat: '015999' });
    const [row] = minorRowsOf([later, earlier], year2026, pseudonymOf);
    expect(row).toMatchObject({ pseudonym: 'b-pseudonym', birthMonth: '2016-03', municipalityIstat: '015999' });
    expect(row.intakes).toEqual([
      { kind: 'spontaneous', referrerKind: null, authorityKind: null, openedOn: '2026-01-10' },
      { kind: 'semi-spontaneous', referrerKind: 'school', authorityKind: null, openedOn: '2026-06-01' },
    ]);
  });

  it('names a minor by pseudonym only: no case, family or minor id reaches a row', () => {
    const rows = minorRowsOf(
      [caseOf({}), caseOf({ caseId: '55555555-5555-4555-8555-555555555555', minorId: OTHER_MINOR })],
      year2026,
      pseudonymOf,
    );
    expect(rows.map((row) => row.pseudonym)).toEqual(['a-pseudonym', 'b-pseudonym']);
    expect(JSON.stringify(rows)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('gives a known court by its slug and any other authority as other', () => {
    const rows = minorRowsOf(
      [
        caseOf({ intakeKind: 'judicial', authority: 'tribunale-per-i-minorenni' }),
        caseOf({ minorId: OTHER_MINOR, intakeKind: 'judicial', authority: 'mario-rossi' }),
      ],
      year2026,
      pseudonymOf,
    );
    expect(rows.map((row) => row.intakes[0].authorityKind)).toEqual(['other', 'tribunale-per-i-minorenni']);
  });

  it('shows the case as it stood at the end of the period: later items are left out, later ends are not ends yet', () => {
    const facts = caseOf({
      items: [
        { category: 'assessment', kind: 'high', startedOn: '2026-02-14', endedOn: null },
        { category: 'intervention', kind: 'day-centre', startedOn: '2026-03-01', endedOn: '2026-05-31' },
        { category: 'intervention', kind: 'parent-group', startedOn: '2026-04-01', endedOn: '2027-02-01' },
        { category: 'intervention', kind: 'psychological-support', startedOn: '2027-01-05', endedOn: null },
        { category: 'measure', kind: 'foster-care', startedOn: '2026-07-01', endedOn: null },
        { category: 'placement', kind: 'community', startedOn: '2026-06-20', endedOn: '2026-06-28' },
      ],
      closures: [
        { reason: 'goals-met', closedAt: '2026-09-30T22:30:00.000Z' },
        { reason: 'moved-away', closedAt: '2027-03-01T10:00:00.000Z' },
      ],
    });
    const [row] = minorRowsOf([facts], year2026, pseudonymOf);
    expect(row.assessments).toEqual([{ riskLevel: 'high', completedMonth: '2026-02' }]);
    expect(row.interventions).toEqual([
      { kind: 'day-centre', startedOn: '2026-03-01', endedOn: '2026-05-31' },
      { kind: 'parent-group', startedOn: '2026-04-01', endedOn: null },
    ]);
    expect(row.protectionMeasures).toEqual([{ kind: 'foster-care', orderedOn: '2026-07-01', endedOn: null }]);
    expect(row.emergencyPlacements).toEqual([{ placeKind: 'community', placedOn: '2026-06-20', endedOn: '2026-06-28' }]);
    // 22:30 UTC on 30 September is already 1 October in Rome.
    expect(row.closures).toEqual([{ reason: 'goals-met', month: '2026-10' }]);
  });

  it('writes CSV with a BOM, CRLF and list columns as kind@date or kind@start/end', () => {
    const facts = caseOf({
      intakeKind: 'semi-spontaneous',
      referrerKind: 'paediatrician',
      items: [
        { category: 'assessment', kind: 'medium', startedOn: '2026-02-14', endedOn: null },
        { category: 'intervention', kind: 'day-centre', startedOn: '2026-03-01', endedOn: '2026-05-31' },
        { category: 'intervention', kind: 'parent-group', startedOn: '2026-04-01', endedOn: null },
      ],
      closures: [{ reason: 'goals-met', closedAt: '2026-09-01T10:00:00.000Z' }],
    });
    const csv = statisticsExportCsv(minorRowsOf([facts], year2026, pseudonymOf));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      CSV_HEADER.join(','),
      'b-pseudonym,2016-03,015146,semi-spontaneous@2026-01-10,paediatrician@2026-01-10,,medium@2026-02,' +
        'day-centre@2026-03-01/2026-05-31;parent-group@2026-04-01,,,goals-met@2026-09',
      '',
    ]);
  });
});

describe('the period of the statistics export', () => {
  it('reads a day as the whole Europe/Rome day, and an instant as it is', () => {
    const days = exportPeriodOf({ from: '2026-07-01', to: '2026-07-31' });
    expect([days.startsAt.toISOString(), days.endsAt.toISOString(), days.lastDay]).toEqual([
      '2026-06-30T22:00:00.000Z',
      '2026-07-31T21:59:59.999Z',
      '2026-07-31',
    ]);
    const instants = exportPeriodOf({ from: '2026-01-01T00:00:00Z', to: '2026-01-31T23:30:00Z' });
    expect([instants.startsAt.toISOString(), instants.lastDay]).toEqual(['2026-01-01T00:00:00.000Z', '2026-02-01']);
  });

  it('refuses a period that ends before it starts with INVALID_RANGE', () => {
    expect(() => exportPeriodOf({ from: '2026-02-01', to: '2026-01-31' })).toThrow(
      expect.objectContaining({ code: 'INVALID_RANGE', status: 400 }),
    );
    expect(exportPeriodOf({ from: '2026-02-01', to: '2026-02-01' }).lastDay).toBe('2026-02-01');
  });
});
