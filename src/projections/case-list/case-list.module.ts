import { Module } from '@nestjs/common';
import { CaseListController } from './case-list.controller';

@Module({ controllers: [CaseListController] })
export class CaseListModule {}
