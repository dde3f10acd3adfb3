import { Module } from '@nestjs/common';
import { FacilitiesController } from './facilities/facilities.controller';
import { FacilityDirectory } from './facilities/facilities.query';
import { Occupancy } from './occupancy/occupancy.query';

/** Carers and facilities (issue 15): where a placed child lives, and how full each place is. */
@Module({
  controllers: [FacilitiesController],
  providers: [FacilityDirectory, Occupancy],
  exports: [Occupancy],
})
export class CarersModule {}
