import { assertMayRestrict } from '../confidentiality/restriction.rules';
import { assertFamilyPeople } from '../family-targets';
import { Dated } from '../../common/decider';
import { Carrying, CaseContext } from '../case.command';
import { assessmentAlreadyOpen, notFound, wrongState } from '../case.errors';
import { CaseEvent } from '../case.events';
import { assertNewId, guard } from '../case.guards';
import { plainEntry } from '../case.plain';
import { AssessmentState, CaseState } from '../case.state';
import { plainNeeds } from '../plan/needs.rules';

/** Assessments by discipline, and the contact log: where the narrative entries of a case are written. */

export type StartAssessment = Carrying<'StartAssessment', 'AssessmentStarted'>;
export type RecordAssessmentEntry = Carrying<'RecordAssessmentEntry', 'AssessmentEntryRecorded'>;
export type CompleteAssessment = Carrying<'CompleteAssessment', 'AssessmentCompleted'>;
export type RecordContact = Carrying<'RecordContact', 'ContactRecorded'>;
export type AssessmentCommand = StartAssessment | RecordAssessmentEntry | CompleteAssessment | RecordContact;

export const startAssessment = (cmd: Dated<StartAssessment>, state: CaseState, { now }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  const open = Object.values(state.assessments).find((a) => a.discipline === cmd.discipline && a.status === 'open');
  if (open) throw assessmentAlreadyOpen(cmd.discipline, open.assessmentId);
  assertNewId(state.assessments, 'assessment', cmd.assessmentId);
  const { caseId, assessmentId, discipline } = cmd;
  return [{ type: 'AssessmentStarted', data: { caseId, assessmentId, discipline } }];
};

const openAssessment = (state: CaseState, assessmentId: string): AssessmentState => {
  const assessment = state.assessments[assessmentId];
  if (!assessment) throw notFound('ASSESSMENT_NOT_FOUND', 'assessment', assessmentId);
  if (assessment.status === 'completed') throw wrongState('ASSESSMENT_COMPLETED', 'assessment', assessmentId, 'completed');
  return assessment;
};

export const recordAssessmentEntry = (cmd: Dated<RecordAssessmentEntry>, state: CaseState, { now, actor }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  openAssessment(state, cmd.assessmentId);
  assertMayRestrict([cmd.entry], actor);
  return [
    {
      type: 'AssessmentEntryRecorded',
      data: { caseId: cmd.caseId, assessmentId: cmd.assessmentId, entry: plainEntry(cmd.entry) },
    },
  ];
};

export const completeAssessment = (cmd: Dated<CompleteAssessment>, state: CaseState, { now }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  openAssessment(state, cmd.assessmentId);
  const { caseId, assessmentId, riskLevel, riskFactors, protectiveFactors, summary } = cmd;
  const needs = cmd.needs?.length ? { needs: plainNeeds(cmd.needs, state) } : {};
  return [
    {
      type: 'AssessmentCompleted',
      data: {
        caseId,
        assessmentId,
        riskLevel,
        riskFactors: [...riskFactors],
        protectiveFactors: [...protectiveFactors],
        summary,
        ...needs,
      },
    },
  ];
};

export const recordContact = (cmd: Dated<RecordContact>, state: CaseState, { now, facts, actor }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  assertMayRestrict(cmd.entries, actor);
  const { caseId, contactId, kind, participants } = cmd;
  const personIds = cmd.personIds ? [...cmd.personIds] : [];
  assertFamilyPeople(personIds, facts, false);
  const met = personIds.length > 0 ? { personIds } : {};
  return [
    {
      type: 'ContactRecorded',
      data: { caseId, contactId, kind, participants: [...participants], entries: cmd.entries.map(plainEntry), ...met },
    },
  ];
};
