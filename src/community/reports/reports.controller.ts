import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { Response } from 'express';
import { Roles } from '../../auth/auth.guard';
import { CASE_WRITERS } from '../../auth/roles';
import { caseKind } from '../../cases/case.decider';
import { ApiCommand, ApiProblems, ApiQuery } from '../../common/api-problems';
import { CLOCK, Clock } from '../../common/clock';
import { CommandResultDto, commandResult, etagOf } from '../../common/command-result';
import { Context, IfMatch, RequestContext } from '../../common/request-context';
import { IfMatchValue, Streams } from '../../common/send-command';
import { UuidParam } from '../../common/uuid-param';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { COMMUNITY } from '../../projections/community/community.projection';
import { ReadsFrom } from '../../projections/read-your-writes';
import { lookUpPartners } from '../partners/partner-lookup';
import { ReceiveReportDto } from './dto/receive-report.dto';
import { ReportInboxQueryDto, ReportInboxView, ReportView } from './dto/report.view';
import { ScreenReportDto } from './dto/screen-report.dto';
import { reportKind } from './report.decider';
import { reportNotFound } from './report.errors';
import { ReportSource, Screening } from './report.events';
import { ReadReportInbox } from './reports.query';
import { mayKnowReporter } from './reporter-visibility';

const sourceOf = ({ kind, partnerId, service }: ReceiveReportDto['source']): ReportSource =>
  kind === 'partner' ? { kind, partnerId: partnerId! } : kind === 'service' ? { kind, service: service! } : { kind };

const screeningOf = ({ outcome, reason, advice, caseId }: ScreenReportDto): Screening =>
  outcome === 'no-action'
    ? { outcome, reason: reason! }
    : outcome === 'advice'
      ? { outcome, advice: advice! }
      : { outcome, caseId: caseId! };

/** Reports before a case (segnalazioni): received by any case writer, screened by a coordinator. */
@ApiTags('community')
@Controller('community/reports')
export class ReportsController {
  constructor(
    private readonly streams: Streams,
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @Roles(...CASE_WRITERS)
  @ApiOperation({
    summary: 'Receive a report about a minor (ReportReceived); id is the report id',
    description:
      'Screening is due in REPORT_SCREENING_WORKING_DAYS working days, 24 hours on serious harm. 404 PARTNER_NOT_FOUND, 409 PARTNER_INACTIVE.',
  })
  @ApiCommand({ onExisting: false })
  @ApiProblems(404)
  @ApiCreatedResponse({ type: CommandResultDto })
  async receive(@Body() body: ReceiveReportDto, @Context() context: RequestContext, @Res({ passthrough: true }) res: Response) {
    const reportId = randomUUID();
    const { source, reporter, minor, concern, seriousHarm, occurredAt } = body;
    const command = {
      type: 'ReceiveReport',
      reportId,
      source: sourceOf(source),
      reporter: { ...reporter },
      minor: { ...minor },
      concern,
      seriousHarm,
      occurredAt,
    } as const;
    const partners = source.partnerId ? await lookUpPartners(this.streams, [source.partnerId]) : [];
    const { screeningWorkingDays, patronSaintDay } = this.config.community;
    const facts = { partners, screeningWorkingDays, patronSaintDay };
    const answer = { id: reportId, location: `/community/reports/${reportId}` };
    return commandResult(res, await this.streams.send(reportKind, reportId, command, context, { facts, answer, newStream: true }));
  }

  @Post(':reportId/screening')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({
    summary: 'Screen a report (ReportScreened): no action, advice to the reporter, or the case opened from it',
    description:
      '409 REPORT_ALREADY_SCREENED; 404 CASE_NOT_FOUND when case-opened names no case; ' +
      '409 CASE_NOT_FROM_REPORT when the case named is not one whose intake cites this report.',
  })
  @ApiCommand({ onExisting: true })
  @ApiOkResponse({ type: CommandResultDto })
  async screen(
    @Param('reportId', UuidParam) reportId: string,
    @Body() body: ScreenReportDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const screening = screeningOf(body);
    const command = { type: 'ScreenReport', reportId, screening, occurredAt: body.occurredAt } as const;
    const facts = screening.outcome === 'case-opened' ? { screenedCase: await this.screenedCase(screening.caseId) } : {};
    return commandResult(res, await this.streams.send(reportKind, reportId, command, context, { ifMatch, facts }));
  }

  /** The case a screening names: whether it exists, and which report its intake cites. */
  private async screenedCase(caseId: string): Promise<{ exists: boolean; citedReportId?: string }> {
    const { state } = await this.streams.load(caseKind, caseId);
    const intake = state.intake;
    const citedReportId = intake?.kind === 'semi-spontaneous' ? intake.reportId : undefined;
    return { exists: state.status !== 'none', ...(citedReportId ? { citedReportId } : {}) };
  }

  @Get()
  @Roles(...CASE_WRITERS)
  @ReadsFrom(COMMUNITY)
  @ApiOperation({ summary: 'The report inbox: by status, soonest screening deadline first, overdue ones flagged; never the reporter' })
  @ApiQuery()
  @ApiOkResponse({ type: ReportInboxView })
  list(@Query() query: ReportInboxQueryDto): Promise<ReportInboxView> {
    const { status, limit, cursor } = query;
    return this.queries.execute(new ReadReportInbox({ status, limit, cursor }, this.clock()));
  }

  @Get(':reportId')
  @Roles(...CASE_WRITERS)
  @ApiOperation({
    summary: 'One report; ETag is the stream revision',
    description:
      'The reporter is shown to coordinators and to the team of the case opened from it; to others it is withheld (reporterRedacted).',
  })
  @ApiQuery()
  @ApiOkResponse({ type: ReportView })
  async get(
    @Param('reportId', UuidParam) reportId: string,
    @Context() context: RequestContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ReportView> {
    const { state, revision } = await this.streams.load(reportKind, reportId);
    if (!state.exists || revision === undefined) throw reportNotFound(reportId);
    const screening = state.screening;
    const openedCase = screening?.outcome === 'case-opened' ? (await this.streams.load(caseKind, screening.caseId)).state : undefined;
    const known = mayKnowReporter(context.actor, openedCase);
    res.setHeader('ETag', etagOf(revision));
    return {
      id: reportId,
      source: state.source!,
      ...(known && { reporter: state.reporter }),
      reporterRedacted: !known,
      minor: state.minor!,
      concern: state.concern!,
      seriousHarm: state.seriousHarm!,
      receivedAt: state.receivedAt!,
      screeningDueAt: state.screeningDueAt!,
      ...(screening && { screening }),
      revision: Number(revision),
    };
  }
}
