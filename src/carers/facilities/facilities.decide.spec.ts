import { deciderSpec } from '../../common/testing/decider-spec';
import { facilityDecider } from './facility.decider';
import { FacilityEvent } from './facility.events';

const now = new Date('2026-11-25T10:00:00Z');
const facilityId = '6f1c2a1e-8d1b-4c55-9d0a-3b7f0e2a4c11';
const registration = {
  facilityId,
  name: 'Comunità Casa Aurora',
  kind: 'comunita-madre-bambino' as const,
  capacity: 2,
  municipality: { istatCode: '015146', name: 'Milano' },
  address: 'Via dei Mille 12',
  authorisation: { region: 'Lombardia', actNumber: 'DGR 1234/2024', actDate: '2024-03-15' },
};
const registered: FacilityEvent = { type: 'FacilityRegistered', data: registration };
const closed: FacilityEvent = { type: 'FacilityClosed', data: { facilityId, closedOn: '2026-11-20', reason: 'service ended' } };

const { given } = deciderSpec(facilityDecider, { now });

describe('facilities registry', () => {
  it('registers a facility once, with its kind, places, municipality and authorisation', () => {
    given()
      .when({ type: 'RegisterFacility', ...registration })
      .thenEvents([registered]);
    given(registered)
      .when({ type: 'RegisterFacility', ...registration })
      .thenThrows('FACILITY_ALREADY_REGISTERED', 409);
  });

  it('keeps the official name of its comune, and refuses a code and name that disagree', () => {
    given()
      .when({ type: 'RegisterFacility', ...registration, municipality: { istatCode: '015146', name: 'MILANO' } })
      .thenEvents([registered]);
    given()
      .when({ type: 'RegisterFacility', ...registration, municipality: { istatCode: '015146', name: 'Monza' } })
      .thenThrows('MUNICIPALITY_NAME_MISMATCH', 400);
  });

  it('refuses an authorising act dated after the registration', () =>
    given()
      .when({ type: 'RegisterFacility', ...registration, authorisation: { ...registration.authorisation, actDate: '2026-12-01' } })
      .thenThrows('DATE_AFTER_OCCURRED_AT', 400));

  it('changes the capacity of an open facility, unless it is the same', () => {
    given(registered)
      .when({ type: 'ChangeFacilityCapacity', facilityId, capacity: 4, reason: 'new authorisation' })
      .thenEvents([{ type: 'FacilityCapacityChanged', data: { facilityId, capacity: 4, reason: 'new authorisation' } }]);
    given(registered).when({ type: 'ChangeFacilityCapacity', facilityId, capacity: 2, reason: 'x' }).thenThrows('CAPACITY_UNCHANGED', 409);
    given(registered, closed)
      .when({ type: 'ChangeFacilityCapacity', facilityId, capacity: 4, reason: 'x' })
      .thenThrows('FACILITY_CLOSED', 409);
    given().when({ type: 'ChangeFacilityCapacity', facilityId, capacity: 4, reason: 'x' }).thenThrows('FACILITY_NOT_FOUND', 404);
  });

  it('closes an open facility once, never on a future date', () => {
    given(registered).when({ type: 'CloseFacility', facilityId, closedOn: '2026-11-20', reason: 'service ended' }).thenEvents([closed]);
    given(registered, closed)
      .when({ type: 'CloseFacility', facilityId, closedOn: '2026-11-21', reason: 'again' })
      .thenThrows('FACILITY_CLOSED', 409);
    given(registered)
      .when({ type: 'CloseFacility', facilityId, closedOn: '2026-12-20', reason: 'planned' })
      .thenThrows('DATE_AFTER_OCCURRED_AT', 400);
  });
});
