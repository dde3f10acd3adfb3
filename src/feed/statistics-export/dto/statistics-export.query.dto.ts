import { Instant, OneOf } from '../../../cases/dto/decorators';
import { ConsistencyQuery } from '../../../projections/read-your-writes';

export const STATISTICS_EXPORT_FORMATS = ['json', 'csv'] as const;
export type StatisticsExportFormat = (typeof STATISTICS_EXPORT_FORMATS)[number];

/** GET /exports/statistics: a period, as Europe/Rome days or instants with an offset, and a format. */
export class StatisticsExportQueryDto extends ConsistencyQuery {
  @Instant({
    example: '2026-01-01T00:00:00+01:00',
    description: 'Start, included: a day (from its first instant in Europe/Rome) or an instant',
  })
  from!: string;

  @Instant({
    example: '2026-12-31T23:59:59+01:00',
    description: 'End, included: a day (to its last instant in Europe/Rome) or an instant; not before from',
  })
  to!: string;

  @OneOf(STATISTICS_EXPORT_FORMATS, { required: false, description: 'json (the default) or csv' })
  format?: StatisticsExportFormat;
}
