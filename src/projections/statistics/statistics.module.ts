import { Module } from '@nestjs/common';
import { StatisticsController } from './statistics.controller';
import { GetStatisticsHandler } from './statistics.query';

@Module({ controllers: [StatisticsController], providers: [GetStatisticsHandler] })
export class StatisticsModule {}
