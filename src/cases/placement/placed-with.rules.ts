import { facilityClosed, facilityNotFound } from '../../carers/facilities/facility.errors';
import { FacilityKind } from '../../carers/facilities/facility.events';
import { fosterCarerNotFound, fosterCarerWithdrawn } from '../../carers/foster-carers/foster-carer.errors';
import { AffidoKind } from '../../carers/foster-carers/foster-carer.events';
import { FamilyRole, MeasureKind, PlaceKind, PlaceRequest, PlacedParent, PlacedWith } from '../case.values';
import {
  affidoKindNotAccepted,
  parentNotInFamily,
  placeKindMismatch,
  placedWithAmbiguous,
  placedWithNotApplicable,
  placedWithRequired,
  withParentNotApplicable,
  withParentRequired,
} from './placed-with.errors';

/** The facility and foster carer a placement names, and the case's family, as its sender read them (absent: not found). */
export interface PlaceFacts {
  facility?: { facilityId: string; name: string; kind: FacilityKind; open: boolean };
  fosterCarer?: { fosterCarerId: string; name: string; accepts: AffidoKind[]; active: boolean };
  family?: { familyId: string; members: Array<{ id: string; role: FamilyRole; name: string }> };
}

type Named = 'facility' | 'foster-carer';

/**
 * What each place kind names: community kinds a facility of a fitting typology, a foster family its registered carers.
 * Relatives (affido intrafamiliare) may be registered carers or not; `other` may name either or nothing.
 */
const PLACES: Record<PlaceKind, { required?: Named; allowed: Named[]; facilityKinds?: FacilityKind[] }> = {
  community: {
    required: 'facility',
    allowed: ['facility'],
    facilityKinds: ['comunita-educativa', 'comunita-familiare', 'pronta-accoglienza', 'alloggio-autonomia'],
  },
  'mother-child-community': { required: 'facility', allowed: ['facility'], facilityKinds: ['comunita-madre-bambino'] },
  'foster-family': { required: 'foster-carer', allowed: ['foster-carer'] },
  relatives: { allowed: ['foster-carer'] },
  other: { allowed: ['facility', 'foster-carer'] },
};

/** The place kind an ordered measure places the child in: the one proposed, else the one its kind implies. */
export const placeKindOfMeasure = (kind: MeasureKind, proposed: PlaceKind | undefined): PlaceKind | undefined => {
  if (proposed) return proposed;
  if (kind === 'foster-care') return 'foster-family';
  if (kind === 'community-placement') return 'community';
  if (kind === 'mother-child-community-placement') return 'mother-child-community';
  return kind === 'emergency-placement' ? 'other' : undefined;
};

const facilityOf = (facilityId: string, placeKind: PlaceKind, facts: PlaceFacts | undefined): PlacedWith => {
  const facility = facts?.facility?.facilityId === facilityId ? facts.facility : undefined;
  if (!facility) throw facilityNotFound(facilityId);
  if (!facility.open) throw facilityClosed(facilityId);
  const fitting = PLACES[placeKind].facilityKinds;
  if (fitting && !fitting.includes(facility.kind)) throw placeKindMismatch(placeKind, facility.kind);
  return { kind: 'facility', facilityId, name: facility.name };
};

const fosterCarerOf = (fosterCarerId: string, emergency: boolean, facts: PlaceFacts | undefined): PlacedWith => {
  const carer = facts?.fosterCarer?.fosterCarerId === fosterCarerId ? facts.fosterCarer : undefined;
  if (!carer) throw fosterCarerNotFound(fosterCarerId);
  if (!carer.active) throw fosterCarerWithdrawn(fosterCarerId);
  if (emergency && !carer.accepts.includes('emergency')) throw affidoKindNotAccepted(fosterCarerId, 'emergency');
  return { kind: 'foster-carer', fosterCarerId, name: carer.name };
};

const parentOf = (memberId: string, facts: PlaceFacts | undefined): PlacedParent => {
  const member = facts?.family?.members.find((m) => m.id === memberId);
  if (!member || member.role !== 'parent') throw parentNotInFamily(memberId, facts?.family?.familyId ?? '');
  return { memberId, name: member.name };
};

/**
 * Where a placement of this kind puts the child, named from the facts: the facility or foster carer must exist, be open
 * or active and fit the kind; a mother–child community names the parent placed with the child, a parent of the case's family.
 */
export const placeNamed = (
  placeKind: PlaceKind,
  { placedWith, withParent }: PlaceRequest,
  facts: PlaceFacts | undefined,
  { emergency }: { emergency: boolean },
): { placedWith?: PlacedWith; withParent?: PlacedParent } => {
  const { facilityId, fosterCarerId } = placedWith ?? {};
  if (facilityId && fosterCarerId) throw placedWithAmbiguous();
  const place = PLACES[placeKind];
  const named: Named | undefined = facilityId ? 'facility' : fosterCarerId ? 'foster-carer' : undefined;
  if (!named && place.required) throw placedWithRequired(placeKind, place.required === 'facility' ? 'facilityId' : 'fosterCarerId');
  if (named && !place.allowed.includes(named)) throw placeKindMismatch(placeKind, named);
  if (placeKind === 'mother-child-community' && !withParent) throw withParentRequired();
  if (placeKind !== 'mother-child-community' && withParent) throw withParentNotApplicable(placeKind);
  return {
    ...(facilityId && { placedWith: facilityOf(facilityId, placeKind, facts) }),
    ...(fosterCarerId && { placedWith: fosterCarerOf(fosterCarerId, emergency, facts) }),
    ...(withParent && { withParent: parentOf(withParent, facts) }),
  };
};

/** A measure that places no child (a limitation of responsibility, supervised contact) names no place. */
export const assertNamesNoPlace = (what: string, { placedWith, withParent }: PlaceRequest): void => {
  if (placedWith?.facilityId || placedWith?.fosterCarerId || withParent) throw placedWithNotApplicable(what);
};
