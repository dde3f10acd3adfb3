import { EventMeta } from '../../common/decider';
import { CaseEvent } from '../case.events';
import { patch } from '../case.records';
import { Discipline, Need, RiskLevel } from '../case.values';

export interface AssessmentState {
  assessmentId: string;
  discipline: Discipline;
  status: 'open' | 'completed';
  entriesCount: number;
  riskLevel?: RiskLevel;
  riskFactors: string[];
  protectiveFactors: string[];
  summary?: string;
  needs: Need[];
  startedAt?: string;
  completedAt?: string;
}

/** Assessments by discipline, the needs they found, and the contact log. */
export interface AssessmentSlice {
  assessments: Record<string, AssessmentState>;
  needs: Record<string, Need & { assessmentId: string }>;
  contactsCount: number;
  lastContactAt?: string;
}

export const initialAssessment: AssessmentSlice = { assessments: {}, needs: {}, contactsCount: 0 };

export const evolveAssessment = <S extends AssessmentSlice>(state: S, event: CaseEvent, meta: EventMeta): S => {
  const at = meta.occurredAt;
  const assessment = (id: string, change: (a: AssessmentState) => AssessmentState): S => ({
    ...state,
    assessments: patch(state.assessments, id, change),
  });
  switch (event.type) {
    case 'AssessmentStarted': {
      const { assessmentId, discipline } = event.data;
      const started: AssessmentState = {
        assessmentId,
        discipline,
        status: 'open',
        entriesCount: 0,
        riskFactors: [],
        protectiveFactors: [],
        needs: [],
        startedAt: at,
      };
      return { ...state, assessments: { ...state.assessments, [assessmentId]: started } };
    }
    case 'AssessmentEntryRecorded':
      return assessment(event.data.assessmentId, (a) => ({ ...a, entriesCount: a.entriesCount + 1 }));
    case 'AssessmentCompleted': {
      const { assessmentId, riskLevel, riskFactors, protectiveFactors, summary, needs = [] } = event.data;
      const found = Object.fromEntries(needs.map((need) => [need.needId, { ...need, assessmentId }]));
      const completed = assessment(assessmentId, (a) => ({
        ...a,
        status: 'completed',
        riskLevel,
        riskFactors,
        protectiveFactors,
        summary,
        needs,
        completedAt: at,
      }));
      return { ...completed, needs: { ...state.needs, ...found } };
    }
    case 'ContactRecorded':
      return { ...state, contactsCount: state.contactsCount + 1, lastContactAt: latest(state.lastContactAt, at) };
    default:
      return state;
  }
};

// A late record of an earlier contact does not move the last contact back.
const latest = (a?: string, b?: string): string | undefined => (!a ? b : !b ? a : Date.parse(a) >= Date.parse(b) ? a : b);
