import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { Exporter } from '../exporter';
import { ExportActor } from '../audit-trail.types';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { Readable } from 'node:stream';
import { Roles } from '../../auth/auth.guard';
import { CASE_READERS } from '../../auth/roles';
import { CaseAccess } from '../../cases/case-access.guard';
import { ApiQuery } from '../../common/api-problems';
import { Context, RequestContext } from '../../common/request-context';
import { UuidParam } from '../../common/uuid-param';
import { rangeOf } from '../period';
import { renderAuditTrailPdf } from '../pdf/audit-trail.pdf';
import { auditTrailCsv } from './audit-trail.csv';
import { AuditTrailService, PreparedExport } from './audit-trail.service';
import { bundleChunks } from './bundle';
import { AuditTrailQueryDto } from './dto/audit-trail.query.dto';
import { startDownload, streamTo } from './send-file';

const CONTENT_TYPES = { json: 'application/json', csv: 'text/csv; charset=utf-8', pdf: 'application/pdf' } as const;

/** Court liaison's case file: every event of the case and its family, signed, in JSON, CSV or PDF. */
@ApiTags('court')
@Controller('cases')
@CaseAccess()
export class AuditTrailController {
  constructor(private readonly exports: AuditTrailService) {}

  @Get(':caseId/audit-trail')
  @Roles(...CASE_READERS)
  @ApiOperation({
    summary: 'Export the case file for the court: a signed JSON bundle, a CSV table or a PDF in Italian (AuditTrailExported)',
    description:
      'Every event of the case stream and of its family stream in the period, with prevHash and hash. The export is ' +
      'recorded on the case before it is sent. INVALID_RANGE when from is after to. Verify a bundle with GET /verify, ' +
      '`npm run verify` or docs/audit-trail.md.',
  })
  @ApiQuery()
  @ApiProduces(CONTENT_TYPES.json, CONTENT_TYPES.csv, CONTENT_TYPES.pdf)
  @ApiOkResponse({ description: 'The file, as an attachment; X-Bundle-Digest names the bundle digest recorded on the case' })
  async export(
    @Param('caseId', UuidParam) caseId: string,
    @Query() query: AuditTrailQueryDto,
    @Context() context: RequestContext,
    @Exporter() exporter: ExportActor,
    @Res() res: Response,
  ): Promise<void> {
    const format = query.format ?? 'json';
    const prepared = await this.exports.prepare({
      caseId,
      range: rangeOf(query, query.axis),
      format,
      document: 'audit-trail',
      exporter,
      context,
    });
    const filename = `fascicolo-${caseId}-${prepared.header.exportedAt.slice(0, 10)}.${format}`;
    startDownload(res, CONTENT_TYPES[format], filename, prepared.signature.digest);
    await streamTo(res, (out) => write(format, prepared, out));
  }
}

const write = (format: keyof typeof CONTENT_TYPES, prepared: PreparedExport, out: NodeJS.WritableStream) => {
  const { header, signature, events, scan } = prepared;
  if (format === 'json') return Readable.from(bundleChunks(header, events, signature));
  if (format === 'csv') return Readable.from(auditTrailCsv(events));
  const caseSpan = scan.spans[0];
  return renderAuditTrailPdf(
    {
      caseId: scan.caseId,
      familyId: scan.familyId,
      minor: scan.minor,
      familyMunicipality: scan.municipality,
      range: header.range,
      exportedBy: header.exportedBy,
      exportedAt: header.exportedAt,
      digest: signature.digest,
      headHash: caseSpan.headHash,
      headRevision: caseSpan.headRevision,
      eventCount: scan.spans.reduce((n, s) => n + s.inRange, 0),
    },
    events,
    out,
  );
};
