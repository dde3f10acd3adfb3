import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { Response } from 'express';
import { commandResult } from '../../common/command-result';
import { InvalidInputError } from '../../common/domain-error';
import { Context, IfMatch, RequestContext } from '../../common/request-context';
import { IfMatchValue, Streams } from '../../common/send-command';
import { UuidParam } from '../../common/uuid-param';
import { CaseAccess } from '../case-access.guard';
import { caseKind } from '../case.decider';
import { CaseCommand } from '../case.http';
import { CaseHashAt } from '../case.queries';
import { DecideSubmissionDto, SubmitForApprovalDto } from './dto/supervision.dto';

/** The subject an approval covers, per act; a missing one is named in the refusal. */
const subjectOf = ({ act, planId, closureReason, headHash }: SubmitForApprovalDto): string => {
  const subject = { 'support-plan': planId, closure: closureReason, 'court-report': headHash }[act];
  if (subject) return subject;
  const needs = { 'support-plan': 'planId', closure: 'closureReason', 'court-report': 'toRevision and headHash' }[act];
  throw new InvalidInputError('APPROVAL_SUBJECT_MISSING', `a ${act} submission names ${needs}`, { act });
};

/** Supervision: acts the service has its coordinator approve before they take effect (SUPERVISED_ACTS). */
@ApiTags('cases')
@Controller('cases')
@CaseAccess()
export class CaseSupervisionController {
  constructor(
    private readonly streams: Streams,
    private readonly queries: QueryBus,
  ) {}

  @Post(':caseId/approvals')
  @CaseCommand('Submit an act to the coordinator for approval (SubmittedForApproval); id is the approval id', {
    answer: 'created',
    description:
      'support-plan names the drafted planId; closure the closureReason; court-report the toRevision and headHash the report will pin. ' +
      '400 APPROVAL_SUBJECT_MISSING; 404 SUPPORT_PLAN_NOT_FOUND; 409 SUPPORT_PLAN_NOT_DRAFT, ALREADY_SUBMITTED, REPORT_HEAD_HASH_MISMATCH.',
  })
  async submit(
    @Param('caseId', UuidParam) caseId: string,
    @Body() body: SubmitForApprovalDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const approvalId = randomUUID();
    const subjectKey = subjectOf(body);
    const { act, note, toRevision, occurredAt } = body;
    const hashAtToRevision = act === 'court-report' ? await this.queries.execute(new CaseHashAt(caseId, toRevision!)) : undefined;
    const command = { type: 'SubmitForApproval', caseId, approvalId, act, subjectKey, note, toRevision, occurredAt } as const;
    const options = { ifMatch, facts: { hashAtToRevision }, answer: { id: approvalId } };
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, options));
  }

  @Post(':caseId/approvals/:approvalId/decision')
  @CaseCommand('Approve a submitted act, or return it with a reason (SubmissionApproved, SubmissionReturned)', {
    roles: ['coordinator'],
    description: 'Coordinators only. 400 REASON_REQUIRED when returned without one; 404 APPROVAL_NOT_FOUND; 409 APPROVAL_ALREADY_DECIDED.',
  })
  async decide(
    @Param('caseId', UuidParam) caseId: string,
    @Param('approvalId', UuidParam) approvalId: string,
    @Body() { outcome, reason, note, occurredAt }: DecideSubmissionDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    if (outcome === 'returned' && !reason) throw new InvalidInputError('REASON_REQUIRED', 'a returned act says what to change: reason');
    const command =
      outcome === 'approved'
        ? ({ type: 'ApproveSubmission', caseId, approvalId, note, occurredAt } as const)
        : ({ type: 'ReturnSubmission', caseId, approvalId, reason: reason!, occurredAt } as const);
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch }));
  }
}
