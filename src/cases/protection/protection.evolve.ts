import { EventMeta } from '../../common/decider';
import { CaseEvent } from '../case.events';
import { patch } from '../case.records';
import { Consent, Decree, LegalBasis, MeasureKind, PlaceKind, PlacedParent, PlacedWith } from '../case.values';

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
  placedWith?: PlacedWith;
  withParent?: PlacedParent;
  /** What later decrees set, oldest first: extensions and modifications. */
  laterDecrees: Array<Decree & { change: 'extended' | 'modified'; note: string }>;
  endedOn?: string;
  endReason?: string;
  endDecree?: Decree;
}

export interface ProtectionSlice {
  measures: Record<string, MeasureState>;
}

export const initialProtection: ProtectionSlice = { measures: {} };

export const evolveProtection = <S extends ProtectionSlice>(state: S, event: CaseEvent, _meta: EventMeta): S => {
  const measure = (id: string, change: (m: MeasureState) => MeasureState): S => ({
    ...state,
    measures: patch(state.measures, id, change),
  });
  switch (event.type) {
    case 'ProtectionMeasureProposed': {
      const { caseId: _caseId, ...proposed } = event.data;
      const m: MeasureState = { ...proposed, status: 'proposed', laterDecrees: [] };
      return { ...state, measures: { ...state.measures, [m.measureId]: m } };
    }
    case 'ProtectionMeasureOrdered': {
      const { authority, decreeNumber, decreeDate, legalBasis, startsOn, endsOn, reportEveryMonths, consents, placedWith, withParent } =
        event.data;
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
        ...(placedWith && { placedWith }),
        ...(withParent && { withParent }),
      }));
    }
    case 'ProtectionMeasureExtended': {
      const { authority, decreeNumber, decreeDate, endsOn, reportEveryMonths, reason } = event.data;
      const later = { authority, decreeNumber, decreeDate, change: 'extended' as const, note: reason };
      return measure(event.data.measureId, (m) => ({ ...m, endsOn, reportEveryMonths, laterDecrees: [...m.laterDecrees, later] }));
    }
    case 'ProtectionMeasureModified': {
      const { authority, decreeNumber, decreeDate, prescriptions, inForce } = event.data;
      const later = { authority, decreeNumber, decreeDate, change: 'modified' as const, note: prescriptions };
      return measure(event.data.measureId, (m) => ({ ...m, ...inForce, laterDecrees: [...m.laterDecrees, later] }));
    }
    case 'ProtectionMeasureEnded':
      return measure(event.data.measureId, (m) => ({
        ...m,
        status: 'ended',
        endedOn: event.data.endedOn,
        endReason: event.data.reason,
        ...(event.data.decree && { endDecree: event.data.decree }),
      }));
    default:
      return state;
  }
};
