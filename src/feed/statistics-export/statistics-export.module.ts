import { Module } from '@nestjs/common';
import { PseudonymKeyHolder } from './pseudonym-key';
import { StatisticsExportController } from './statistics-export.controller';
import { ListCasesActiveInHandler } from './statistics-export.query';

/** Integrators and the coordinator: the pseudonymised per-minor statistics export (its projection is in ALL_PROJECTIONS). */
@Module({ controllers: [StatisticsExportController], providers: [PseudonymKeyHolder, ListCasesActiveInHandler] })
export class StatisticsExportModule {}
