import { DynamicModule, Module } from '@nestjs/common';
import { CaseAssessmentController } from './assessment/assessment.controller';
import { CaseHashAtHandler, LoadCaseHandler, ReadCaseEventsHandler } from './case.queries';
import { CaseQueriesController } from './case.queries.controller';
import { CaseCourtController } from './court/court.controller';
import { CaseOpenings } from './lifecycle/case-openings';
import { CaseLifecycleController } from './lifecycle/lifecycle.controller';
import { CasePlacementController } from './placement/placement.controller';
import { CasePlanController } from './plan/plan.controller';
import { CaseProtectionController } from './protection/protection.controller';
import { CaseTeamController } from './team/team.controller';
import { DEADLINE_ENGINE_ACTIVE, DeadlineEngine } from './lapses/deadline-engine';

/** Cases over HTTP, one controller per area: every command is data sent through Streams; open/close/reopen also keep the minor's guard. */
@Module({
  controllers: [
    CaseLifecycleController,
    CaseTeamController,
    CaseAssessmentController,
    CasePlanController,
    CaseProtectionController,
    CasePlacementController,
    CaseCourtController,
    CaseQueriesController,
  ],
  providers: [CaseOpenings, LoadCaseHandler, ReadCaseEventsHandler, CaseHashAtHandler, DeadlineEngine],
})
export class CasesModule {
  /** active: false for the OpenAPI generator, which has no database; the engine then never runs. */
  static register({ active }: { active: boolean }): DynamicModule {
    return { module: CasesModule, providers: [{ provide: DEADLINE_ENGINE_ACTIVE, useValue: active }] };
  }
}
