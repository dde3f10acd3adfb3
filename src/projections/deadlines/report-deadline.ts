import { PoolClient } from 'pg';
import { ReportEvent } from '../../community/reports/report.events';
import { RecordedEvent } from '../../event-store/event-store';
import { TableNames } from '../projection';
import { LEGAL_BASIS } from './deadline.rules';
import { occurredAt } from './deadlines.sql';

/**
 * A report's screening deadline: a row without a case, opened when the report is received and met when it is screened.
 * Only coordinators see it in GET /deadlines: they screen reports, and a team member's deadlines are those of their cases.
 */
export const REPORT_DEADLINE_EVENTS = ['ReportReceived', 'ReportScreened'] as const;

export const reportDeadlineId = (reportId: string) => `report-screening:${reportId}`;

export const isReportDeadlineEvent = (event: RecordedEvent): boolean => (REPORT_DEADLINE_EVENTS as readonly string[]).includes(event.type);

export const applyReportDeadline = async (tx: PoolClient, t: TableNames, event: RecordedEvent): Promise<void> => {
  const reportEvent = { type: event.type, data: event.data } as ReportEvent;
  if (reportEvent.type === 'ReportReceived') {
    const { reportId, screeningDueAt } = reportEvent.data;
    await tx.query(
      `INSERT INTO ${t.deadlines} (id, case_id, kind, legal_basis, due_at, subject_id) VALUES ($1, NULL, 'report-screening', $2, $3, $4)
        ON CONFLICT (id) DO NOTHING`,
      [reportDeadlineId(reportId), LEGAL_BASIS['report-screening'], new Date(screeningDueAt), reportId],
    );
  } else if (reportEvent.type === 'ReportScreened') {
    const values = [event.id, event.type, occurredAt(event), reportDeadlineId(reportEvent.data.reportId)];
    await tx.query(
      `UPDATE ${t.deadlines} SET met_by_event_id = $1, met_by_event_type = $2, met_at = $3 WHERE id = $4 AND met_by_event_id IS NULL`,
      values,
    );
  }
};

/** Callers other than coordinators see case deadlines only. */
export const seesReportDeadlines = (viewer: { role: string }): boolean => viewer.role === 'coordinator';
