import { Module } from '@nestjs/common';
import { ReadCaseloadOverviewHandler } from './caseload-overview.query';
import { CaseloadController } from './caseload.controller';
import { ReadWorkerCaseloadHandler } from './worker-caseload.query';

@Module({ controllers: [CaseloadController], providers: [ReadWorkerCaseloadHandler, ReadCaseloadOverviewHandler] })
export class CaseloadModule {}
