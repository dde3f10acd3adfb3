import { Module } from '@nestjs/common';
import { CaseloadController } from './caseload.controller';
import { GetCaseloadOverviewHandler } from './caseload-overview.query';
import { GetWorkerCaseloadHandler } from './worker-caseload.query';

@Module({ controllers: [CaseloadController], providers: [GetWorkerCaseloadHandler, GetCaseloadOverviewHandler] })
export class CaseloadModule {}
