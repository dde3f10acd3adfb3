import { assertMayRestrict } from '../confidentiality/restriction.rules';
import { Dated } from '../../common/decider';
import { Carrying, CaseContext } from '../case.command';
import {
  endBeforeStart,
  mandateAlreadyEnded,
  mandateNotFound,
  notFound,
  reportHeadHashMismatch,
  reportRangeBeyondStream,
} from '../case.errors';
import { proceedingKey } from './proceeding-key';
import { assertApproved } from '../supervision/supervision.decide';
import { MandateState, mandatesInForce } from './court.evolve';
import { CaseEvent } from '../case.events';
import { assertDateNotAfter, assertNewId, assertNotBefore, guard } from '../case.guards';
import { plainEntry, plainMandate } from '../case.plain';
import { CaseState } from '../case.state';

/** The case and the Judicial Authority: further mandates, hearings, reports (art. 473-bis.27 c.p.c.). */

export type ReceiveJudicialMandate = Carrying<'ReceiveJudicialMandate', 'JudicialMandateReceived'>;
export type ScheduleCourtHearing = Carrying<'ScheduleCourtHearing', 'CourtHearingScheduled'>;
export type SubmitCourtReport = Carrying<'SubmitCourtReport', 'CourtReportSubmitted'>;
export type ModifyJudicialMandate = Carrying<'ModifyJudicialMandate', 'JudicialMandateModified'>;
export type EndJudicialMandate = Carrying<'EndJudicialMandate', 'JudicialMandateEnded'>;
export type CourtCommand = ReceiveJudicialMandate | ModifyJudicialMandate | EndJudicialMandate | ScheduleCourtHearing | SubmitCourtReport;

export const receiveJudicialMandate = (cmd: Dated<ReceiveJudicialMandate>, state: CaseState, { now }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  assertDateNotAfter('decreeDate', cmd.decreeDate, cmd.occurredAt);
  return [{ type: 'JudicialMandateReceived', data: { caseId: cmd.caseId, ...plainMandate(cmd) } }];
};

/** Later decrees of a proceeding act on its mandates in force, and come after the decree that gave them. */
const mandatesToChange = (cmd: Dated<ModifyJudicialMandate | EndJudicialMandate>, state: CaseState): MandateState[] => {
  const ofProceeding = state.judicialMandates.filter((m) => proceedingKey(m.proceedingNumber) === proceedingKey(cmd.proceedingNumber));
  if (ofProceeding.length === 0) throw mandateNotFound(cmd.proceedingNumber);
  const inForce = mandatesInForce(state, cmd.proceedingNumber);
  if (inForce.length === 0) throw mandateAlreadyEnded(cmd.proceedingNumber);
  assertDateNotAfter('decreeDate', cmd.decreeDate, cmd.occurredAt);
  assertNotBefore('decreeDate', cmd.decreeDate, inForce[0].decreeDate);
  return inForce;
};

export const modifyJudicialMandate = (cmd: Dated<ModifyJudicialMandate>, state: CaseState, { now }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  mandatesToChange(cmd, state);
  cmd.reportDeadlines?.forEach((date) => assertNotBefore('reportDeadlines', date, cmd.decreeDate));
  const { caseId, authority, decreeNumber, decreeDate, proceedingNumber, prescriptions, reportEveryMonths } = cmd;
  const mandates = cmd.mandates && [...cmd.mandates];
  const reportDeadlines = cmd.reportDeadlines && [...cmd.reportDeadlines];
  return [
    {
      type: 'JudicialMandateModified',
      data: { caseId, authority, decreeNumber, decreeDate, proceedingNumber, prescriptions, mandates, reportDeadlines, reportEveryMonths },
    },
  ];
};

export const endJudicialMandate = (cmd: Dated<EndJudicialMandate>, state: CaseState, { now }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  mandatesToChange(cmd, state);
  assertDateNotAfter('endedOn', cmd.endedOn, cmd.occurredAt);
  assertNotBefore('endedOn', cmd.endedOn, cmd.decreeDate);
  const { caseId, authority, decreeNumber, decreeDate, proceedingNumber, endedOn, reason } = cmd;
  return [{ type: 'JudicialMandateEnded', data: { caseId, authority, decreeNumber, decreeDate, proceedingNumber, endedOn, reason } }];
};

export const scheduleCourtHearing = (cmd: Dated<ScheduleCourtHearing>, state: CaseState, { now }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  assertNewId(state.hearings, 'court hearing', cmd.hearingId);
  if (cmd.placementId && !state.emergencyPlacements[cmd.placementId]) {
    throw notFound('PLACEMENT_NOT_FOUND', 'emergency placement', cmd.placementId);
  }
  const { caseId, hearingId, authority, hearingDate, proceedingNumber, purpose, placementId } = cmd;
  return [{ type: 'CourtHearingScheduled', data: { caseId, hearingId, authority, hearingDate, proceedingNumber, purpose, placementId } }];
};

/**
 * A report pins what it covers: a revision range of this stream and the chain hash at its head.
 * The handler reads the stream's own hash at toRevision into the context, so a court can verify the export.
 */
export const submitCourtReport = (cmd: Dated<SubmitCourtReport>, state: CaseState, context: CaseContext): CaseEvent[] => {
  const { now, facts, actor } = context;
  guard(cmd, state, now);
  assertNewId(state.reports, 'court report', cmd.reportId);
  assertNotBefore('periodTo', cmd.periodTo, cmd.periodFrom);
  assertDateNotAfter('periodTo', cmd.periodTo, cmd.occurredAt);
  const { fromRevision, toRevision } = cmd.coveredEvents;
  if (toRevision < fromRevision) throw endBeforeStart('coveredEvents.toRevision', String(toRevision), String(fromRevision));
  if (facts.hashAtToRevision === undefined) throw reportRangeBeyondStream(toRevision);
  if (facts.hashAtToRevision !== cmd.headHash) throw reportHeadHashMismatch(toRevision);
  assertMayRestrict(cmd.sections, actor);
  assertApproved('court-report', cmd.headHash, state, context);
  const { caseId, reportId, authority, proceedingNumber, periodFrom, periodTo, headHash } = cmd;
  return [
    {
      type: 'CourtReportSubmitted',
      data: {
        caseId,
        reportId,
        authority,
        proceedingNumber,
        periodFrom,
        periodTo,
        coveredEvents: { fromRevision, toRevision },
        headHash,
        sections: cmd.sections.map(plainEntry),
      },
    },
  ];
};
