import { deciderSpec } from '../../common/testing/decider-spec';
import { caseDecider } from '../case.decider';
import { CaseEvent } from '../case.events';
import { CASE_ID, NOW, caseOpened, id, on } from '../testing/case.fixtures';

const { given } = deciderSpec(caseDecider, { now: NOW });

const PL = id(30);
const PLACED_AT = '2026-11-08T21:30:00.000Z';
const made: CaseEvent = {
  type: 'EmergencyPlacementMade',
  data: { caseId: CASE_ID, placementId: PL, placedAt: PLACED_AT, placeKind: 'mother-child-community', reason: 'violence at home' },
};
const notified: CaseEvent = {
  type: 'EmergencyPlacementNotified',
  data: { caseId: CASE_ID, placementId: PL, authority: 'procura-presso-il-tm', notifiedAt: '2026-11-09T10:00:00.000Z' },
};
const decree = { placementId: PL, authority: 'tribunale-per-i-minorenni', decreeNumber: '88/2026', decreeDate: '2026-11-10' };
const validated: CaseEvent = {
  type: 'EmergencyPlacementValidated',
  data: { caseId: CASE_ID, ...decree, hearingDate: '2026-11-24', curatoreSpeciale: 'avv. Neri' },
};
const revoked: CaseEvent = { type: 'EmergencyPlacementRevoked', data: { caseId: CASE_ID, ...decree, reason: 'risk not confirmed' } };

describe('art. 403 emergency placement', () => {
  it('is made at a time, in a kind of place, for a reason', () =>
    given(caseOpened())
      .when({
        type: 'MakeEmergencyPlacement',
        ...on(PLACED_AT),
        placementId: PL,
        placedAt: PLACED_AT,
        placeKind: 'mother-child-community',
        reason: 'violence at home',
      })
      .thenEvents([made]));

  it('refuses a placement time after the fact', () =>
    given(caseOpened())
      .when({
        type: 'MakeEmergencyPlacement',
        ...on('2026-11-08T10:00:00Z'),
        placementId: PL,
        placedAt: PLACED_AT,
        placeKind: 'community',
        reason: 'x',
      })
      .thenThrows('DATE_AFTER_OCCURRED_AT', 400));

  it('is notified to the PM at the TM once, by default', () => {
    given(caseOpened(), made)
      .when({ type: 'NotifyEmergencyPlacement', ...on('2026-11-09T10:00:00.000Z'), placementId: PL })
      .thenEvents([notified]);
    given(caseOpened(), made, notified)
      .when({ type: 'NotifyEmergencyPlacement', ...on(), placementId: PL })
      .thenThrows('PLACEMENT_ALREADY_NOTIFIED', 409);
  });

  it('refuses a notice before the placement, or for an unknown placement', () => {
    given(caseOpened(), made)
      .when({ type: 'NotifyEmergencyPlacement', ...on('2026-11-08T20:00:00Z'), placementId: PL })
      .thenThrows('END_BEFORE_START', 400);
    given(caseOpened())
      .when({ type: 'NotifyEmergencyPlacement', ...on(), placementId: PL })
      .thenThrows('PLACEMENT_NOT_FOUND', 404);
  });

  it('is validated by the TM with the hearing date, or revoked', () => {
    given(caseOpened(), made, notified)
      .when({ type: 'ValidateEmergencyPlacement', ...on(), ...decree, hearingDate: '2026-11-24', curatoreSpeciale: 'avv. Neri' })
      .thenEvents([validated]);
    given(caseOpened(), made, notified)
      .when({ type: 'RevokeEmergencyPlacement', ...on(), ...decree, reason: 'risk not confirmed' })
      .thenEvents([revoked]);
  });

  it('is decided only after the notice, and only once', () => {
    given(caseOpened(), made)
      .when({ type: 'ValidateEmergencyPlacement', ...on(), ...decree })
      .thenThrows('PLACEMENT_NOT_NOTIFIED', 409);
    given(caseOpened(), made, notified, validated)
      .when({ type: 'RevokeEmergencyPlacement', ...on(), ...decree })
      .thenThrows('PLACEMENT_ALREADY_DECIDED', 409);
    given(caseOpened(), made, notified, revoked)
      .when({ type: 'ValidateEmergencyPlacement', ...on(), ...decree })
      .thenThrows('PLACEMENT_ALREADY_DECIDED', 409);
    given(caseOpened())
      .when({ type: 'ValidateEmergencyPlacement', ...on(), ...decree })
      .thenThrows('PLACEMENT_NOT_FOUND', 404);
  });

  it('refuses a decree dated before the placement', () =>
    given(caseOpened(), made, notified)
      .when({ type: 'ValidateEmergencyPlacement', ...on(), ...decree, decreeDate: '2026-11-01' })
      .thenThrows('END_BEFORE_START', 400));

  it('tracks the placement through notice, validation and hearing', () => {
    const { state } = given(caseOpened(), made, notified, validated);
    expect(state.emergencyPlacements[PL]).toMatchObject({
      status: 'validated',
      notifiedAt: '2026-11-09T10:00:00.000Z',
      hearingDate: '2026-11-24',
    });
  });
});
