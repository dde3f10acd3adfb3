import { deciderSpec } from '../../common/testing/decider-spec';
import { caseDecider } from '../case.decider';
import { CaseEvent } from '../case.events';
import { PlaceKind, PlaceRequest } from '../case.values';
import {
  CASE_ID,
  COMMUNITY_ID,
  FOSTER_CARER_ID,
  MOTHER_CHILD_FACILITY_ID,
  MOTHER_ID,
  NOW,
  UNCLE_ID,
  caseOpened,
  id,
  on,
  placeFacts,
} from '../testing/case.fixtures';

const { given } = deciderSpec(caseDecider, { now: NOW, facts: placeFacts() });

const PLACED_AT = '2026-11-09T21:30:00.000Z';
const place = (placeKind: PlaceKind, request: PlaceRequest = {}) =>
  ({ type: 'MakeEmergencyPlacement', ...on(), placementId: id(40), placedAt: PLACED_AT, placeKind, reason: 'x', ...request }) as const;
const community = { facility: { facilityId: COMMUNITY_ID, name: 'Comunità Il Faro', kind: 'pronta-accoglienza' as const, open: true } };

describe('a placement names where the child is', () => {
  it('names the facility of a community placement, by its name when placed', () =>
    given(caseOpened())
      .when(place('community', { placedWith: { facilityId: COMMUNITY_ID } }), placeFacts(community))
      .thenEvents([
        {
          type: 'EmergencyPlacementMade',
          data: {
            caseId: CASE_ID,
            placementId: id(40),
            placedAt: PLACED_AT,
            placeKind: 'community',
            reason: 'x',
            placedWith: { kind: 'facility', facilityId: COMMUNITY_ID, name: 'Comunità Il Faro' },
          },
        },
      ]));

  it('requires a facility for community kinds and a foster carer for a foster family', () => {
    given(caseOpened()).when(place('community')).thenThrows('PLACED_WITH_REQUIRED', 400);
    given(caseOpened())
      .when(place('mother-child-community', { withParent: MOTHER_ID }))
      .thenThrows('PLACED_WITH_REQUIRED', 400);
    given(caseOpened()).when(place('foster-family')).thenThrows('PLACED_WITH_REQUIRED', 400);
  });

  it('lets relatives and other places go unnamed', () => {
    given(caseOpened())
      .when(place('relatives'))
      .thenEvents([expect.objectContaining({ type: 'EmergencyPlacementMade' })]);
    given(caseOpened())
      .when(place('other'))
      .thenEvents([expect.objectContaining({ type: 'EmergencyPlacementMade' })]);
  });

  it('names a facility or a foster carer, never both', () =>
    given(caseOpened())
      .when(place('other', { placedWith: { facilityId: COMMUNITY_ID, fosterCarerId: FOSTER_CARER_ID } }))
      .thenThrows('PLACED_WITH_AMBIGUOUS', 400));

  it('refuses a place that disagrees with the kind', () => {
    given(caseOpened())
      .when(place('foster-family', { placedWith: { facilityId: COMMUNITY_ID } }))
      .thenThrows('PLACE_KIND_MISMATCH', 409);
    given(caseOpened())
      .when(place('community', { placedWith: { fosterCarerId: FOSTER_CARER_ID } }))
      .thenThrows('PLACE_KIND_MISMATCH', 409);
    // a child alone is not placed in a mother–child community, nor a mother with her child in an educational one
    given(caseOpened())
      .when(place('community', { placedWith: { facilityId: MOTHER_CHILD_FACILITY_ID } }))
      .thenThrows('PLACE_KIND_MISMATCH', 409, (e) => expect(e.extensions).toMatchObject({ named: 'comunita-madre-bambino' }));
    given(caseOpened())
      .when(place('mother-child-community', { placedWith: { facilityId: COMMUNITY_ID }, withParent: MOTHER_ID }), placeFacts(community))
      .thenThrows('PLACE_KIND_MISMATCH', 409);
  });

  it('refuses an unknown or closed facility', () => {
    given(caseOpened())
      .when(place('community', { placedWith: { facilityId: id(99) } }))
      .thenThrows('FACILITY_NOT_FOUND', 404);
    given(caseOpened())
      .when(
        place('community', { placedWith: { facilityId: COMMUNITY_ID } }),
        placeFacts({ facility: { ...community.facility, open: false } }),
      )
      .thenThrows('FACILITY_CLOSED', 409);
  });

  it('refuses an unknown or withdrawn foster carer, and one who takes no emergency placement', () => {
    const carer = placeFacts().place.fosterCarer!;
    given(caseOpened())
      .when(place('foster-family', { placedWith: { fosterCarerId: id(98) } }))
      .thenThrows('FOSTER_CARER_NOT_FOUND', 404);
    given(caseOpened())
      .when(
        place('foster-family', { placedWith: { fosterCarerId: FOSTER_CARER_ID } }),
        placeFacts({ fosterCarer: { ...carer, active: false } }),
      )
      .thenThrows('FOSTER_CARER_WITHDRAWN', 409);
    given(caseOpened())
      .when(
        place('foster-family', { placedWith: { fosterCarerId: FOSTER_CARER_ID } }),
        placeFacts({ fosterCarer: { ...carer, accepts: ['residential'] } }),
      )
      .thenThrows('AFFIDO_KIND_NOT_ACCEPTED', 409);
  });

  it('names the parent placed with the child in a mother–child community: a parent of the case family, and only there', () => {
    const motherChild = { placedWith: { facilityId: MOTHER_CHILD_FACILITY_ID } };
    given(caseOpened()).when(place('mother-child-community', motherChild)).thenThrows('WITH_PARENT_REQUIRED', 400);
    given(caseOpened())
      .when(place('mother-child-community', { ...motherChild, withParent: UNCLE_ID }))
      .thenThrows('PARENT_NOT_IN_FAMILY', 409);
    given(caseOpened())
      .when(place('mother-child-community', { ...motherChild, withParent: id(97) }))
      .thenThrows('PARENT_NOT_IN_FAMILY', 409);
    given(caseOpened())
      .when(place('community', { placedWith: { facilityId: COMMUNITY_ID }, withParent: MOTHER_ID }), placeFacts(community))
      .thenThrows('WITH_PARENT_NOT_APPLICABLE', 400);
  });
});

