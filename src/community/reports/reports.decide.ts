import { assertNotInFuture } from '../../cases/case.guards';
import { Dated } from '../../common/decider';
import { PartnerFact, assertActivePartner } from '../partners/partner-facts';
import {
  reportAlreadyReceived,
  reportAlreadyScreened,
  reportNotFound,
  screenedCaseNotFound,
  screenedCaseNotFromReport,
} from './report.errors';
import { ReportEvent, ReportSource, ReportedMinor, Reporter, Screening } from './report.events';
import { ReportState } from './reports.evolve';
import { screeningDueAt } from './screening-deadline';

interface ReportCommandFields {
  reportId: string;
  occurredAt?: string;
}

export type ReceiveReport = {
  type: 'ReceiveReport';
  source: ReportSource;
  reporter: Reporter;
  minor: ReportedMinor;
  concern: string;
  seriousHarm: boolean;
} & ReportCommandFields;
export type ScreenReport = { type: 'ScreenReport'; screening: Screening } & ReportCommandFields;

export type ReportCommand = ReceiveReport | ScreenReport;

/** Looked up before deciding: the citing partner, the configured screening time, the case a screening names. */
export interface ReportFacts {
  partners?: PartnerFact[];
  screeningWorkingDays?: number;
  /** PATRON_SAINT_DAY (MM-DD): the municipality's holiday, not a working day. */
  patronSaintDay?: string;
  /** ScreenReport ending in case-opened: the case it names, if it exists, and the report its intake cites. */
  screenedCase?: { exists: boolean; citedReportId?: string };
}

export const DEFAULT_SCREENING_WORKING_DAYS = 5;

export const receiveReport = (command: Dated<ReceiveReport>, state: ReportState, facts: ReportFacts, now: Date): ReportEvent[] => {
  const { reportId, source, reporter, minor, concern, seriousHarm, occurredAt } = command;
  assertNotInFuture(occurredAt, now);
  if (state.exists) throw reportAlreadyReceived(reportId);
  if (source.kind === 'partner') assertActivePartner(source.partnerId, facts.partners);
  const workingDays = facts.screeningWorkingDays ?? DEFAULT_SCREENING_WORKING_DAYS;
  const dueAt = screeningDueAt(occurredAt, seriousHarm, workingDays, facts.patronSaintDay);
  return [
    {
      type: 'ReportReceived',
      data: {
        reportId,
        source: { ...source },
        reporter: { ...reporter },
        minor: { ...minor },
        concern,
        seriousHarm,
        screeningDueAt: dueAt,
      },
    },
  ];
};

export const screenReport = (
  { reportId, screening, occurredAt }: Dated<ScreenReport>,
  state: ReportState,
  facts: ReportFacts,
  now: Date,
): ReportEvent[] => {
  assertNotInFuture(occurredAt, now);
  if (!state.exists) throw reportNotFound(reportId);
  if (state.screening) throw reportAlreadyScreened(reportId);
  if (screening.outcome === 'case-opened') {
    if (!facts.screenedCase?.exists) throw screenedCaseNotFound(screening.caseId);
    if (facts.screenedCase.citedReportId !== reportId) throw screenedCaseNotFromReport(reportId, screening.caseId);
  }
  return [{ type: 'ReportScreened', data: { reportId, ...screening } }];
};
