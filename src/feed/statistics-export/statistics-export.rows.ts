import { KNOWN_AUTHORITIES } from '../../cases/case.values';
import { romeDate } from '../../common/rome-date';
import { StatisticsExportMinorView } from './dto/statistics-export.view';
import { ExportPeriod } from './statistics-export.period';
import { CaseFacts } from './statistics-export.query';

type Item = CaseFacts['items'][number];

const authorityKindOf = (slug: string): string => ((KNOWN_AUTHORITIES as readonly string[]).includes(slug) ? slug : 'other');

/** As the period ended: later items are left out and a later end is not an end yet, so a past period reads the same later. */
const asAtEnd = (items: Item[], period: ExportPeriod) =>
  items
    .filter((item) => item.startedOn <= period.lastDay)
    .map((item) => ({ ...item, endedOn: item.endedOn !== null && item.endedOn <= period.lastDay ? item.endedOn : null }))
    .sort((a, b) => a.startedOn.localeCompare(b.startedOn) || a.kind.localeCompare(b.kind));

/**
 * One row per minor, from the cases of theirs active in the period. Every field is picked by name, so nothing
 * the read model holds for joining (case, family, minor ids) can reach the row; the minor id only feeds the pseudonym.
 */
export const minorRowsOf = (
  cases: CaseFacts[],
  period: ExportPeriod,
  pseudonymOf: (minorId: string) => string,
): StatisticsExportMinorView[] => {
  const byMinor = new Map<string, CaseFacts[]>();
  for (const facts of [...cases].sort((a, b) => a.openedOn.localeCompare(b.openedOn))) {
    byMinor.set(facts.minorId, [...(byMinor.get(facts.minorId) ?? []), facts]);
  }
  const rows = [...byMinor].map(([minorId, own]) => minorRow(pseudonymOf(minorId), own, period));
  return rows.sort((a, b) => a.pseudonym.localeCompare(b.pseudonym));
};

const minorRow = (pseudonym: string, cases: CaseFacts[], period: ExportPeriod): StatisticsExportMinorView => {
  const latest = cases[cases.length - 1];
  const everyItem = cases.flatMap((facts) => facts.items);
  const items = asAtEnd(everyItem, period);
  const of = (category: Item['category']) => items.filter((item) => item.category === category);
  return {
    pseudonym,
    birthMonth: latest.birthMonth,
    municipalityIstat: latest.municipalityIstat,
    intakes: cases.map((facts) => ({
      kind: facts.intakeKind,
      referrerKind: facts.referrerKind,
      authorityKind: facts.authority === null ? null : authorityKindOf(facts.authority),
      openedOn: facts.openedOn,
    })),
    assessments: of('assessment').map((item) => ({ riskLevel: item.kind, completedMonth: item.startedOn.slice(0, 7) })),
    interventions: of('intervention').map((item) => ({ kind: item.kind, startedOn: item.startedOn, endedOn: item.endedOn })),
    protectionMeasures: of('measure').map((item) => ({ kind: item.kind, orderedOn: item.startedOn, endedOn: item.endedOn })),
    emergencyPlacements: of('placement').map((item) => ({ placeKind: item.kind, placedOn: item.startedOn, endedOn: item.endedOn })),
    closures: cases
      .flatMap((facts) => facts.closures)
      .filter((closure) => new Date(closure.closedAt) <= period.endsAt)
      .sort((a, b) => a.closedAt.localeCompare(b.closedAt))
      .map((closure) => ({ reason: closure.reason, month: romeDate(closure.closedAt).slice(0, 7) })),
  };
};
