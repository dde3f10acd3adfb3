import { Controller, Get, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { ProjectionStatusListView, RebuildProgressView } from './dto/projection-status.view';
import { Pool } from 'pg';
import { Roles } from '../auth/auth.guard';
import { ApiProblems, ApiQuery } from '../common/api-problems';
import { NotFoundError } from '../common/domain-error';
import { ProjectionNotFoundError } from './projection.errors';
import { UuidParam } from '../common/uuid-param';
import { PG_POOL } from '../database/database.tokens';
import { ProjectionRunner } from './projection-runner';
import { ReadRebuild } from './rebuild-progress';
import { requestRebuild } from './rebuild';

/** Operations on read models: status, and rebuilds run by whichever instance holds the projection. */
@ApiTags('admin')
@Controller('admin/projections')
@Roles('admin')
export class ProjectionsController {
  constructor(
    private readonly runner: ProjectionRunner,
    private readonly queries: QueryBus,
    /** Only for requestRebuild, a write; reads go through the QueryBus. */
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Every projection with its checkpoint, lag and last error' })
  @ApiQuery()
  @ApiOkResponse({ type: ProjectionStatusListView })
  async status(): Promise<ProjectionStatusListView> {
    return { items: await this.runner.status() };
  }

  @Post(':name/rebuild')
  @HttpCode(202)
  @ApiOperation({ summary: 'Replay a projection from zero into shadow tables, then swap them in' })
  @ApiQuery()
  @ApiProblems(409)
  @ApiAcceptedResponse({
    type: RebuildProgressView,
    headers: { Location: { description: 'Its progress: /admin/projections/rebuilds/{id}', schema: { type: 'string' } } },
  })
  async rebuild(@Param('name') name: string, @Res({ passthrough: true }) response: Response) {
    const known = this.runner.projections.map((p) => p.name);
    if (!known.includes(name)) throw new ProjectionNotFoundError(name.slice(0, 100), known);
    const id = await requestRebuild(this.pool, name);
    response.location(`/admin/projections/rebuilds/${id}`);
    return this.queries.execute(new ReadRebuild(id));
  }

  @Get('rebuilds/:rebuildId')
  @ApiOperation({ summary: 'Progress of a rebuild' })
  @ApiQuery()
  @ApiOkResponse({ type: RebuildProgressView })
  async progress(@Param('rebuildId', UuidParam) id: string) {
    const progress = await this.queries.execute(new ReadRebuild(id));
    if (!progress) throw new NotFoundError('Rebuild', id);
    return progress;
  }
}
