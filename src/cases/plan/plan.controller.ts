import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { Response } from 'express';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { commandResult } from '../../common/command-result';
import { Context, IfMatch, RequestContext } from '../../common/request-context';
import { IfMatchValue, Streams } from '../../common/send-command';
import { familyFactsOfCase } from '../family-facts';
import { UuidParam } from '../../common/uuid-param';
import { CaseAccess } from '../case-access.guard';
import { caseKind } from '../case.decider';
import { CaseCommand } from '../case.http';
import { AgreeSupportPlanDto, CloseSupportPlanDto, DraftSupportPlanDto, ReviewSupportPlanDto } from './dto/support-plan.dto';
import { EndInterventionDto, StartInterventionDto } from './dto/intervention.dto';

/** The support plan (Progetto Quadro): drafted, agreed with the family, its interventions, reviews, closure. */
@ApiTags('cases')
@Controller('cases')
@CaseAccess()
export class CasePlanController {
  constructor(
    private readonly streams: Streams,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post(':caseId/support-plans')
  @CaseCommand('Draft a support plan with goals and planned interventions (SupportPlanDrafted); id is the plan id', {
    answer: 'created',
    description: 'goalNeeds cite the needs of completed assessments: 404 NEED_NOT_FOUND; 400 GOAL_NOT_FOUND for a goal index out of range.',
  })
  async draft(
    @Param('caseId', UuidParam) caseId: string,
    @Body() { occurredAt, ...plan }: DraftSupportPlanDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const planId = randomUUID();
    const command = { type: 'DraftSupportPlan', ...plan, caseId, planId, occurredAt } as const;
    const names = (plan.parentGoals?.length ?? 0) > 0 || plan.interventions.some((i) => i.targetPersonId);
    const facts = names ? await familyFactsOfCase(this.streams, caseId) : undefined;
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch, facts, answer: { id: planId } }));
  }

  @Post(':caseId/support-plans/:planId/agreement')
  @CaseCommand("Record the family's agreement and consents (SupportPlanAgreed)", {
    description: '409 SUPPORT_PLAN_ALREADY_AGREED, SUPPORT_PLAN_CLOSED; 409 APPROVAL_REQUIRED where SUPERVISED_ACTS has support-plan.',
  })
  async agree(
    @Param('caseId', UuidParam) caseId: string,
    @Param('planId', UuidParam) planId: string,
    @Body() { occurredAt, consents }: AgreeSupportPlanDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command = { type: 'AgreeSupportPlan', caseId, planId, consents, occurredAt } as const;
    const facts = { supervisedActs: this.config.supervisedActs };
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch, facts }));
  }

  @Post(':caseId/support-plans/:planId/interventions')
  @CaseCommand('Start an intervention of the plan (InterventionStarted); id is the intervention id', { answer: 'created' })
  async startIntervention(
    @Param('caseId', UuidParam) caseId: string,
    @Param('planId', UuidParam) planId: string,
    @Body() { occurredAt, ...intervention }: StartInterventionDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const interventionId = randomUUID();
    const command = { type: 'StartIntervention', ...intervention, caseId, planId, interventionId, occurredAt } as const;
    const facts = intervention.targetPersonId ? await familyFactsOfCase(this.streams, caseId) : undefined;
    const options = { ifMatch, facts, answer: { id: interventionId } };
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, options));
  }

  @Post(':caseId/support-plans/:planId/interventions/:interventionId/end')
  @CaseCommand('End an intervention (InterventionEnded)', { description: '409 INTERVENTION_ALREADY_ENDED.' })
  async endIntervention(
    @Param('caseId', UuidParam) caseId: string,
    @Param('planId', UuidParam) planId: string,
    @Param('interventionId', UuidParam) interventionId: string,
    @Body() { occurredAt, endedOn, outcome: result }: EndInterventionDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command = { type: 'EndIntervention', caseId, planId, interventionId, endedOn, outcome: result, occurredAt } as const;
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch }));
  }

  @Post(':caseId/support-plans/:planId/reviews')
  @CaseCommand('Review the plan, with progress per goal (SupportPlanReviewed)', { description: '400 GOAL_NOT_FOUND.' })
  async review(
    @Param('caseId', UuidParam) caseId: string,
    @Param('planId', UuidParam) planId: string,
    @Body() { occurredAt, ...review }: ReviewSupportPlanDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command = { type: 'ReviewSupportPlan', ...review, caseId, planId, occurredAt } as const;
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch }));
  }

  @Post(':caseId/support-plans/:planId/closure')
  @CaseCommand('Close the plan once its interventions have ended (SupportPlanClosed)', { description: '409 INTERVENTIONS_STILL_ACTIVE.' })
  async close(
    @Param('caseId', UuidParam) caseId: string,
    @Param('planId', UuidParam) planId: string,
    @Body() { occurredAt, reason }: CloseSupportPlanDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command = { type: 'CloseSupportPlan', caseId, planId, reason, occurredAt } as const;
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch }));
  }
}
