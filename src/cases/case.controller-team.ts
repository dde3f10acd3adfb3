import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { Response } from 'express';
import { commandResult } from '../common/command-result';
import { Context, IfMatch, RequestContext } from '../common/request-context';
import { UuidParam } from '../common/uuid-param';
import {
  assignTeamMember,
  changeCaseManager,
  completeAssessment,
  recordAssessmentEntry,
  recordContact,
  releaseTeamMember,
  startAssessment,
} from './case.decide';
import { CaseCommand, CaseCommands, IfMatchValue, WorkerIdParam, asEntry } from './case.http';
import {
  AssignTeamMemberDto,
  ChangeCaseManagerDto,
  CompleteAssessmentDto,
  RecordAssessmentEntryDto,
  RecordContactDto,
  ReleaseTeamMemberDto,
  StartAssessmentDto,
} from './dto';
import { CaseAccess } from './case-access.guard';

/** The team at work: who is on the case, the assessments by discipline, and the contact log. */
@ApiTags('cases')
@Controller('cases')
@CaseAccess()
export class CaseTeamController {
  constructor(private readonly cases: CaseCommands) {}

  @Post(':caseId/team-members')
  @CaseCommand('Assign a worker to the team (TeamMemberAssigned)', 'ok', '409 TEAM_MEMBER_ALREADY_ASSIGNED.')
  async assignTeamMember(
    @Param('caseId', UuidParam) caseId: string,
    @Body() { occurredAt, workerId, name, role }: AssignTeamMemberDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const outcome = await this.cases.send({ caseId, occurredAt, context, ifMatch }, (state, now, at) =>
      assignTeamMember({ caseId, workerId, name, role, occurredAt: at }, state, now),
    );
    return commandResult(res, outcome);
  }

  @Post(':caseId/team-members/:workerId/release')
  @CaseCommand('Release a worker from the team (TeamMemberReleased); releasing the manager leaves the case without one', 'ok', '404 TEAM_MEMBER_NOT_FOUND.')
  async releaseTeamMember(
    @Param('caseId', UuidParam) caseId: string,
    @Param('workerId', WorkerIdParam) workerId: string,
    @Body() { occurredAt }: ReleaseTeamMemberDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const outcome = await this.cases.send({ caseId, occurredAt, context, ifMatch }, (state, now, at) =>
      releaseTeamMember({ caseId, workerId, occurredAt: at }, state, now),
    );
    return commandResult(res, outcome);
  }

  @Post(':caseId/case-manager')
  @CaseCommand('Name the case manager among the team (CaseManagerChanged)', 'ok', '409 CASE_MANAGER_NOT_A_MEMBER, CASE_MANAGER_UNCHANGED.')
  async changeCaseManager(
    @Param('caseId', UuidParam) caseId: string,
    @Body() { occurredAt, workerId }: ChangeCaseManagerDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const outcome = await this.cases.send({ caseId, occurredAt, context, ifMatch }, (state, now, at) =>
      changeCaseManager({ caseId, workerId, occurredAt: at }, state, now),
    );
    return commandResult(res, outcome);
  }

  @Post(':caseId/assessments')
  @CaseCommand('Start an assessment in one discipline (AssessmentStarted); id is the assessment id', 'created', '409 ASSESSMENT_ALREADY_OPEN.')
  async startAssessment(
    @Param('caseId', UuidParam) caseId: string,
    @Body() { occurredAt, discipline }: StartAssessmentDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const assessmentId = randomUUID();
    const outcome = await this.cases.send({ caseId, occurredAt, context, ifMatch }, (state, now, at) =>
      startAssessment({ caseId, assessmentId, discipline, occurredAt: at }, state, now),
    );
    return commandResult(res, outcome, assessmentId);
  }

  @Post(':caseId/assessments/:assessmentId/entries')
  @CaseCommand('Record a finding: a fact, a statement (statedBy) or an evaluation (method) (AssessmentEntryRecorded)')
  async recordAssessmentEntry(
    @Param('caseId', UuidParam) caseId: string,
    @Param('assessmentId', UuidParam) assessmentId: string,
    @Body() { occurredAt, ...entry }: RecordAssessmentEntryDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const outcome = await this.cases.send({ caseId, occurredAt, context, ifMatch }, (state, now, at) =>
      recordAssessmentEntry({ caseId, assessmentId, entry: asEntry(entry), occurredAt: at }, state, now),
    );
    return commandResult(res, outcome);
  }

  @Post(':caseId/assessments/:assessmentId/completion')
  @CaseCommand('Complete an assessment with its risk level and factors (AssessmentCompleted)', 'ok', '409 ASSESSMENT_COMPLETED.')
  async completeAssessment(
    @Param('caseId', UuidParam) caseId: string,
    @Param('assessmentId', UuidParam) assessmentId: string,
    @Body() { occurredAt, ...completion }: CompleteAssessmentDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const outcome = await this.cases.send({ caseId, occurredAt, context, ifMatch }, (state, now, at) =>
      completeAssessment({ ...completion, caseId, assessmentId, occurredAt: at }, state, now),
    );
    return commandResult(res, outcome);
  }

  @Post(':caseId/contacts')
  @CaseCommand('Record a contact with its fact / statement / evaluation entries (ContactRecorded); id is the contact id', 'created')
  async recordContact(
    @Param('caseId', UuidParam) caseId: string,
    @Body() { occurredAt, kind, participants, entries }: RecordContactDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const contactId = randomUUID();
    const outcome = await this.cases.send({ caseId, occurredAt, context, ifMatch }, (state, now, at) =>
      recordContact({ caseId, contactId, kind, participants, entries: entries.map(asEntry), occurredAt: at }, state, now),
    );
    return commandResult(res, outcome, contactId);
  }
}
