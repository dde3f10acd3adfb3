import { EventMeta } from '../../common/decider';
import { CaseEvent, CaseEventData } from '../case.events';
import { plainMandate } from '../case.plain';
import { Authority, JudicialMandate } from '../case.values';

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
  judicialMandates: JudicialMandate[];
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
