import { Module } from '@nestjs/common';
import { CaseloadController } from './caseload.controller';

@Module({ controllers: [CaseloadController] })
export class CaseloadModule {}
