import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { Response } from 'express';
import { commandResult } from '../../common/command-result';
import { Context, IfMatch, RequestContext } from '../../common/request-context';
import { IfMatchValue, Streams } from '../../common/send-command';
import { UuidParam } from '../../common/uuid-param';
import { CaseAccess } from '../case-access.guard';
import { caseKind } from '../case.decider';
import { CaseCommand, asEntry } from '../case.http';
import { RecordTeamEvaluationDto } from './dto/team-evaluation.dto';

@ApiTags('cases')
@Controller('cases')
@CaseAccess()
export class CaseTeamEvaluationController {
  constructor(private readonly streams: Streams) {}

  @Post(':caseId/team-evaluations')
  @CaseCommand("Record the team's joint evaluation, the valutazione d'équipe (TeamEvaluationRecorded); id is the evaluation id", {
    answer: 'created',
    description:
      '400 CONTRIBUTOR_NOT_ON_TEAM, CONTRIBUTION_NOT_THEIR_DISCIPLINE (the role decides the discipline), AGREEMENT_NOT_BY_TEAM, ' +
      'AGREED_AND_DISSENTED; 403 RESTRICTION_NOT_YOUR_DISCIPLINE. Report drafts cite the latest evaluation of their period.',
  })
  async record(
    @Param('caseId', UuidParam) caseId: string,
    @Body() { occurredAt, contributions, conclusion, agreedBy, dissent }: RecordTeamEvaluationDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const evaluationId = randomUUID();
    const command = {
      type: 'RecordTeamEvaluation',
      caseId,
      evaluationId,
      contributions: contributions.map(({ discipline, workerId, entry }) => ({ discipline, workerId, entry: asEntry(entry) })),
      conclusion,
      agreedBy,
      dissent: dissent?.map(({ workerId, text }) => ({ workerId, text })),
      occurredAt,
    } as const;
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch, answer: { id: evaluationId } }));
  }
}
