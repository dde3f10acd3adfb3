/** Closed vocabularies and value shapes of a case. Courts are not here: they are reference data (see AUTHORITY_PATTERN). */

export const INTAKE_KINDS = ['spontaneous', 'semi-spontaneous', 'judicial'] as const;
export type IntakeKind = (typeof INTAKE_KINDS)[number];

export const REFERRER_KINDS = ['school', 'paediatrician', 'socio-health-service', 'community-partner', 'other'] as const;
export type ReferrerKind = (typeof REFERRER_KINDS)[number];

/** Judicial authorities grow with court reforms (TPMF), so they are slugs checked by pattern, not an enum. */
export const AUTHORITY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const KNOWN_AUTHORITIES = [
  'tribunale-per-i-minorenni',
  'procura-presso-il-tm',
  'tribunale-ordinario',
  'giudice-tutelare',
  'corte-d-appello',
] as const;
export type Authority = string;

export const MANDATE_KINDS = ['investigation-and-assessment', 'support-and-control', 'monitoring'] as const;
export type MandateKind = (typeof MANDATE_KINDS)[number];

export const TEAM_ROLES = ['social-worker', 'psychologist', 'educator'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const DISCIPLINES = ['social', 'psychological', 'educational'] as const;
export type Discipline = (typeof DISCIPLINES)[number];

/** The domains an assessment finds needs in (the child's and family's life, as the plan answers them). */
export const NEED_DOMAINS = ['health', 'education', 'relationships', 'living-conditions', 'parenting'] as const;
export type NeedDomain = (typeof NEED_DOMAINS)[number];
/** A need an assessment identified; the plan's goals cite it by id. */
export interface Need {
  needId: string;
  domain: NeedDomain;
  description: string;
}
/** Which needs a plan goal answers; goalIndex is the goal's place in the plan's goals. */
export interface GoalNeeds {
  goalIndex: number;
  needIds: string[];
}
export const GOAL_PROGRESS = ['not-started', 'in-progress', 'achieved', 'not-achieved'] as const;
export type GoalProgress = (typeof GOAL_PROGRESS)[number];
/** A review's finding on one goal. */
export interface GoalReview {
  goalIndex: number;
  progress: GoalProgress;
  note?: string;
}

/** Acts a service may have its coordinator approve before they take effect (SUPERVISED_ACTS). */
export const SUPERVISED_ACTS = ['support-plan', 'closure', 'court-report'] as const;
export type SupervisedAct = (typeof SUPERVISED_ACTS)[number];

export const RISK_LEVELS = ['none', 'low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const INTERVENTION_KINDS = [
  'psychological-support',
  'home-educational-support',
  'community-educational-support',
  'day-centre',
  'social-economic-support',
  'parent-group',
  'school-partnership',
  'vicinanza-solidale',
  'supervised-contact',
  // Work with the parent in difficulty (issue 15): the intervention names the adult it is for.
  'parenting-support',
  'anti-violence-centre',
  'housing-support',
  'employment-support',
  'health-service-referral',
] as const;
export type InterventionKind = (typeof INTERVENTION_KINDS)[number];

export const LEGAL_BASES = [
  'art-403-cc',
  'art-333-cc',
  'art-330-cc',
  'l184-art4-consensual-affido',
  'l184-art4-judicial-affido',
  'other',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const MEASURE_KINDS = [
  'emergency-placement',
  'foster-care',
  'community-placement',
  'mother-child-community-placement',
  'limitation-of-parental-responsibility',
  'loss-of-parental-responsibility',
  'court-ordered-supervised-contact',
] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/**
 * Which legal basis each kind of measure may rest on (DOMAIN.md, "Protection measure"): an emergency placement only on
 * art. 403 c.c.; foster care on L. 184/1983 art. 4 or a decree under artt. 330/333 c.c.; limitation and loss of parental
 * responsibility on art. 333 and art. 330 c.c.; the court's other placements and contacts on 330/333 or another basis named.
 */
export const MEASURE_LEGAL_BASES: Record<MeasureKind, readonly LegalBasis[]> = {
  'emergency-placement': ['art-403-cc'],
  'foster-care': ['l184-art4-consensual-affido', 'l184-art4-judicial-affido', 'art-330-cc', 'art-333-cc'],
  'community-placement': ['art-330-cc', 'art-333-cc', 'other'],
  'mother-child-community-placement': ['art-330-cc', 'art-333-cc', 'other'],
  'limitation-of-parental-responsibility': ['art-333-cc'],
  'loss-of-parental-responsibility': ['art-330-cc'],
  'court-ordered-supervised-contact': ['art-330-cc', 'art-333-cc', 'other'],
};

export const PLACE_KINDS = ['foster-family', 'relatives', 'community', 'mother-child-community', 'other'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Where a placed child lives: a registered facility or registered foster carers, named as they were when placed. */
export type PlacedWith =
  { kind: 'facility'; facilityId: string; name: string } | { kind: 'foster-carer'; fosterCarerId: string; name: string };

/** The parent placed with the child in a mother–child community: a member of the case's family. */
export interface PlacedParent {
  memberId: string;
  name: string;
}

/** Where a placement command says the child goes (ids only); decide names it from the facts its sender looked up. */
export interface PlaceRequest {
  placedWith?: { facilityId?: string; fosterCarerId?: string };
  withParent?: string;
}

/** Art. 403 c. 5: what the TM's collegial decree after the hearing does to the validation. */
export const VALIDATION_REVIEW_OUTCOMES = ['confirmed', 'modified', 'revoked'] as const;
export type ValidationReviewOutcome = (typeof VALIDATION_REVIEW_OUTCOMES)[number];

export const CONTACT_KINDS = ['interview', 'home-visit', 'call', 'school-meeting', 'team-meeting'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const CLOSURE_REASONS = ['goals-met', 'moved-away', 'transferred', 'age-limit-reached', 'court-order', 'other'] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

export const FAMILY_ROLES = ['minor', 'parent', 'guardian', 'other-adult'] as const;
export type FamilyRole = (typeof FAMILY_ROLES)[number];

/** Art. 473-bis.27 c.p.c.: facts, statements (by whom) and evaluations (with the method) are kept apart. */
export const ENTRY_KINDS = ['fact', 'statement', 'evaluation'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
/**
 * restrictedTo: clinical confidentiality, the text is for that discipline only (others see that the entry exists);
 * seal: the random value its text is hashed with (confidentiality/sealed-entries.ts), set when it is recorded.
 */
export type EntryRestriction = { restrictedTo?: Discipline; seal?: string };

export type NarrativeEntry = (
  | { kind: 'fact'; text: string }
  | { kind: 'statement'; statedBy: string; text: string }
  | { kind: 'evaluation'; method: string; text: string }
) &
  EntryRestriction;

export interface JudicialMandate {
  authority: Authority;
  proceedingNumber: string;
  decreeDate: string; // YYYY-MM-DD
  mandates: MandateKind[];
  reportDeadlines: string[]; // YYYY-MM-DD, as the judge set them
  /** A standing cadence of reports, when the decree sets one instead of (or besides) fixed dates. */
  reportEveryMonths?: number;
}

export type Intake =
  | { kind: 'spontaneous'; requesterId: string; reason: string }
  | {
      kind: 'semi-spontaneous';
      referrer: { kind: ReferrerKind; organisation: string; contactPerson: string };
      reason: string;
      /** The registered community partner who referred the minor, when there is one (issue 14). */
      partnerId?: string;
      /** The report (segnalazione) the case was opened from. */
      reportId?: string;
    }
  | ({ kind: 'judicial' } & JudicialMandate);

/** Who consented and when: the family's agreement to a plan, a parent's consent to a consensual affido. */
export interface Consent {
  name: string;
  role: FamilyRole;
  memberId?: string;
  consentedAt: string; // YYYY-MM-DD
}

export interface PlannedIntervention {
  kind: InterventionKind;
  /** An adult of the case's family the intervention is for (parenting support, a centro antiviolenza...). */
  targetPersonId?: string;
  provider?: string;
  expectedStartOn?: string;
  expectedEndOn?: string;
}

export interface ParentGoal {
  personId: string;
  goal: string;
}

/** What a child's wish is about, when heard (ascolto del minore). */
export const WISH_SUBJECTS = ['plan', 'placement', 'contact-with-parents', 'other'] as const;
export type WishSubject = (typeof WISH_SUBJECTS)[number];

/** A court report covers a range of the case stream's revisions, pinned by the hash at its head. */
export interface CoveredEvents {
  fromRevision: number;
  toRevision: number;
}

/** Who decided, and by which decree: protection measures and emergency placements both rest on one. */
export interface Decree {
  authority: Authority;
  decreeNumber: string;
  decreeDate: string;
}
