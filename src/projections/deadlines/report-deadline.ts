import { DataOf } from '../recorded-event';
import { ReportEvent } from '../../community/reports/report.events';
import { LEGAL_BASIS } from './deadline.rules';
import { DeadlineRows, OPEN_ROW_FACTS, Settlement } from './deadlines.settle';

/**
 * A report's screening deadline: a row without a case, opened when the report is received and met when it is screened.
 * Only coordinators see it in GET /deadlines: they screen reports, and a team member's deadlines are those of their cases.
 */
export const reportDeadlineId = (reportId: string) => `report-screening:${reportId}`;

export const openReportDeadline = (d: DataOf<ReportEvent, 'ReportReceived'>, rows: DeadlineRows): void => {
  rows.deadlines.insertIfAbsent({
    ...OPEN_ROW_FACTS,
    id: reportDeadlineId(d.reportId),
    case_id: null,
    kind: 'report-screening',
    legal_basis: LEGAL_BASIS['report-screening'],
    due_at: new Date(d.screeningDueAt).toISOString(),
    subject_id: d.reportId,
  });
};

export const meetReportDeadline = (d: DataOf<ReportEvent, 'ReportScreened'>, by: Settlement, rows: DeadlineRows): void => {
  const row = rows.deadlines.get({ id: reportDeadlineId(d.reportId) });
  if (row && row.met_by_event_id === null) {
    rows.deadlines.put({ ...row, met_by_event_id: by.id, met_by_event_type: by.type, met_at: by.at });
  }
};

/** Callers other than coordinators see case deadlines only. */
export const seesReportDeadlines = (viewer: { role: string }): boolean => viewer.role === 'coordinator';
