import { Module } from '@nestjs/common';
import { ApprovalsController } from './approvals.controller';
import { ListApprovalsHandler } from './approvals.query';

@Module({ controllers: [ApprovalsController], providers: [ListApprovalsHandler] })
export class ApprovalsModule {}
