import { Module } from '@nestjs/common';
import { TimelineController } from './timeline.controller';
import { ReadTimelineHandler } from './timeline.query';

@Module({ controllers: [TimelineController], providers: [ReadTimelineHandler] })
export class TimelineModule {}
