import { CaseEvent } from './case.events';
import { patch } from './case.records';
import { Authority, Consent, CoveredEvents, LegalBasis, MeasureKind, PlaceKind } from './case.values';

/** Protection measures, art. 403 emergency placements, and the case's dealings with the court. */
export interface Decree {
  authority: Authority;
  decreeNumber: string;
  decreeDate: string;
}

export interface MeasureState {
  measureId: string;
  kind: MeasureKind;
  legalBasis?: LegalBasis;
  placeKind?: PlaceKind;
  reason: string;
  status: 'proposed' | 'ordered' | 'ended';
  decree?: Decree;
  startsOn?: string;
  endsOn?: string;
  reportEveryMonths?: number;
  consents?: Consent[];
  endedOn?: string;
  endReason?: string;
}

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

export interface HearingState {
  hearingId: string;
  authority: Authority;
  hearingDate: string;
  proceedingNumber?: string;
  purpose?: string;
  placementId?: string;
}

export interface ReportState {
  reportId: string;
  authority: Authority;
  proceedingNumber?: string;
  periodFrom: string;
  periodTo: string;
  coveredEvents: CoveredEvents;
  headHash: string;
  sectionsCount: number;
  submittedAt?: string;
}

export interface ProtectionState {
  measures: Record<string, MeasureState>;
  emergencyPlacements: Record<string, PlacementState>;
  hearings: Record<string, HearingState>;
  reports: Record<string, ReportState>;
}

export const initialProtectionState: ProtectionState = { measures: {}, emergencyPlacements: {}, hearings: {}, reports: {} };

export const evolveProtection = <S extends ProtectionState>(state: S, event: CaseEvent, times: { occurredAt?: string }): S => {
  const measure = (id: string, change: (m: MeasureState) => MeasureState): S => ({
    ...state,
    measures: patch(state.measures, id, change),
  });
  const placement = (id: string, change: (p: PlacementState) => PlacementState): S => ({
    ...state,
    emergencyPlacements: patch(state.emergencyPlacements, id, change),
  });
  switch (event.type) {
    case 'ProtectionMeasureProposed': {
      const { caseId: _caseId, ...proposed } = event.data;
      const m: MeasureState = { ...proposed, status: 'proposed' };
      return { ...state, measures: { ...state.measures, [m.measureId]: m } };
    }
    case 'ProtectionMeasureOrdered': {
      const { authority, decreeNumber, decreeDate, legalBasis, startsOn, endsOn, reportEveryMonths, consents } = event.data;
      const decree = { authority, decreeNumber, decreeDate };
      return measure(event.data.measureId, (m) => ({
        ...m,
        status: 'ordered',
        legalBasis,
        decree,
        startsOn,
        endsOn,
        reportEveryMonths,
        consents,
      }));
    }
    case 'ProtectionMeasureEnded':
      return measure(event.data.measureId, (m) => ({
        ...m,
        status: 'ended',
        endedOn: event.data.endedOn,
        endReason: event.data.reason,
      }));
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
      const { caseId: _caseId, ...hearing } = event.data;
      const withHearing = { ...state, hearings: { ...state.hearings, [hearing.hearingId]: hearing } };
      if (!hearing.placementId) return withHearing;
      return {
        ...withHearing,
        emergencyPlacements: patch(state.emergencyPlacements, hearing.placementId, (p) => ({
          ...p,
          hearingDate: hearing.hearingDate,
        })),
      };
    }
    case 'CourtReportSubmitted': {
      const { caseId: _caseId, sections, ...report } = event.data;
      const submitted: ReportState = { ...report, sectionsCount: sections.length, submittedAt: times.occurredAt };
      return { ...state, reports: { ...state.reports, [report.reportId]: submitted } };
    }
    default:
      return state;
  }
};
