import { EventMeta } from '../../common/decider';
import { CaseEvent } from '../case.events';
import { patch } from '../case.records';
import { Authority, Decree, PlaceKind } from '../case.values';

export interface PlacementState {
  placementId: string;
  placedAt: string;
  placeKind: PlaceKind;
  reason: string;
  status: 'made' | 'notified' | 'validated' | 'revoked';
  notifiedAt?: string;
  notifiedTo?: Authority;
  decision?: Decree & { outcome: 'validated' | 'revoked'; reason?: string; curatoreSpeciale?: string };
  hearingDate?: string;
}

export interface PlacementSlice {
  emergencyPlacements: Record<string, PlacementState>;
}

export const initialPlacement: PlacementSlice = { emergencyPlacements: {} };

export const evolvePlacement = <S extends PlacementSlice>(state: S, event: CaseEvent, _meta: EventMeta): S => {
  const placement = (id: string, change: (p: PlacementState) => PlacementState): S => ({
    ...state,
    emergencyPlacements: patch(state.emergencyPlacements, id, change),
  });
  switch (event.type) {
    case 'EmergencyPlacementMade': {
      const { placementId, placedAt, placeKind, reason } = event.data;
      const made: PlacementState = { placementId, placedAt, placeKind, reason, status: 'made' };
      return { ...state, emergencyPlacements: { ...state.emergencyPlacements, [placementId]: made } };
    }
    case 'EmergencyPlacementNotified':
      return placement(event.data.placementId, (p) => ({
        ...p,
        status: 'notified',
        notifiedAt: event.data.notifiedAt,
        notifiedTo: event.data.authority,
      }));
    case 'EmergencyPlacementValidated': {
      const { authority, decreeNumber, decreeDate, hearingDate, curatoreSpeciale } = event.data;
      return placement(event.data.placementId, (p) => ({
        ...p,
        status: 'validated',
        decision: { outcome: 'validated', authority, decreeNumber, decreeDate, curatoreSpeciale },
        hearingDate: hearingDate ?? p.hearingDate,
      }));
    }
    case 'EmergencyPlacementRevoked': {
      const { authority, decreeNumber, decreeDate, reason } = event.data;
      return placement(event.data.placementId, (p) => ({
        ...p,
        status: 'revoked',
        decision: { outcome: 'revoked', authority, decreeNumber, decreeDate, reason },
      }));
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
