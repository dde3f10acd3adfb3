import { Module } from '@nestjs/common';
import { DeadlinesController } from './deadlines.controller';

/** GET /deadlines; the projection itself is registered in ALL_PROJECTIONS. */
@Module({ controllers: [DeadlinesController] })
export class DeadlinesModule {}
