import { Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiProperty, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Pool } from 'pg';
import { Roles } from '../auth/auth.guard';
import { ApiProblems, ApiQuery } from '../common/api-problems';
import { NotFoundError } from '../common/domain-error';
import { ProjectionNotFoundError } from './projection.errors';
import { UuidParam } from '../common/uuid-param';
import { PG_POOL } from '../database/database.tokens';
import { ProjectionRunner } from './projection-runner';
import { readRebuild } from './rebuild-progress';
import { requestRebuild } from './rebuild';

/** GET /admin/projections/rebuilds/{rebuildId} */
class RebuildProgressView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'case_list' }) name: string;
  @ApiProperty({ enum: ['requested', 'running', 'done', 'failed'] }) state: string;
  @ApiProperty({ type: 'integer' }) eventsDone: number;
  @ApiProperty({ type: 'integer', nullable: true, description: 'null until counted' }) eventsTotal: number | null;
  @ApiProperty({ type: String, nullable: true }) error: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) startedAt: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) finishedAt: string | null;
}

/** Operations on read models: status, and rebuilds run by whichever instance holds the projection. */
@ApiTags('admin')
@Controller('admin/projections')
@Roles('admin')
export class ProjectionsController {
  constructor(
    private readonly runner: ProjectionRunner,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Every projection with its checkpoint, lag and last error' })
  @ApiQuery()
  @ApiOkResponse({ description: 'Projection status list' })
  status() {
    return this.runner.status();
  }

  @Post(':name/rebuild')
  @HttpCode(202)
  @ApiOperation({ summary: 'Replay a projection from zero into shadow tables, then swap them in' })
  @ApiQuery()
  @ApiProblems(409)
  @ApiAcceptedResponse({ schema: { example: { rebuildId: '…', state: 'requested' } } })
  async rebuild(@Param('name') name: string) {
    const known = this.runner.projections.map((p) => p.name);
    if (!known.includes(name)) throw new ProjectionNotFoundError(name.slice(0, 100), known);
    const rebuildId = await requestRebuild(this.pool, name);
    return { rebuildId, ...(await readRebuild(this.pool, rebuildId)) };
  }

  @Get('rebuilds/:rebuildId')
  @ApiOperation({ summary: 'Progress of a rebuild' })
  @ApiQuery()
  @ApiOkResponse({ type: RebuildProgressView })
  async progress(@Param('rebuildId', UuidParam) id: string) {
    const progress = await readRebuild(this.pool, id);
    if (!progress) throw new NotFoundError('Rebuild', id);
    return progress;
  }
}
