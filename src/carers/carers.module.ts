import { Module } from '@nestjs/common';
import { FacilitiesController } from './facilities/facilities.controller';
import { FacilityDirectory } from './facilities/facilities.query';
import { FosterCarersController } from './foster-carers/foster-carers.controller';
import { FosterCarerDirectory } from './foster-carers/foster-carers.query';
import { Occupancy } from './occupancy/occupancy.query';

/** Carers and facilities (issue 15): where a placed child lives, and how full each place is. */
@Module({
  controllers: [FacilitiesController, FosterCarersController],
  providers: [FacilityDirectory, FosterCarerDirectory, Occupancy],
  exports: [Occupancy],
})
export class CarersModule {}
