import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { Pool } from 'pg';
import { Public } from '../../auth/auth.guard';
import { ApiProblems } from '../../common/api-problems';
import { CLOCK, Clock } from '../../common/clock';
import { PG_POOL } from '../../database/database.tokens';
import { AUDIT_SIGNING_KEY } from '../court.tokens';
import { publishedKeys } from '../keys/audit-keys';
import { AuditSigningKey } from '../signing/audit-signing-key';
import { VERIFY_PAGE_CSP, loadVerifyPage } from './verify-page';

/** The court clerk's offline verifier: one self-contained page, the verifier and the service's public keys inlined. */
@ApiTags('court')
@Controller('verify')
export class VerifyPageController {
  // Read at start, so that a build that forgot to copy the template or the verifier fails at once, not in court.
  private readonly page = loadVerifyPage();

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(AUDIT_SIGNING_KEY) private readonly key: AuditSigningKey,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: 'A self-contained HTML page, in Italian, that verifies a court bundle in the browser; no token needed',
    description:
      'Drop a bundle (GET /cases/{caseId}/audit-trail?format=json), optionally a PEM public key and a later checkpoint ' +
      '(GET /audit/checkpoints/latest). Nothing is uploaded: the page makes no request, and still works once saved to disk.',
  })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'The verification page', schema: { type: 'string' } })
  @ApiProblems(503) // the published keys are read from the database
  async verifyPage(@Res({ passthrough: true }) res: Response): Promise<string> {
    const keys = await publishedKeys(this.pool, this.key);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Security-Policy', VERIFY_PAGE_CSP);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    return this.page.render(keys, this.clock());
  }
}
