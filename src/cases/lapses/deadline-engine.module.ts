import { DynamicModule, Module } from '@nestjs/common';
import { DEADLINE_ENGINE_ACTIVE, DeadlineEngine } from './deadline-engine';

/** The deadline engine; active: false for the OpenAPI generator, which has no database. */
@Module({})
export class DeadlineEngineModule {
  static register({ active }: { active: boolean }): DynamicModule {
    return { module: DeadlineEngineModule, providers: [{ provide: DEADLINE_ENGINE_ACTIVE, useValue: active }, DeadlineEngine] };
  }
}
