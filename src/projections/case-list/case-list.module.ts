import { Module } from '@nestjs/common';
import { CaseListController } from './case-list.controller';
import { ListCasesHandler } from './case-list.query';

@Module({ controllers: [CaseListController], providers: [ListCasesHandler] })
export class CaseListModule {}
