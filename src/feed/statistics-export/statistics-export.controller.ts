import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { Response } from 'express';
import { Roles, Scopes } from '../../auth/auth.guard';
import { ApiProblems } from '../../common/api-problems';
import { CLOCK, Clock } from '../../common/clock';
import { romeDate } from '../../common/rome-date';
import { ReadsFrom } from '../../projections/read-your-writes';
import { StatisticsExportQueryDto } from './dto/statistics-export.query.dto';
import { StatisticsExportView } from './dto/statistics-export.view';
import { PSEUDONYMISATION_METHOD, pseudonymOf } from './pseudonym';
import { PseudonymKeyHolder } from './pseudonym-key';
import { CSV_EXAMPLE, statisticsExportCsv } from './statistics-export.csv';
import { exportPeriodOf } from './statistics-export.period';
import { STATISTICS_EXPORT } from './statistics-export.projection';
import { ListCasesActiveIn } from './statistics-export.query';
import { minorRowsOf } from './statistics-export.rows';

@ApiTags('integrations')
@ApiBearerAuth()
@Controller('exports')
export class StatisticsExportController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly keys: PseudonymKeyHolder,
  ) {}

  @Get('statistics')
  // Integrators with the statistics scope (@Scopes asks it of integrators only), and the head of service.
  @Roles('integrator', 'coordinator')
  @Scopes('statistics')
  @ReadsFrom(STATISTICS_EXPORT)
  @ApiOperation({
    summary: 'Pseudonymised statistics: one row per minor with a case active in the period (SINBA, DM 206/2014 art. 5 c.4)',
    description:
      'A case is active when it opened by the end of the period and did not close before its start. Per minor: an HMAC-SHA256 ' +
      'pseudonym of the minor (stable under one key; pseudonymisation.keyId, also in X-Pseudonym-Key-Id, tells keys apart), birth ' +
      "month, the family's ISTAT code, intakes, assessment risk levels by month, interventions, protection measures and art. 403 " +
      'placements by kind with dates, closures by reason and month, all as they stood at the end of the period. No names, fiscal ' +
      'codes, addresses, free text, worker or internal ids. CSV: UTF-8 with a BOM, lists as `;`-joined `kind@date` or ' +
      '`kind@start/end`. Integrators need the statistics scope (403 MISSING_SCOPE); the coordinator needs none. ' +
      'INVALID_RANGE when from is after to.',
  })
  @ApiProduces('application/json', 'text/csv')
  @ApiExtraModels(StatisticsExportView)
  @ApiOkResponse({
    description: 'JSON, or CSV with one row per minor',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(StatisticsExportView) } },
      'text/csv': { schema: { type: 'string' }, example: CSV_EXAMPLE },
    },
  })
  @ApiProblems(400, 401, 403, 429)
  async export(
    @Query() query: StatisticsExportQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StatisticsExportView | string> {
    const period = exportPeriodOf(query);
    const { key, keyId } = this.keys.current();
    const minors = minorRowsOf(await this.queries.execute(new ListCasesActiveIn(period)), period, (minorId) => pseudonymOf(key, minorId));
    // Data per person, even pseudonymised: never kept by a browser or a proxy.
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Pseudonym-Key-Id', keyId);
    if (query.format === 'csv') {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="statistics-${romeDate(period.startsAt)}-${period.lastDay}.csv"`);
      return statisticsExportCsv(minors);
    }
    const pseudonymisation = { method: PSEUDONYMISATION_METHOD, keyId };
    return { period: { from: period.from, to: period.to }, generatedAt: this.clock().toISOString(), pseudonymisation, minors };
  }
}
