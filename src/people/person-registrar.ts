import { Inject, Injectable } from '@nestjs/common';
import { RequestContext } from '../common/request-context';
import { Streams } from '../common/send-command';
import { CommandOutcome } from '../common/command-outcome';
import { EVENT_STORE, EventStore } from '../event-store/event-store';
import { ProjectionRunner } from '../projections/projection-runner';
import { PEOPLE } from './people.projection';
import { PeopleDirectory } from './people.query';
import { personKind } from './person.decider';
import { DuplicateCandidate, personMerged, personNotFound } from './person.errors';
import { PersonIdentity } from './person.events';
import { PersonState } from './person.evolve';

/** How long a registration waits for the people read model to hold every person registered so far. */
const REGISTRY_CATCH_UP_MS = 3000;

/** Registration with its duplicate check, shared by POST /people and adding a new member to a household. */
@Injectable()
export class PersonRegistrar {
  constructor(
    private readonly streams: Streams,
    private readonly directory: PeopleDirectory,
    private readonly runner: ProjectionRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /** The registry's read model, caught up to the log's head, so a person registered a moment ago is a candidate. */
  private async caughtUp(): Promise<PeopleDirectory> {
    const head = await this.store.headPosition();
    if (head !== undefined) await this.runner.waitUntilReached(head, [PEOPLE], REGISTRY_CATCH_UP_MS);
    return this.directory;
  }

  /** A new person: `personId` is minted for this registration. */
  async register(
    personId: string,
    identity: PersonIdentity,
    confirmNewPerson: boolean,
    context: RequestContext,
  ): Promise<CommandOutcome<PersonState>> {
    const duplicates = await (await this.caughtUp()).duplicatesOf(identity);
    const command = { type: 'RegisterPerson', personId, identity, duplicates, confirmNewPerson } as const;
    const answer = { id: personId, location: `/people/${personId}` };
    return this.streams.send(personKind, personId, command, context, { answer, newStream: true });
  }

  /** Who else holds a fiscal code a correction would give a person: the command's duplicate check, on the caught-up registry. */
  async fiscalCodeHolders(fiscalCode: string, except: string): Promise<DuplicateCandidate[]> {
    return (await this.caughtUp()).fiscalCodeHolders(fiscalCode, except);
  }

  /** A person others may reference: registered, and not merged into another record. */
  async current(personId: string): Promise<{ identity: PersonIdentity; revision: bigint }> {
    const { state, revision } = await this.streams.load(personKind, personId);
    if (!state.exists || !state.identity || revision === undefined) throw personNotFound(personId);
    if (state.mergedInto) throw personMerged(personId, state.mergedInto);
    return { identity: state.identity, revision };
  }
}
