import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AccessLogController } from './access-log.controller';
import { AccessLogInterceptor } from './access-log.interceptor';
import { ReadAccessLogHandler } from './access-log.query';
import { AccessLogRecorder } from './access-log.recorder';

/** The access log: every read of case or household content, recorded before it is answered. */
@Module({
  controllers: [AccessLogController],
  providers: [AccessLogRecorder, ReadAccessLogHandler, { provide: APP_INTERCEPTOR, useClass: AccessLogInterceptor }],
})
export class AccessModule {}
