import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AppConfig } from '../config/config';
import { METRICS_TOKEN, MetricsController } from './metrics.controller';
import { Metrics } from './metrics';
import { RouteSpanInterceptor } from './route-span.interceptor';

/** Metrics (injectable everywhere, for gauges), GET /metrics, and naming the request span by its route. */
@Global()
@Module({})
export class ObservabilityModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: ObservabilityModule,
      controllers: [MetricsController],
      providers: [
        { provide: Metrics, useFactory: () => new Metrics() },
        { provide: METRICS_TOKEN, useValue: config.metricsToken },
        { provide: APP_INTERCEPTOR, useClass: RouteSpanInterceptor },
      ],
      exports: [Metrics],
    };
  }
}
