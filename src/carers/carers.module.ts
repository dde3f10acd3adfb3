import { Module } from '@nestjs/common';
import { FacilitiesController } from './facilities/facilities.controller';
import { ListFacilitiesHandler } from './facilities/facilities.query';
import { FosterCarersController } from './foster-carers/foster-carers.controller';
import { ListFosterCarersHandler } from './foster-carers/foster-carers.query';
import { Occupancy, ReadPlacesTakenHandler } from './occupancy/occupancy.query';

/** Carers and facilities (issue 15): where a placed child lives, and how full each place is. */
@Module({
  controllers: [FacilitiesController, FosterCarersController],
  // Occupancy is the one count the list handlers and ReadPlacesTaken (a place's page, a placement's warning) share.
  providers: [ListFacilitiesHandler, ListFosterCarersHandler, ReadPlacesTakenHandler, Occupancy],
})
export class CarersModule {}