describe('an ordered measure that places the child names where', () => {
  const M = id(50);
  const proposed = (kind: 'mother-child-community-placement' | 'limitation-of-parental-responsibility'): CaseEvent => ({
    type: 'ProtectionMeasureProposed',
    data: { caseId: CASE_ID, measureId: M, kind, reason: 'x' },
  });
  const decree = {
    authority: 'tribunale-per-i-minorenni',
    decreeNumber: '9/2026',
    decreeDate: '2026-11-05',
    legalBasis: 'art-333-cc' as const,
  };
  const order = (request: PlaceRequest = {}) => ({ type: 'OrderProtectionMeasure', ...on(), measureId: M, ...decree, ...request }) as const;

  it('orders a mother–child community placement with its facility and parent', () =>
    given(caseOpened(), proposed('mother-child-community-placement'))
      .when(order({ placedWith: { facilityId: MOTHER_CHILD_FACILITY_ID }, withParent: MOTHER_ID }))
      .thenEvents([
        {
          type: 'ProtectionMeasureOrdered',
          data: {
            caseId: CASE_ID,
            measureId: M,
            ...decree,
            placedWith: { kind: 'facility', facilityId: MOTHER_CHILD_FACILITY_ID, name: 'Casa Aurora' },
            withParent: { memberId: MOTHER_ID, name: 'Maria Esposito' },
          },
        },
      ]));

  it('requires the place of a placing measure, and refuses one on a measure that places nobody', () => {
    given(caseOpened(), proposed('mother-child-community-placement')).when(order()).thenThrows('PLACED_WITH_REQUIRED', 400);
    given(caseOpened(), proposed('limitation-of-parental-responsibility'))
      .when(order({ placedWith: { facilityId: COMMUNITY_ID } }))
      .thenThrows('PLACED_WITH_NOT_APPLICABLE', 400);
    given(caseOpened(), proposed('limitation-of-parental-responsibility'))
      .when(order())
      .thenEvents([expect.objectContaining({ type: 'ProtectionMeasureOrdered' })]);
  });
});
