import { Module } from '@nestjs/common';
import { InitiativesController } from './initiatives/initiatives.controller';
import { ReadInitiativeCalendarHandler } from './initiatives/initiatives.query';
import { PartnersController } from './partners/partners.controller';
import { ListPartnersHandler } from './partners/partners.query';
import { ReportsController } from './reports/reports.controller';
import { ReadReportInboxHandler } from './reports/reports.query';
import { CommunityStatisticsController } from './statistics/community-statistics.controller';
import { ReadCommunityStatisticsHandler } from './statistics/community-statistics.query';

/** The community network: partners, prevention initiatives and reports before a case (issue 14). */
@Module({
  controllers: [PartnersController, InitiativesController, ReportsController, CommunityStatisticsController],
  providers: [ListPartnersHandler, ReadInitiativeCalendarHandler, ReadReportInboxHandler, ReadCommunityStatisticsHandler],
})
export class CommunityModule {}
