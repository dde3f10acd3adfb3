export const REPORT_SOURCE_KINDS = ['partner', 'citizen', 'service'] as const;
export type ReportSourceKind = (typeof REPORT_SOURCE_KINDS)[number];

export const AGE_BANDS = ['0-2', '3-5', '6-10', '11-13', '14-17'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const SCREENING_OUTCOMES = ['no-action', 'advice', 'case-opened'] as const;
export type ScreeningOutcome = (typeof SCREENING_OUTCOMES)[number];

/** Who the report came from: a registered partner, a citizen, or another service (named). */
export type ReportSource = { kind: 'partner'; partnerId: string } | { kind: 'citizen' } | { kind: 'service'; service: string };

/** The reporter's identity: shown only to coordinators and, once a case is opened from the report, its team. */
export interface Reporter {
  name: string;
  contact?: string;
}

/** The minor as the reporter knows them: often without full identity. */
export interface ReportedMinor {
  givenName?: string;
  ageBand?: AgeBand;
  school?: string;
}

export type Screening =
  { outcome: 'no-action'; reason: string } | { outcome: 'advice'; advice: string } | { outcome: 'case-opened'; caseId: string };

export type ReportEvent =
  | {
      type: 'ReportReceived';
      data: {
        reportId: string;
        source: ReportSource;
        reporter: Reporter;
        minor: ReportedMinor;
        concern: string;
        seriousHarm: boolean;
        /** Screening is due by then: 24 hours on serious harm, else a number of working days. */
        screeningDueAt: string;
      };
    }
  | { type: 'ReportScreened'; data: { reportId: string } & Screening };

/** Exhaustive by construction: the Record fails to compile when a type is missing or extra. */
const REPORT_EVENT_TYPE_SET: Record<ReportEvent['type'], true> = { ReportReceived: true, ReportScreened: true };
export const REPORT_EVENT_TYPES = Object.keys(REPORT_EVENT_TYPE_SET) as Array<ReportEvent['type']>;
