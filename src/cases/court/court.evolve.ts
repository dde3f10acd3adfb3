import { EventMeta } from '../../common/decider';
import { CaseEvent, CaseEventData } from '../case.events';
import { plainMandate } from '../case.plain';
import { Authority, Decree, JudicialMandate } from '../case.values';
import { proceedingKey } from './proceeding-key';

/** A mandate as later decrees of its proceeding left it. */
export type MandateState = JudicialMandate & {
  laterDecrees?: Array<Decree & { change: 'modified' | 'ended'; note?: string }>;
  endedOn?: string;
};

export interface HearingState {
  hearingId: string;
  authority: Authority;
  hearingDate: string;
  proceedingNumber?: string;
  purpose?: string;
  placementId?: string;
}

/** A report sent to the court, as its event says, less the sections' text. */
export type ReportState = Omit<CaseEventData<'CourtReportSubmitted'>, 'caseId' | 'sections'> & {
  sectionsCount: number;
  submittedAt?: string;
};

/** The case and the Judicial Authority: its mandates, hearings and the reports sent to it. */
export interface CourtSlice {
  /** The intake's mandate, when judicial, then every further one. */
  judicialMandates: MandateState[];
  hearings: Record<string, HearingState>;
  reports: Record<string, ReportState>;
}

export const initialCourt: CourtSlice = { judicialMandates: [], hearings: {}, reports: {} };

export const evolveCourt = <S extends CourtSlice>(state: S, event: CaseEvent, meta: EventMeta): S => {
  switch (event.type) {
    case 'CaseOpened': {
      const { intake } = event.data;
      if (intake.kind !== 'judicial') return state;
      return { ...state, judicialMandates: [...state.judicialMandates, plainMandate(intake)] };
    }
    case 'JudicialMandateReceived':
      return { ...state, judicialMandates: [...state.judicialMandates, plainMandate(event.data)] };
    case 'JudicialMandateModified': {
      const { authority, decreeNumber, decreeDate, proceedingNumber, prescriptions, mandates, reportDeadlines, reportEveryMonths } =
        event.data;
      const later = { authority, decreeNumber, decreeDate, change: 'modified' as const, note: prescriptions };
      return withMandatesOf(state, proceedingNumber, (m) => ({
        ...m,
        ...(mandates && { mandates }),
        ...(reportDeadlines && { reportDeadlines }),
        ...(reportEveryMonths !== undefined && { reportEveryMonths }),
        laterDecrees: [...(m.laterDecrees ?? []), later],
      }));
    }
    case 'JudicialMandateEnded': {
      const { authority, decreeNumber, decreeDate, proceedingNumber, endedOn, reason } = event.data;
      const later = { authority, decreeNumber, decreeDate, change: 'ended' as const, note: reason };
      return withMandatesOf(state, proceedingNumber, (m) => ({ ...m, endedOn, laterDecrees: [...(m.laterDecrees ?? []), later] }));
    }
    case 'CourtHearingScheduled': {
      const { caseId: _caseId, ...hearing } = event.data;
      return { ...state, hearings: { ...state.hearings, [hearing.hearingId]: hearing } };
    }
    case 'CourtReportSubmitted': {
      const { caseId: _caseId, sections, ...report } = event.data;
      const submitted: ReportState = { ...report, sectionsCount: sections.length, submittedAt: meta.occurredAt };
      return { ...state, reports: { ...state.reports, [report.reportId]: submitted } };
    }
    default:
      return state;
  }
};

/** The mandates in force of one proceeding (its R.G. number, however written). */
export const mandatesInForce = (state: CourtSlice, proceedingNumber: string): MandateState[] =>
  state.judicialMandates.filter((m) => !m.endedOn && proceedingKey(m.proceedingNumber) === proceedingKey(proceedingNumber));

const withMandatesOf = <S extends CourtSlice>(state: S, proceedingNumber: string, change: (m: MandateState) => MandateState): S => {
  const inForce = new Set(mandatesInForce(state, proceedingNumber));
  return { ...state, judicialMandates: state.judicialMandates.map((m) => (inForce.has(m) ? change(m) : m)) };
};
