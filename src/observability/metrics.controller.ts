import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { Request, Response } from 'express';
import { Public } from '../auth/auth.guard';
import { PROBLEM_CONTENT_TYPE, ProblemDto } from '../common/problem';
import { checkMetricsAccess } from './metrics-access';
import { Metrics } from './metrics';

export const METRICS_TOKEN = Symbol('METRICS_TOKEN');

const problemContent = { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemDto) } } };

@ApiTags('operations')
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    @Inject(METRICS_TOKEN) private readonly token: string | undefined,
  ) {}

  // Public to the user-token guard: it has its own token (METRICS_TOKEN) or loopback rule.
  @Get()
  @Public()
  @ApiOperation({
    summary: 'Prometheus metrics (text exposition format)',
    description: 'Bearer METRICS_TOKEN when it is configured; otherwise only clients on the same host, not through a proxy.',
  })
  @ApiBearerAuth()
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'Prometheus text format 0.0.4', content: { 'text/plain': { schema: { type: 'string' } } } })
  @ApiExtraModels(ProblemDto)
  @ApiResponse({
    status: 401,
    description: 'METRICS_TOKEN is configured and was not sent, or is wrong (UNAUTHENTICATED)',
    content: problemContent,
  })
  @ApiResponse({
    status: 403,
    description: 'No METRICS_TOKEN configured and the client is not local (METRICS_LOOPBACK_ONLY)',
    content: problemContent,
  })
  async scrape(@Req() request: Request, @Res() response: Response): Promise<void> {
    checkMetricsAccess(this.token, {
      authorization: request.headers.authorization,
      remoteAddress: request.socket.remoteAddress,
      forwarded: request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined,
    });
    const body = await this.metrics.render();
    response.status(200).type(this.metrics.contentType()).send(body);
  }
}
