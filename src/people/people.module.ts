import { FindFamiliesHandler } from './family-search.query';
import { Global, Module } from '@nestjs/common';
import { PeopleController } from './people.controller';
import { FamilyMapController } from './family-map/family-map.controller';
import { ReadFamilyMapRegistryHandler } from './family-map/family-map.query';
import { PeopleDirectory } from './people.query';
import { PersonRegistrar } from './person-registrar';
import { FindPeopleHandler, FindPersonSummaryHandler, ReadPersonVisibilityHandler } from './person-summaries.query';

/** The person registry; households and the family map use its registrar and directory. */
@Global()
@Module({
  controllers: [PeopleController, FamilyMapController],
  providers: [
    PeopleDirectory,
    PersonRegistrar,
    FindPersonSummaryHandler,
    FindFamiliesHandler,
    ReadPersonVisibilityHandler,
    FindPeopleHandler,
    ReadFamilyMapRegistryHandler,
  ],
  exports: [PeopleDirectory, PersonRegistrar],
})
export class PeopleModule {}
