import { Module } from '@nestjs/common';
import { InitiativesController } from './initiatives/initiatives.controller';
import { InitiativeCalendar } from './initiatives/initiatives.query';
import { PartnersController } from './partners/partners.controller';
import { PartnerDirectory } from './partners/partners.query';
import { ReportsController } from './reports/reports.controller';
import { ReportInbox } from './reports/reports.query';
import { CommunityStatisticsController } from './statistics/community-statistics.controller';
import { CommunityStatistics } from './statistics/community-statistics.query';

/** The community network: partners, prevention initiatives and reports before a case (issue 14). */
@Module({
  controllers: [PartnersController, InitiativesController, ReportsController, CommunityStatisticsController],
  providers: [PartnerDirectory, InitiativeCalendar, ReportInbox, CommunityStatistics],
})
export class CommunityModule {}
