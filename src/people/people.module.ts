import { Global, Module } from '@nestjs/common';
import { PeopleController } from './people.controller';
import { FamilyMapController } from './family-map/family-map.controller';
import { PeopleDirectory } from './people.query';
import { PersonRegistrar } from './person-registrar';

/** The person registry; households and the family map use its registrar and directory. */
@Global()
@Module({
  controllers: [PeopleController, FamilyMapController],
  providers: [PeopleDirectory, PersonRegistrar],
  exports: [PeopleDirectory, PersonRegistrar],
})
export class PeopleModule {}
