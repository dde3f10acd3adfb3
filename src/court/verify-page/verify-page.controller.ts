import { Controller, Get, Inject, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { Public } from '../../auth/auth.guard';
import { ApiProblems } from '../../common/api-problems';
import { CLOCK, Clock } from '../../common/clock';
import { ListPublishedKeys } from '../keys/audit-keys.query';
import { VERIFY_PAGE_CSP, loadVerifyPage } from './verify-page';

/** The court clerk's offline verifier: one self-contained page, the verifier and the service's public keys inlined. */
@ApiTags('court')
@Controller('verify')
export class VerifyPageController {
  // Read at start, so that a build that forgot to copy the template or the verifier fails at once, not in court.
  private readonly page = loadVerifyPage();

  constructor(
    private readonly queries: QueryBus,
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
    const keys = await this.queries.execute(new ListPublishedKeys());
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Security-Policy', VERIFY_PAGE_CSP);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    return this.page.render(keys, this.clock());
  }
}
