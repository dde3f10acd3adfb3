import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { Response } from 'express';
import { commandResult } from '../common/command-result';
import { Context, IfMatch, RequestContext } from '../common/request-context';
import { UuidParam } from '../common/uuid-param';
import { agreeSupportPlan, closeSupportPlan, draftSupportPlan, endIntervention, reviewSupportPlan, startIntervention } from './case.decide';
import { CaseCommand, CaseCommands, IfMatchValue } from './case.http';
import {
  AgreeSupportPlanDto,
  CloseSupportPlanDto,
  DraftSupportPlanDto,
  EndInterventionDto,
  ReviewSupportPlanDto,
  StartInterventionDto,
} from './dto';
import { CaseAccess } from './case-access.guard';

/** The support plan (Progetto Quadro): drafted, agreed with the family, its interventions, reviews, closure. */
@ApiTags('cases')
@Controller('cases')
@CaseAccess()
export class CasePlanController {
  constructor(private readonly cases: CaseCommands) {}

  @Post(':caseId/support-plans')
  @CaseCommand('Draft a support plan with goals and planned interventions (SupportPlanDrafted); id is the plan id', 'created')
  async draft(
    @Param('caseId', UuidParam) caseId: string,
    @Body() { occurredAt, ...plan }: DraftSupportPlanDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const planId = randomUUID();
    const outcome = await this.cases.send({ caseId, occurredAt, context, ifMatch }, (state, now, at) =>
      draftSupportPlan({ ...plan, caseId, planId, occurredAt: at }, state, now),
    );
    return commandResult(res, outcome, planId);
  }

  @Post(':caseId/support-plans/:planId/agreement')
  @CaseCommand("Record the family's agreement and consents (SupportPlanAgreed)", 'ok', '409 SUPPORT_PLAN_ALREADY_AGREED, SUPPORT_PLAN_CLOSED.')
  async agree(
    @Param('caseId', UuidParam) caseId: string,
    @Param('planId', UuidParam) planId: string,
    @Body() { occurredAt, consents }: AgreeSupportPlanDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const outcome = await this.cases.send({ caseId, occurredAt, context, ifMatch }, (state, now, at) =>
      agreeSupportPlan({ caseId, planId, consents, occurredAt: at }, state, now),
    );
    return commandResult(res, outcome);
  }

  @Post(':caseId/support-plans/:planId/interventions')
  @CaseCommand('Start an intervention of the plan (InterventionStarted); id is the intervention id', 'created')
  async startIntervention(
    @Param('caseId', UuidParam) caseId: string,
    @Param('planId', UuidParam) planId: string,
    @Body() { occurredAt, ...intervention }: StartInterventionDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const interventionId = randomUUID();
    const outcome = await this.cases.send({ caseId, occurredAt, context, ifMatch }, (state, now, at) =>
      startIntervention({ ...intervention, caseId, planId, interventionId, occurredAt: at }, state, now),
    );
    return commandResult(res, outcome, interventionId);
  }

  @Post(':caseId/support-plans/:planId/interventions/:interventionId/end')
  @CaseCommand('End an intervention (InterventionEnded)', 'ok', '409 INTERVENTION_ALREADY_ENDED.')
  async endIntervention(
    @Param('caseId', UuidParam) caseId: string,
    @Param('planId', UuidParam) planId: string,
    @Param('interventionId', UuidParam) interventionId: string,
    @Body() { occurredAt, endedOn, outcome: result }: EndInterventionDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const outcome = await this.cases.send({ caseId, occurredAt, context, ifMatch }, (state, now, at) =>
      endIntervention({ caseId, planId, interventionId, endedOn, outcome: result, occurredAt: at }, state, now),
    );
    return commandResult(res, outcome);
  }

  @Post(':caseId/support-plans/:planId/reviews')
  @CaseCommand('Review the plan (SupportPlanReviewed)')
  async review(
    @Param('caseId', UuidParam) caseId: string,
    @Param('planId', UuidParam) planId: string,
    @Body() { occurredAt, ...review }: ReviewSupportPlanDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const outcome = await this.cases.send({ caseId, occurredAt, context, ifMatch }, (state, now, at) =>
      reviewSupportPlan({ ...review, caseId, planId, occurredAt: at }, state, now),
    );
    return commandResult(res, outcome);
  }

  @Post(':caseId/support-plans/:planId/closure')
  @CaseCommand('Close the plan once its interventions have ended (SupportPlanClosed)', 'ok', '409 INTERVENTIONS_STILL_ACTIVE.')
  async close(
    @Param('caseId', UuidParam) caseId: string,
    @Param('planId', UuidParam) planId: string,
    @Body() { occurredAt, reason }: CloseSupportPlanDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const outcome = await this.cases.send({ caseId, occurredAt, context, ifMatch }, (state, now, at) =>
      closeSupportPlan({ caseId, planId, reason, occurredAt: at }, state, now),
    );
    return commandResult(res, outcome);
  }
}
