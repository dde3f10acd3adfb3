import { Module } from '@nestjs/common';
import { StatisticsController } from './statistics.controller';
import { ReadStatisticsHandler } from './statistics.query';

@Module({ controllers: [StatisticsController], providers: [ReadStatisticsHandler] })
export class StatisticsModule {}
