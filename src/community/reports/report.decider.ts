import { Decider, defineStreamKind, unhandled } from '../../common/decider';
import { ReportEvent } from './report.events';
import { ReportCommand, ReportFacts, receiveReport, screenReport } from './reports.decide';
import { ReportState, evolveReport, initialReportState } from './reports.evolve';

export const reportDecider: Decider<ReportCommand, ReportState, ReportEvent, ReportFacts> = {
  version: 1,
  initialState: initialReportState,
  evolve: evolveReport,
  decide: (command, state, { facts, now }) => {
    switch (command.type) {
      case 'ReceiveReport':
        return receiveReport(command, state, facts ?? {}, now);
      case 'ScreenReport':
        return screenReport(command, state, facts ?? {}, now);
      default:
        return unhandled(command);
    }
  },
};

export const reportKind = defineStreamKind({ name: 'report', decider: reportDecider });
