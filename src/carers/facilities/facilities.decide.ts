import { Dated } from '../../common/decider';
import { dateAfterOccurredAt } from '../../cases/case.errors';
import { romeDate } from '../../common/rome-date';
import { officialMunicipality } from '../../reference/municipality.rule';
import { capacityUnchanged, facilityAlreadyRegistered, facilityClosed, facilityNotFound } from './facility.errors';
import { FacilityEvent } from './facility.events';
import { FacilityState } from './facilities.evolve';

/** Every command names its facility; occurredAt absent means now. */
interface FacilityCommandFields {
  facilityId: string;
  occurredAt?: string;
}

type RegisteredData = Extract<FacilityEvent, { type: 'FacilityRegistered' }>['data'];
export type RegisterFacility = { type: 'RegisterFacility' } & RegisteredData & FacilityCommandFields;
export type ChangeFacilityCapacity = { type: 'ChangeFacilityCapacity'; capacity: number; reason: string } & FacilityCommandFields;
export type CloseFacility = { type: 'CloseFacility'; closedOn: string; reason: string } & FacilityCommandFields;
export type FacilityCommand = RegisterFacility | ChangeFacilityCapacity | CloseFacility;

const openFacility = (state: FacilityState, facilityId: string): FacilityState => {
  if (!state.exists) throw facilityNotFound(facilityId);
  if (!state.open) throw facilityClosed(facilityId);
  return state;
};

export const registerFacility = (cmd: Dated<RegisterFacility>, state: FacilityState): FacilityEvent[] => {
  if (state.exists) throw facilityAlreadyRegistered(cmd.facilityId);
  if (cmd.authorisation.actDate > romeDate(cmd.occurredAt))
    throw dateAfterOccurredAt('authorisation.actDate', cmd.authorisation.actDate, cmd.occurredAt);
  const { facilityId, name, kind, capacity, municipality, address, authorisation } = cmd;
  return [
    {
      type: 'FacilityRegistered',
      data: {
        facilityId,
        name,
        kind,
        capacity,
        municipality: officialMunicipality(municipality),
        address,
        authorisation: { ...authorisation },
      },
    },
  ];
};

/** A new authorisation or a reduction: the places the facility may host from now on. */
export const changeFacilityCapacity = (
  { facilityId, capacity, reason }: Dated<ChangeFacilityCapacity>,
  state: FacilityState,
): FacilityEvent[] => {
  if (openFacility(state, facilityId).capacity === capacity) throw capacityUnchanged(capacity);
  return [{ type: 'FacilityCapacityChanged', data: { facilityId, capacity, reason } }];
};

export const closeFacility = (
  { facilityId, closedOn, reason, occurredAt }: Dated<CloseFacility>,
  state: FacilityState,
): FacilityEvent[] => {
  openFacility(state, facilityId);
  if (closedOn > romeDate(occurredAt)) throw dateAfterOccurredAt('closedOn', closedOn, occurredAt);
  return [{ type: 'FacilityClosed', data: { facilityId, closedOn, reason } }];
};
