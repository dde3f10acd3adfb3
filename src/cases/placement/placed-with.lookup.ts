import { facilityKind } from '../../carers/facilities/facility.decider';
import { carerNames } from '../../carers/foster-carers/foster-carer.events';
import { fosterCarerKind } from '../../carers/foster-carers/foster-carer.decider';
import { Streams } from '../../common/send-command';
import { familyKind } from '../../families/family.decider';
import { caseKind } from '../case.decider';
import { PlaceRequest } from '../case.values';
import { PlaceFacts } from './placed-with.rules';

/** The places a command names, with their capacity: decide reads the facts, the answer's warning reads the capacity. */
export interface LookedUpPlace {
  facts: PlaceFacts;
  capacity?: { placeType: 'facility' | 'foster-carer'; placeId: string; places: number };
}

/** Reads the facility or foster carer named and, for a parent placed with the child, the case's family: facts for decide. */
export const lookUpPlace = async (streams: Streams, caseId: string, { placedWith, withParent }: PlaceRequest): Promise<LookedUpPlace> => {
  const found: LookedUpPlace = { facts: {} };
  if (placedWith?.facilityId) {
    const facility = (await streams.load(facilityKind, placedWith.facilityId)).state;
    if (facility.exists) {
      const { name, kind, open, capacity } = facility;
      found.facts.facility = { facilityId: placedWith.facilityId, name: name!, kind: kind!, open };
      found.capacity = { placeType: 'facility', placeId: placedWith.facilityId, places: capacity! };
    }
  }
  if (placedWith?.fosterCarerId) {
    const carer = (await streams.load(fosterCarerKind, placedWith.fosterCarerId)).state;
    if (carer.exists) {
      const { carers, availability, active } = carer;
      found.facts.fosterCarer = {
        fosterCarerId: placedWith.fosterCarerId,
        name: carerNames(carers),
        accepts: [...availability!.accepts],
        active,
      };
      found.capacity = { placeType: 'foster-carer', placeId: placedWith.fosterCarerId, places: availability!.places };
    }
  }
  if (withParent) {
    const { status, familyId } = (await streams.load(caseKind, caseId)).state;
    const family = status === 'none' ? undefined : (await streams.load(familyKind, familyId)).state;
    if (family?.exists) {
      const members = family.members.map((m) => ({ id: m.id, role: m.role, name: `${m.givenName} ${m.familyName}` }));
      found.facts.family = { familyId, members };
    }
  }
  return found;
};
