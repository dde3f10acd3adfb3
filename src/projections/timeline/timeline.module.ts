import { Module } from '@nestjs/common';
import { TimelineController } from './timeline.controller';
import { GetCaseTimelineHandler } from './timeline.query';

@Module({ controllers: [TimelineController], providers: [GetCaseTimelineHandler] })
export class TimelineModule {}
