import { deciderSpec } from '../../common/testing/decider-spec';
import { romeIso } from '../../projections/deadlines/rome-time';
import { caseDecider } from '../case.decider';
import { CaseEvent } from '../case.events';
import { CASE_ID, MOTHER_CHILD_FACILITY_ID, MOTHER_ID, NOW, caseOpened, id, on, placeFacts } from '../testing/case.fixtures';
import { pmRequestDue, reviewDue, transmissionDue, validationDue } from './art403.rules';

const { given } = deciderSpec(caseDecider, { now: NOW });
/** The deadline engine's view: the same decider at a later clock. */
const at = (now: string) => deciderSpec(caseDecider, { now: new Date(now), actor: { id: 'system:deadline-engine', role: 'system' } });

const PL = id(30);
const PM = 'procura-presso-il-tm';
const TM = 'tribunale-per-i-minorenni';
const PLACED_AT = '2026-11-08T21:30:00.000Z';
const made: CaseEvent = {
  type: 'EmergencyPlacementMade',
  data: {
    caseId: CASE_ID,
    placementId: PL,
    placedAt: PLACED_AT,
    placeKind: 'mother-child-community',
    reason: 'violence at home',
    placedWith: { kind: 'facility', facilityId: MOTHER_CHILD_FACILITY_ID, name: 'Casa Aurora' },
    withParent: { memberId: MOTHER_ID, name: 'Maria Esposito' },
  },
};
const notifiedAt = (at: string, late?: true): CaseEvent => ({
  type: 'EmergencyPlacementNotified',
  data: { caseId: CASE_ID, placementId: PL, authority: PM, notifiedAt: at, ...(late ? { late } : {}) },
});
const notified = notifiedAt('2026-11-09T10:00:00.000Z');
const requestedAt = (at: string): CaseEvent => ({
  type: 'EmergencyPlacementValidationRequested',
  data: { caseId: CASE_ID, placementId: PL, authority: PM, requestedAt: at },
});
const requested = requestedAt('2026-11-09T18:00:00.000Z');
const decree = { placementId: PL, authority: TM, decreeNumber: '88/2026', decreeDate: '2026-11-10' };
const validated: CaseEvent = {
  type: 'EmergencyPlacementValidated',
  data: { caseId: CASE_ID, ...decree, hearingDate: '2026-11-24T10:00:00+01:00', curatoreSpeciale: 'avv. Neri' },
};
const revokedByPm: CaseEvent = {
  type: 'EmergencyPlacementRevoked',
  data: { caseId: CASE_ID, ...decree, authority: PM, reason: 'risk not confirmed' },
};
const lapsed = (missedStep: 'transmission' | 'pm-request' | 'validation' | 'review', dueAt: string): CaseEvent => ({
  type: 'MeasureLapsed',
  data: { caseId: CASE_ID, measureId: PL, measureKind: 'emergency-placement', missedStep, dueAt, legalBasis: 'art. 403 c. 7 c.c.' },
});
const review = { ...decree, decreeNumber: '95/2026', decreeDate: '2026-11-30', outcome: 'confirmed' as const };

describe('art. 403 c.c., the terms (art403.rules)', () => {
  it('24 h to send the acts, counted in elapsed hours: over the last Sunday of October the wall clock shows an hour less', () =>
    expect(romeIso(transmissionDue('2026-10-24T10:30:00+02:00'))).toBe('2026-10-25T09:30:00+01:00'));
  it('72 h for the PM from the acts: over the last Sunday of March the wall clock shows an hour more', () =>
    expect(romeIso(pmRequestDue('2027-03-27T22:00:00+01:00'))).toBe('2027-03-30T23:00:00+02:00'));
  it('48 h for the TM from the request, across the October change too', () =>
    expect(romeIso(validationDue('2026-10-24T12:00:00+02:00'))).toBe('2026-10-26T11:00:00+01:00'));
  it('15 days after the hearing for the TM to confirm, modify or revoke, to the end of that Rome day', () =>
    expect(romeIso(reviewDue('2026-10-20T10:00:00+02:00'))).toBe('2026-11-04T23:59:59+01:00'));
});

