import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { CLOSURE_REASONS, INTAKE_KINDS, MEASURE_KINDS, NEED_DOMAINS, REFERRER_KINDS } from '../../cases/case.values';
import { InvalidInputError } from '../../common/domain-error';
import { PG_POOL } from '../../database/database.tokens';
import { StatisticsView } from './dto/statistics.view';

export interface StatisticsPeriod {
  from: string;
  to: string;
  municipality?: string;
}

type Counts = Map<string, number>;
const zeroFilled = <F extends string>(vocabulary: readonly string[], counts: Counts, field: F) =>
  vocabulary.map((value) => ({ [field]: value, count: counts.get(value) ?? 0 }) as Record<F, string> & { count: number });
const byDomain = (counts: Counts) => ({ total: total(counts), byDomain: zeroFilled(NEED_DOMAINS, counts, 'domain') });
const total = (counts: Counts) => [...counts.values()].reduce((sum, n) => sum + n, 0);

/** Every count reads the period: Europe/Rome dates, both ends included, and the municipality or NULL for all. */
const PERIOD = 'WITH p AS (SELECT $1::date AS first_day, $2::date AS last_day, $3::text AS municipality)';
const IN_PERIOD = (column: string) =>
  `${column} BETWEEN p.first_day AND p.last_day AND (p.municipality IS NULL OR c.municipality_istat = p.municipality)`;
const SPELLS = 'p, statistics_spells s JOIN statistics_cases c ON c.case_id = s.case_id';
const NEEDS = 'p, statistics_needs n JOIN statistics_cases c ON c.case_id = n.case_id';
const COUNTS = {
  openedByIntake: `${PERIOD} SELECT c.intake_kind AS key, count(*)::int AS n FROM p, statistics_cases c WHERE ${IN_PERIOD('c.opened_on')} GROUP BY 1`,
  openedByReferrer: `${PERIOD} SELECT c.referrer_kind AS key, count(*)::int AS n FROM p, statistics_cases c
    WHERE c.intake_kind = 'semi-spontaneous' AND ${IN_PERIOD('c.opened_on')} GROUP BY 1`,
  reopened: `${PERIOD} SELECT 'reopened' AS key, count(*)::int AS n FROM ${SPELLS} WHERE s.spell > 0 AND ${IN_PERIOD('s.opened_on')}`,
  // Open at the end of the last day: a spell closed on that day is no longer open.
  openAtEnd: `${PERIOD} SELECT 'open' AS key, count(DISTINCT s.case_id)::int AS n FROM ${SPELLS}
    WHERE s.opened_on <= p.last_day AND (s.closed_on IS NULL OR s.closed_on > p.last_day)
      AND (p.municipality IS NULL OR c.municipality_istat = p.municipality)`,
  measuresByKind: `${PERIOD} SELECT m.kind AS key, count(*)::int AS n FROM p, statistics_measures m JOIN statistics_cases c ON c.case_id = m.case_id
    WHERE ${IN_PERIOD('m.ordered_on')} GROUP BY 1`,
  emergencyPlacements: `${PERIOD} SELECT 'placements' AS key, count(*)::int AS n
    FROM p, statistics_placements e JOIN statistics_cases c ON c.case_id = e.case_id WHERE ${IN_PERIOD('e.placed_on')}`,
  needsIdentified: `${PERIOD} SELECT n.domain AS key, count(*)::int AS n FROM ${NEEDS} WHERE ${IN_PERIOD('n.identified_on')} GROUP BY 1`,
  needsMet: `${PERIOD} SELECT n.domain AS key, count(*)::int AS n FROM ${NEEDS} WHERE ${IN_PERIOD('n.met_on')} GROUP BY 1`,
  needsUnmetAtEnd: `${PERIOD} SELECT n.domain AS key, count(*)::int AS n FROM ${NEEDS}
    WHERE n.identified_on <= p.last_day AND (n.met_on IS NULL OR n.met_on > p.last_day)
      AND (p.municipality IS NULL OR c.municipality_istat = p.municipality) GROUP BY 1`,
  closuresByReason: `${PERIOD} SELECT s.closure_reason AS key, count(*)::int AS n FROM ${SPELLS} WHERE ${IN_PERIOD('s.closed_on')} GROUP BY 1`,
};

/** SINBA spirit: counts over kinds and reasons, never a row of a case. */
export class ReadStatistics extends Query<StatisticsView> {
  constructor(readonly period: StatisticsPeriod) {
    super();
  }
}

@QueryHandler(ReadStatistics)
export class ReadStatisticsHandler implements IQueryHandler<ReadStatistics, StatisticsView> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute({ period }: ReadStatistics): Promise<StatisticsView> {
    if (period.from > period.to)
      throw new InvalidInputError('INVALID_PERIOD', 'from must not be after to', { from: period.from, to: period.to });
    const params = [period.from, period.to, period.municipality ?? null];
    const counts = {} as Record<keyof typeof COUNTS, Counts>;
    for (const [name, sql] of Object.entries(COUNTS)) {
      const { rows } = await this.pool.query(sql, params);
      counts[name as keyof typeof COUNTS] = new Map(rows.map((row) => [row.key, row.n]));
    }
    return {
      period: { from: period.from, to: period.to },
      municipality: period.municipality ?? null,
      opened: {
        total: total(counts.openedByIntake),
        byIntakeKind: zeroFilled(INTAKE_KINDS, counts.openedByIntake, 'kind'),
        byReferrerKind: zeroFilled(REFERRER_KINDS, counts.openedByReferrer, 'kind'),
      },
      reopened: total(counts.reopened),
      openAtEnd: total(counts.openAtEnd),
      measuresOrdered: { total: total(counts.measuresByKind), byKind: zeroFilled(MEASURE_KINDS, counts.measuresByKind, 'kind') },
      emergencyPlacements: total(counts.emergencyPlacements),
      closures: { total: total(counts.closuresByReason), byReason: zeroFilled(CLOSURE_REASONS, counts.closuresByReason, 'reason') },
      needs: {
        identified: byDomain(counts.needsIdentified),
        met: byDomain(counts.needsMet),
        unmetAtEnd: byDomain(counts.needsUnmetAtEnd),
      },
    };
  }
}
