import { DecideContext } from '../common/decider';
import { CaseEventData, CaseEventType } from './case.events';
import { PartnerFact } from '../community/partners/partner-facts';
import { FamilyRole, SupervisedAct } from './case.values';
import { PlaceFacts } from './placement/placed-with.rules';

/** Every case command names its case; occurredAt is when its fact happened (absent: now, as the engine dates it). */
export interface CaseCommandFields {
  caseId: string;
  occurredAt?: string;
}

/** Most commands carry exactly their event's data; sub-entity ids (UUIDs) are made by the controller, so decide stays pure. */
export type Carrying<Type extends string, Event extends CaseEventType> = { type: Type } & CaseCommandFields &
  Omit<CaseEventData<Event>, 'caseId'>;

/** The household as an opening needs it, read from the family stream before deciding. */
export interface FamilyFacts {
  familyId: string;
  members: Array<{ id: string; role: FamilyRole; birthDate: string }>;
}

/** What a sender looks up before deciding, passed as data; each command reads only its own. */
export interface CaseFacts {
  /** OpenCase: the family named by the command (absent: it does not exist). */
  family?: FamilyFacts;
  /** OpenCase citing a partner: that partner (absent: it does not exist). */
  partners?: PartnerFact[];
  /** OpenCase citing a report: whether it exists. */
  reportExists?: boolean;
  /** OpenCase, ReopenCase: the minor's currently open case, as the minor's guard holds it. */
  openCaseIdForMinor?: string;
  /** MakeEmergencyPlacement, OrderProtectionMeasure: the facility or foster carer named, and the case's family. */
  place?: PlaceFacts;
  /** SubmitCourtReport: the stream's own hash at coveredEvents.toRevision (absent: no such revision). */
  hashAtToRevision?: string;
  /** AgreeSupportPlan, CloseCase, SubmitCourtReport: the acts this service has its coordinator approve first. */
  supervisedActs?: readonly SupervisedAct[];
}

export type CaseContext = DecideContext<CaseFacts>;
