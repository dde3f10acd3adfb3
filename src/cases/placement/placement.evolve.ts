import { EventMeta } from '../../common/decider';
import { CaseEvent } from '../case.events';
import { patch } from '../case.records';
import { Authority, Decree, PlaceKind, PlacedParent, PlacedWith, ValidationReviewOutcome } from '../case.values';
import { Art403Step } from './art403.rules';

/**
 * Where an art. 403 placement stands. `notified` means the acts reached the PM (c. 2). A lapse is final: later steps are
 * still recorded (their times, marked late) but the status stays `lapsed`.
 */
export type PlacementStatus = 'made' | 'notified' | 'validation-requested' | 'validated' | 'revoked' | 'confirmed' | 'modified' | 'lapsed';

export interface PlacementState {
  placementId: string;
  placedAt: string;
  placeKind: PlaceKind;
  reason: string;
  status: PlacementStatus;
  placedWith?: PlacedWith;
  withParent?: PlacedParent;
  oralNoticeAt?: string;
  notifiedAt?: string;
  notifiedTo?: Authority;
  validationRequestedAt?: string;
  decision?: Decree & { outcome: 'validated' | 'revoked'; reason?: string; curatoreSpeciale?: string; decidedAt?: string };
  hearingDate?: string;
  review?: Decree & { outcome: ValidationReviewOutcome; note?: string; reviewedAt?: string };
  lapse?: { missedStep: Art403Step; dueAt: string };
  /** Steps recorded after their term. */
  lateSteps?: Art403Step[];
}

export interface PlacementSlice {
  emergencyPlacements: Record<string, PlacementState>;
}

export const initialPlacement: PlacementSlice = { emergencyPlacements: {} };

/** A lapsed placement keeps its status whatever step comes after. */
const moveTo = (p: PlacementState, status: PlacementStatus): PlacementStatus => (p.status === 'lapsed' ? 'lapsed' : status);
const markLate = (p: PlacementState, step: Art403Step, late: true | undefined): Art403Step[] | undefined =>
  late ? [...(p.lateSteps ?? []), step] : p.lateSteps;

export const evolvePlacement = <S extends PlacementSlice>(state: S, event: CaseEvent, meta: EventMeta): S => {
  const placement = (id: string, change: (p: PlacementState) => PlacementState): S => ({
    ...state,
    emergencyPlacements: patch(state.emergencyPlacements, id, change),
  });
  switch (event.type) {
    case 'EmergencyPlacementMade': {
      const { placementId, placedAt, placeKind, reason, placedWith, withParent } = event.data;
      const made: PlacementState = {
        placementId,
        placedAt,
        placeKind,
        reason,
        status: 'made',
        ...(placedWith && { placedWith }),
        ...(withParent && { withParent }),
      };
      return { ...state, emergencyPlacements: { ...state.emergencyPlacements, [placementId]: made } };
    }
    case 'EmergencyPlacementOralNoticeGiven':
      return placement(event.data.placementId, (p) => ({ ...p, oralNoticeAt: event.data.givenAt }));
    case 'EmergencyPlacementNotified':
      return placement(event.data.placementId, (p) => ({
        ...p,
        status: moveTo(p, 'notified'),
        notifiedAt: event.data.notifiedAt,
        notifiedTo: event.data.authority,
        lateSteps: markLate(p, 'transmission', event.data.late),
      }));
    case 'EmergencyPlacementValidationRequested':
      return placement(event.data.placementId, (p) => ({
        ...p,
        status: moveTo(p, 'validation-requested'),
        validationRequestedAt: event.data.requestedAt,
        lateSteps: markLate(p, 'pm-request', event.data.late),
      }));
    case 'EmergencyPlacementValidated': {
      const { authority, decreeNumber, decreeDate, hearingDate, curatoreSpeciale, late } = event.data;
      return placement(event.data.placementId, (p) => ({
        ...p,
        status: moveTo(p, 'validated'),
        decision: { outcome: 'validated', authority, decreeNumber, decreeDate, curatoreSpeciale, decidedAt: meta.occurredAt },
        hearingDate: hearingDate ?? p.hearingDate,
        lateSteps: markLate(p, 'validation', late),
      }));
    }
    case 'EmergencyPlacementRevoked': {
      const { authority, decreeNumber, decreeDate, reason, late } = event.data;
      return placement(event.data.placementId, (p) => ({
        ...p,
        status: moveTo(p, 'revoked'),
        decision: { outcome: 'revoked', authority, decreeNumber, decreeDate, reason, decidedAt: meta.occurredAt },
        lateSteps: markLate(p, p.validationRequestedAt ? 'validation' : 'pm-request', late),
      }));
    }
    case 'EmergencyPlacementValidationReviewed': {
      const { authority, decreeNumber, decreeDate, outcome, note, late } = event.data;
      return placement(event.data.placementId, (p) => ({
        ...p,
        status: moveTo(p, outcome),
        review: { outcome, authority, decreeNumber, decreeDate, note, reviewedAt: meta.occurredAt },
        lateSteps: markLate(p, 'review', late),
      }));
    }
    case 'MeasureLapsed': {
      const { measureId, missedStep, dueAt } = event.data;
      if (!state.emergencyPlacements[measureId]) return state;
      return placement(measureId, (p) => ({ ...p, status: 'lapsed', lapse: { missedStep, dueAt } }));
    }
    case 'CourtHearingScheduled': {
      // The art. 403 hearing is scheduled through the court, and dates the placement it names.
      const { placementId, hearingDate } = event.data;
      if (!placementId) return state;
      return placement(placementId, (p) => ({ ...p, hearingDate }));
    }
    default:
      return state;
  }
};
