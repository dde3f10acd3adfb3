import { Module } from '@nestjs/common';
import { DeadlinesController } from './deadlines.controller';
import { ListDeadlinesHandler } from './deadlines.query';

/** GET /deadlines; the projection itself is registered in ALL_PROJECTIONS. */
@Module({ controllers: [DeadlinesController], providers: [ListDeadlinesHandler] })
export class DeadlinesModule {}
