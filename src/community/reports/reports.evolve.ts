import { EventMeta } from '../../common/decider';
import { ReportEvent, ReportSource, ReportedMinor, Reporter, Screening } from './report.events';

export interface ReportState {
  exists: boolean;
  reportId?: string;
  source?: ReportSource;
  reporter?: Reporter;
  minor?: ReportedMinor;
  concern?: string;
  seriousHarm?: boolean;
  receivedAt?: string;
  screeningDueAt?: string;
  screening?: Screening & { screenedAt: string };
}

export const initialReportState: ReportState = { exists: false };

export const evolveReport = (state: ReportState, event: ReportEvent, meta: EventMeta): ReportState => {
  switch (event.type) {
    case 'ReportReceived':
      return { exists: true, ...event.data, receivedAt: meta.occurredAt };
    case 'ReportScreened': {
      const { reportId: _reportId, ...screening } = event.data;
      return { ...state, screening: { ...screening, screenedAt: meta.occurredAt } };
    }
    default:
      return state;
  }
};
