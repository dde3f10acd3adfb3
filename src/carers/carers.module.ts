import { Module } from '@nestjs/common';
import { FacilitiesController } from './facilities/facilities.controller';
import { ListFacilitiesHandler } from './facilities/facilities.query';
import { FosterCarersController } from './foster-carers/foster-carers.controller';
import { ListFosterCarersHandler } from './foster-carers/foster-carers.query';
import { Occupancy, ReadPlacesTakenHandler } from './occupancy/occupancy.query';

/** Carers and facilities (issue 15): where a placed child lives, and how full each place is. */
@Module({
  controllers: [FacilitiesController, FosterCarersController],
  // Occupancy stays injectable: the list handlers and the placing controllers' capacity warnings count with it.
  providers: [ListFacilitiesHandler, ListFosterCarersHandler, ReadPlacesTakenHandler, Occupancy],
  exports: [Occupancy],
})
export class CarersModule {}
