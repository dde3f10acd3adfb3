import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { Public, Roles } from '../../auth/auth.guard';
import { ApiProblems, ApiQuery } from '../../common/api-problems';
import { NotFoundError } from '../../common/domain-error';
import { UuidParam } from '../../common/uuid-param';
import { ReadCheckpoint, ReadLatestCheckpoint } from '../checkpoints/checkpoints.query';
import { ListPublishedKeys } from './audit-keys.query';
import { AuditKeysDto, CheckpointDocumentDto } from './dto/audit-keys.dto';

/** What a court needs beside a bundle: the public keys, and later checkpoints to detect removed tails. */
@ApiTags('court')
@Controller('audit')
export class AuditKeysController {
  constructor(private readonly queries: QueryBus) {}

  @Get('keys')
  @Public()
  @ApiOperation({ summary: 'Every public key that ever signed a bundle or checkpoint, by key id (PEM and JWK); no token needed' })
  @ApiProblems(503)
  @ApiOkResponse({ type: AuditKeysDto })
  async keys(@Res({ passthrough: true }) res: Response): Promise<AuditKeysDto> {
    res.setHeader('Cache-Control', 'public, max-age=300');
    return { keys: await this.queries.execute(new ListPublishedKeys()) };
  }

  @Get('checkpoints/latest')
  @Roles('court-liaison', 'coordinator', 'admin')
  @ApiOperation({
    summary: 'The latest signed checkpoint with all its leaves: give it to `npm run verify -- --checkpoint` or the /verify page',
  })
  @ApiQuery()
  @ApiOkResponse({ type: CheckpointDocumentDto })
  async latest() {
    const found = await this.queries.execute(new ReadLatestCheckpoint());
    if (!found) throw new NotFoundError('checkpoint', 'latest');
    return found;
  }

  @Get('checkpoints/:checkpointId')
  @Roles('court-liaison', 'coordinator', 'admin')
  @ApiOperation({ summary: 'One signed checkpoint with all its leaves' })
  @ApiProblems(400, 401, 403, 404)
  @ApiOkResponse({ type: CheckpointDocumentDto })
  async byId(@Param('checkpointId', UuidParam) checkpointId: string) {
    const found = await this.queries.execute(new ReadCheckpoint(checkpointId));
    if (!found) throw new NotFoundError('checkpoint', checkpointId);
    return found;
  }
}
