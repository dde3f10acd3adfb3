import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Exporter } from '../exporter';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { Roles } from '../../auth/auth.guard';
import { CASE_READERS } from '../../auth/roles';
import { CaseAccess } from '../../cases/case-access.guard';
import { ApiQuery } from '../../common/api-problems';
import { CLOCK, Clock } from '../../common/clock';
import { UuidParam } from '../../common/uuid-param';
import { Context, RequestContext } from '../../common/request-context';
import { randomUUID } from 'node:crypto';
import { EventLog } from '../../event-store/event-log';
import { AuditTrailService } from '../audit-trail/audit-trail.service';
import { scanCaseFile, toExportedEvent } from '../audit-trail/case-file.scan';
import { startDownload, streamTo } from '../audit-trail/send-file';
import { ExportActor, ExportedEvent, ReportDraft } from '../audit-trail.types';
import { renderReportDraftPdf } from '../pdf/report-draft.pdf';
import { rangeOf } from '../period';
import { canonicalJson, sha256Hex } from '../verify/audit-core';
import { ListCaseDeadlines } from './case-deadlines.query';
import { ReportDraftDto } from './dto/report-draft.dto';
import { ReportDraftQueryDto } from './dto/report-draft.query.dto';
import { buildReportDraft } from './report-draft.build';

/** A draft of the report to the judge, grouped as art. 473-bis.27 c.p.c. requires; the team edits and submits it. */
@ApiTags('court')
@Controller('cases')
@CaseAccess()
export class ReportDraftController {
  constructor(
    private readonly log: EventLog,
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly exports: AuditTrailService,
  ) {}

  @Get(':caseId/report-draft')
  @Roles(...CASE_READERS)
  @ApiOperation({
    summary: 'Draft the report to the Judicial Authority for a period: facts, statements, evaluations, measures, hearings, deadlines',
    description:
      'Entries are chosen by when they occurred. headHash is the case head the draft covers: cite it when submitting (POST court-reports). ' +
      'Recorded on the case as AuditTrailExported (document report-draft). INVALID_RANGE when from is after to.',
  })
  @ApiQuery()
  @ApiProduces('application/json', 'application/pdf')
  @ApiOkResponse({ type: ReportDraftDto })
  async draft(
    @Param('caseId', UuidParam) caseId: string,
    @Query() query: ReportDraftQueryDto,
    @Exporter() exporter: ExportActor,
    @Context() context: RequestContext,
    @Res() res: Response,
  ): Promise<void> {
    const now = this.clock();
    const range = rangeOf(query, 'occurred');
    const events: ExportedEvent[] = [];
    const scan = await scanCaseFile(this.log, caseId, range, (event) => events.push(toExportedEvent(event, range, exporter.role)));
    const draft: ReportDraft = buildReportDraft({
      caseId,
      familyId: scan.familyId,
      minor: scan.minor,
      period: { from: range.from ?? events[0].metadata.occurredAt, to: range.to ?? now.toISOString() },
      generatedAt: now.toISOString(),
      generatedBy: exporter,
      events,
      deadlines: await this.queries.execute(new ListCaseDeadlines(caseId, now)),
      memberNames: scan.memberNames,
    });
    const format = query.format ?? 'json';
    const digest = await sha256Hex(canonicalJson(draft));
    const heads = scan.spans.map((s) => ({ stream: s.stream, revision: s.headRevision, headHash: s.headHash }));
    await this.exports.record(
      { caseId, range, format, document: 'report-draft', exporter, context },
      { exportId: randomUUID(), digest, heads },
    );
    startDownload(res, format === 'pdf' ? 'application/pdf' : 'application/json', `bozza-relazione-${caseId}.${format}`, digest);
    if (format === 'pdf') await streamTo(res, (out) => renderReportDraftPdf(draft, out));
    else res.send(draft);
  }
}