describe('art. 403 emergency placement, step by step', () => {
  it('is made at a time, in a kind of place (a facility named, with the parent), for a reason', () =>
    given(caseOpened())
      .when(
        {
          type: 'MakeEmergencyPlacement',
          ...on(PLACED_AT),
          placementId: PL,
          placedAt: PLACED_AT,
          placeKind: 'mother-child-community',
          reason: 'violence at home',
          placedWith: { facilityId: MOTHER_CHILD_FACILITY_ID },
          withParent: MOTHER_ID,
        },
        placeFacts(),
      )
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

  it('records the immediate oral notice to the PM once (c. 2)', () => {
    given(caseOpened(), made)
      .when({ type: 'GiveOralNotice', ...on('2026-11-08T21:40:00.000Z'), placementId: PL })
      .thenEvents([
        {
          type: 'EmergencyPlacementOralNoticeGiven',
          data: { caseId: CASE_ID, placementId: PL, authority: PM, givenAt: '2026-11-08T21:40:00.000Z' },
        },
      ]);
    const noticed: CaseEvent = {
      type: 'EmergencyPlacementOralNoticeGiven',
      data: { caseId: CASE_ID, placementId: PL, authority: PM, givenAt: '2026-11-08T21:40:00.000Z' },
    };
    given(caseOpened(), made, noticed)
      .when({ type: 'GiveOralNotice', ...on(), placementId: PL })
      .thenThrows('ORAL_NOTICE_ALREADY_GIVEN', 409);
  });

  it('sends the acts to the PM once; within 24 h they are on time', () => {
    given(caseOpened(), made)
      .when({ type: 'NotifyEmergencyPlacement', ...on('2026-11-09T10:00:00.000Z'), placementId: PL })
      .thenEvents([notified]);
    given(caseOpened(), made, notified)
      .when({ type: 'NotifyEmergencyPlacement', ...on(), placementId: PL })
      .thenThrows('PLACEMENT_ALREADY_NOTIFIED', 409);
  });

  it('acts sent after 24 h are recorded, marked late', () =>
    given(caseOpened(), made)
      .when({ type: 'NotifyEmergencyPlacement', ...on('2026-11-09T21:30:00.001Z'), placementId: PL })
      .thenEvents([notifiedAt('2026-11-09T21:30:00.001Z', true)]));

  it('refuses a notice before the placement, or for an unknown placement', () => {
    given(caseOpened(), made)
      .when({ type: 'NotifyEmergencyPlacement', ...on('2026-11-08T20:00:00Z'), placementId: PL })
      .thenThrows('END_BEFORE_START', 400);
    given(caseOpened())
      .when({ type: 'NotifyEmergencyPlacement', ...on(), placementId: PL })
      .thenThrows('PLACEMENT_NOT_FOUND', 404);
  });

  it("records the PM's request within 72 h of the acts, once, and only after the acts", () => {
    given(caseOpened(), made, notified)
      .when({ type: 'RequestPlacementValidation', ...on('2026-11-09T18:00:00.000Z'), placementId: PL })
      .thenEvents([requested]);
    given(caseOpened(), made)
      .when({ type: 'RequestPlacementValidation', ...on(), placementId: PL })
      .thenThrows('PLACEMENT_NOT_NOTIFIED', 409);
    given(caseOpened(), made, notified, requested)
      .when({ type: 'RequestPlacementValidation', ...on(), placementId: PL })
      .thenThrows('VALIDATION_ALREADY_REQUESTED', 409);
  });

  it("a PM's request at 72 h and a millisecond is late", () =>
    at('2026-11-13T00:00:00Z')
      .given(caseOpened(), made, notified)
      .when({ type: 'RequestPlacementValidation', ...on('2026-11-12T10:00:00.001Z'), placementId: PL })
      .thenEvents([
        { ...requestedAt('2026-11-12T10:00:00.001Z'), data: { ...requestedAt('2026-11-12T10:00:00.001Z').data, late: true } } as CaseEvent,
      ]));

  it('the TM validates only after the PM asked, with the hearing and the curatore speciale', () => {
    given(caseOpened(), made, notified, requested)
      .when({
        type: 'ValidateEmergencyPlacement',
        ...on(),
        ...decree,
        hearingDate: '2026-11-24T10:00:00+01:00',
        curatoreSpeciale: 'avv. Neri',
      })
      .thenEvents([validated]);
    given(caseOpened(), made, notified)
      .when({ type: 'ValidateEmergencyPlacement', ...on(), ...decree })
      .thenThrows('VALIDATION_NOT_REQUESTED', 409, (e) => expect(e.detail).toMatch(/PM request first/));
    given(caseOpened(), made)
      .when({ type: 'ValidateEmergencyPlacement', ...on(), ...decree })
      .thenThrows('PLACEMENT_NOT_NOTIFIED', 409);
    given(caseOpened())
      .when({ type: 'ValidateEmergencyPlacement', ...on(), ...decree })
      .thenThrows('PLACEMENT_NOT_FOUND', 404);
  });

  it('the PM revokes instead of asking; nothing is decided twice', () => {
    given(caseOpened(), made, notified)
      .when({ type: 'RevokeEmergencyPlacement', ...on(), ...decree, authority: PM, reason: 'risk not confirmed' })
      .thenEvents([revokedByPm]);
    given(caseOpened(), made, notified, requested, validated)
      .when({ type: 'RevokeEmergencyPlacement', ...on(), ...decree })
      .thenThrows('PLACEMENT_ALREADY_DECIDED', 409);
    given(caseOpened(), made, notified, revokedByPm)
      .when({ type: 'RequestPlacementValidation', ...on(), placementId: PL })
      .thenThrows('PLACEMENT_ALREADY_DECIDED', 409);
  });

  it('refuses a decree dated before the placement', () =>
    given(caseOpened(), made, notified, requested)
      .when({ type: 'ValidateEmergencyPlacement', ...on(), ...decree, decreeDate: '2026-11-01' })
      .thenThrows('END_BEFORE_START', 400));

  it('after the hearing the TM confirms, modifies or revokes the validation; before it, or without a validation, it may not', () => {
    const later = at('2026-12-01T10:00:00Z');
    later
      .given(caseOpened(), made, notified, requested, validated)
      .when({ type: 'ReviewPlacementValidation', ...on('2026-11-30T12:00:00Z'), ...review })
      .thenEvents([{ type: 'EmergencyPlacementValidationReviewed', data: { caseId: CASE_ID, ...review, note: undefined } }]);
    later
      .given(caseOpened(), made, notified, requested, validated)
      .when({ type: 'ReviewPlacementValidation', ...on('2026-11-20T12:00:00Z'), ...review, decreeDate: '2026-11-20' })
      .thenThrows('REVIEW_BEFORE_HEARING', 409);
    later
      .given(caseOpened(), made, notified, requested)
      .when({ type: 'ReviewPlacementValidation', ...on(), ...review })
      .thenThrows('PLACEMENT_NOT_VALIDATED', 409);
  });

  it('a review after the 15 days is recorded late', () =>
    at('2026-12-20T10:00:00Z')
      .given(caseOpened(), made, notified, requested, validated)
      .when({
        type: 'ReviewPlacementValidation',
        ...on('2026-12-10T00:00:00+01:00'),
        ...review,
        outcome: 'modified',
        decreeDate: '2026-12-10',
      })
      .thenEvents([
        {
          type: 'EmergencyPlacementValidationReviewed',
          data: { caseId: CASE_ID, ...review, outcome: 'modified', decreeDate: '2026-12-10', note: undefined, late: true },
        },
      ]));

  it('tracks the placement through every step', () => {
    const { state } = given(caseOpened(), made, notified, requested, validated);
    expect(state.emergencyPlacements[PL]).toMatchObject({
      status: 'validated',
      notifiedAt: '2026-11-09T10:00:00.000Z',
      validationRequestedAt: '2026-11-09T18:00:00.000Z',
      hearingDate: '2026-11-24T10:00:00+01:00',
    });
  });
});

describe('art. 403 c. 7: a missed term makes the placement lapse', () => {
  const lapse = (missedStep: 'transmission' | 'pm-request' | 'validation' | 'review' | 'hearing', at = '2026-11-08T21:30:00Z') =>
    ({ type: 'RecordPlacementLapse', ...on(at), placementId: PL, missedStep }) as const;

  it('no acts within 24 h: lapsed at the due instant, not a millisecond before', () => {
    at('2026-11-09T21:30:00.001Z')
      .given(caseOpened(), made)
      .when(lapse('transmission'))
      .thenEvents([lapsed('transmission', '2026-11-09T22:30:00+01:00')]);
    at('2026-11-09T21:30:00.000Z').given(caseOpened(), made).when(lapse('transmission')).thenEvents([]);
  });

  it('no acts within 24 h over the October change: due at 09:30 winter time', () => {
    const placed: CaseEvent = { ...made, data: { ...made.data, placedAt: '2026-10-24T10:30:00+02:00' } } as CaseEvent;
    at('2026-10-25T09:31:00+01:00')
      .given(caseOpened(), placed)
      .when(lapse('transmission', '2026-10-25T09:30:00+01:00'))
      .thenEvents([lapsed('transmission', '2026-10-25T09:30:00+01:00')]);
  });

  it('no PM request within 72 h over the March change: due an hour later on the wall clock', () => {
    const acts = notifiedAt('2027-03-27T22:00:00+01:00');
    const placed: CaseEvent = { ...made, data: { ...made.data, placedAt: '2027-03-27T20:00:00+01:00' } } as CaseEvent;
    at('2027-03-30T23:00:00+02:00').given(caseOpened(), placed, acts).when(lapse('pm-request')).thenEvents([]);
    at('2027-03-30T23:00:01+02:00')
      .given(caseOpened(), placed, acts)
      .when(lapse('pm-request'))
      .thenEvents([lapsed('pm-request', '2027-03-30T23:00:00+02:00')]);
  });

  it('no TM decree within 48 h of the request', () =>
    at('2026-11-12T00:00:00Z')
      .given(caseOpened(), made, notified, requested)
      .when(lapse('validation'))
      .thenEvents([lapsed('validation', '2026-11-11T19:00:00+01:00')]));

  it('no decree within 15 days after the hearing', () =>
    at('2026-12-10T00:00:00+01:00')
      .given(caseOpened(), made, notified, requested, validated)
      .when(lapse('review'))
      .thenEvents([lapsed('review', '2026-12-09T23:59:59+01:00')]));

  it('a step met late still lapses (the engine catching up after downtime)', () =>
    at('2026-11-20T00:00:00Z')
      .given(caseOpened(), made, notifiedAt('2026-11-10T00:00:00Z', true))
      .when(lapse('transmission'))
      .thenEvents([lapsed('transmission', '2026-11-09T22:30:00+01:00')]));

  it('appends nothing when the step was met in time, is not yet due, has no lapse (the hearing), or the placement already lapsed', () => {
    const later = at('2026-12-31T00:00:00Z');
    later.given(caseOpened(), made, notified).when(lapse('transmission')).thenEvents([]);
    later.given(caseOpened(), made, notified, requested, validated).when(lapse('hearing')).thenEvents([]);
    later.given(caseOpened(), made, lapsed('transmission', '2026-11-09T22:30:00+01:00')).when(lapse('transmission')).thenEvents([]);
    later.given(caseOpened(), made).when(lapse('pm-request')).thenEvents([]);
  });

  it('a late step after the lapse is recorded, marked late, and does not revive the placement', () => {
    const { state } = given(
      caseOpened(),
      made,
      lapsed('transmission', '2026-11-09T22:30:00+01:00'),
      notifiedAt('2026-11-10T08:00:00Z', true),
      requested,
    );
    expect(state.emergencyPlacements[PL]).toMatchObject({
      status: 'lapsed',
      lapse: { missedStep: 'transmission' },
      lateSteps: ['transmission'],
      validationRequestedAt: '2026-11-09T18:00:00.000Z',
    });
  });
});
