import { Module } from '@nestjs/common';
import { CaseCourtController } from './case.controller-court';
import { CaseLifecycleController } from './case.controller-lifecycle';
import { CasePlanController } from './case.controller-plan';
import { CaseProtectionController } from './case.controller-protection';
import { CaseQueriesController } from './case.controller-queries';
import { CaseTeamController } from './case.controller-team';
import { CloseCaseHandler, OpenCaseHandler, ReopenCaseHandler } from './case.handlers';
import { CaseCommands } from './case.http';
import { CaseHashAtHandler, LoadCaseHandler, ReadCaseEventsHandler } from './case.queries';
import { MinorGuard } from './minor-guard';

/** Cases over HTTP: every command goes through the generic StreamCommand path; open/close/reopen also keep the minor's guard. */
@Module({
  controllers: [
    CaseLifecycleController,
    CaseTeamController,
    CasePlanController,
    CaseProtectionController,
    CaseCourtController,
    CaseQueriesController,
  ],
  providers: [
    CaseCommands,
    MinorGuard,
    OpenCaseHandler,
    CloseCaseHandler,
    ReopenCaseHandler,
    LoadCaseHandler,
    ReadCaseEventsHandler,
    CaseHashAtHandler,
  ],
  exports: [CaseCommands],
})
export class CasesModule {}
