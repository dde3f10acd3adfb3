import { Module } from '@nestjs/common';
import { CaseAccessGrantsController } from './access-grants/access-grants.controller';
import { CaseAssessmentController } from './assessment/assessment.controller';
import { CaseHashAtHandler, LoadCaseHandler, ReadCaseEventsHandler } from './case.queries';
import { CaseQueriesController } from './case.queries.controller';
import { CaseEntriesController } from './entries/case-entries.controller';
import { CaseChildHearingController } from './child-hearing/child-hearing.controller';
import { CaseTeamEvaluationController } from './team-evaluation/team-evaluation.controller';
import { CaseSupervisionController } from './supervision/supervision.controller';
import { CaseCourtController } from './court/court.controller';
import { CaseOpenings } from './lifecycle/case-openings';
import { CaseLifecycleController } from './lifecycle/lifecycle.controller';
import { CasePlacementController } from './placement/placement.controller';
import { CasePlanController } from './plan/plan.controller';
import { CaseProtectionController } from './protection/protection.controller';
import { CaseTeamController } from './team/team.controller';

/** Cases over HTTP, one controller per area: every command is data sent through Streams; open/close/reopen also keep the minor's guard. */
@Module({
  controllers: [
    CaseLifecycleController,
    CaseTeamController,
    CaseAccessGrantsController,
    CaseAssessmentController,
    CasePlanController,
    CaseProtectionController,
    CasePlacementController,
    CaseCourtController,
    CaseQueriesController,
    CaseEntriesController,
    CaseChildHearingController,
    CaseTeamEvaluationController,
    CaseSupervisionController,
  ],
  providers: [CaseOpenings, LoadCaseHandler, ReadCaseEventsHandler, CaseHashAtHandler],
})
export class CasesModule {}
