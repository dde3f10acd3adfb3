import { preferredLang } from '../common/language';
import { AffidoKind } from '../carers/foster-carers/foster-carer.events';
import { FacilityKind } from '../carers/facilities/facility.events';
import { EntryKind, GoalProgress, NeedDomain, ValidationReviewOutcome } from '../cases/case.values';
import { DEADLINE_LABELS_EN, DEADLINE_LABELS_IT } from '../projections/deadlines/deadline.labels';
import { DEADLINE_KINDS, DeadlineKind } from '../projections/deadlines/deadline.rules';
import { MemberRole, RelationKind, Sex } from '../families/family.events';
import {
  CLOSURE,
  CONTACT,
  DISCIPLINE,
  INTAKE,
  INTERVENTION,
  LEGAL_BASIS,
  MANDATE,
  MEASURE,
  PLACE,
  REFERRER,
  RISK,
  SUPERVISED,
  TEAM_ROLE,
  Term,
  WISH_SUBJECT,
} from '../projections/timeline/timeline.vocabulary';

/** Records typed by the enums: a value without its label does not compile. */
const ENTRY_KIND: Record<EntryKind, Term> = {
  fact: { it: 'fatto', en: 'fact' },
  statement: { it: 'dichiarazione', en: 'statement' },
  evaluation: { it: 'valutazione', en: 'evaluation' },
};

const VALIDATION_OUTCOME: Record<ValidationReviewOutcome, Term> = {
  confirmed: { it: 'confermato', en: 'confirmed' },
  modified: { it: 'modificato', en: 'modified' },
  revoked: { it: 'revocato', en: 'revoked' },
};

const MEMBER_ROLE: Record<MemberRole, Term> = {
  minor: { it: 'minore', en: 'minor' },
  parent: { it: 'genitore', en: 'parent' },
  guardian: { it: 'tutore', en: 'guardian' },
  'other-adult': { it: 'altro adulto', en: 'other adult' },
};

const SEX: Record<Sex, Term> = {
  M: { it: 'maschio', en: 'male' },
  F: { it: 'femmina', en: 'female' },
  X: { it: 'non indicato', en: 'not stated' },
};

const RELATION: Record<RelationKind, Term> = {
  'parent-of': { it: 'genitore di', en: 'parent of' },
  'step-parent-of': { it: 'genitore acquisito di', en: 'step-parent of' },
  'sibling-of': { it: 'fratello o sorella di', en: 'sibling of' },
  'partner-of': { it: 'partner di', en: 'partner of' },
  'guardian-of': { it: 'tutore di', en: 'guardian of' },
  'lives-with': { it: 'convive con', en: 'lives with' },
  'relative-of': { it: 'parente di', en: 'relative of' },
};

const FACILITY: Record<FacilityKind, Term> = {
  'comunita-educativa': { it: 'comunità educativa per minori', en: 'residential community for minors' },
  'comunita-madre-bambino': { it: 'comunità madre-bambino', en: 'mother–child community' },
  'comunita-familiare': { it: 'comunità familiare (casa famiglia)', en: 'family-type community' },
  'pronta-accoglienza': { it: 'pronta accoglienza', en: 'emergency shelter' },
  'alloggio-autonomia': { it: "alloggio per l'autonomia", en: 'semi-autonomy flat' },
};

const AFFIDO: Record<AffidoKind, Term> = {
  residential: { it: 'affido residenziale', en: 'residential foster care' },
  'part-time': { it: 'affido diurno o part-time', en: 'part-time foster care' },
  emergency: { it: 'affido in emergenza', en: 'emergency foster care' },
};

const NEED_DOMAIN: Record<NeedDomain, Term> = {
  health: { it: 'salute', en: 'health' },
  education: { it: 'istruzione', en: 'education' },
  relationships: { it: 'relazioni', en: 'relationships' },
  'living-conditions': { it: 'condizioni di vita', en: 'living conditions' },
  parenting: { it: 'genitorialità', en: 'parenting' },
};

const PROGRESS: Record<GoalProgress, Term> = {
  'not-started': { it: 'non avviato', en: 'not started' },
  'in-progress': { it: 'in corso', en: 'in progress' },
  achieved: { it: 'raggiunto', en: 'achieved' },
  'not-achieved': { it: 'non raggiunto', en: 'not achieved' },
};

const DEADLINE: Record<DeadlineKind, Term> = Object.fromEntries(
  DEADLINE_KINDS.map((kind) => [kind, { it: DEADLINE_LABELS_IT[kind], en: DEADLINE_LABELS_EN[kind] }]),
) as Record<DeadlineKind, Term>;

/** Every enum the API uses, by the name a front end looks it up under. */
export const VOCABULARY: Record<string, Record<string, Term>> = {
  intakeKinds: INTAKE,
  referrerKinds: REFERRER,
  mandateKinds: MANDATE,
  teamRoles: TEAM_ROLE,
  disciplines: DISCIPLINE,
  riskLevels: RISK,
  interventionKinds: INTERVENTION,
  legalBases: LEGAL_BASIS,
  measureKinds: MEASURE,
  placeKinds: PLACE,
  contactKinds: CONTACT,
  closureReasons: CLOSURE,
  entryKinds: ENTRY_KIND,
  validationReviewOutcomes: VALIDATION_OUTCOME,
  wishSubjects: WISH_SUBJECT,
  memberRoles: MEMBER_ROLE,
  sexes: SEX,
  relationKinds: RELATION,
  facilityKinds: FACILITY,
  affidoKinds: AFFIDO,
  needDomains: NEED_DOMAIN,
  supervisedActs: SUPERVISED,
  goalProgress: PROGRESS,
  deadlineKinds: DEADLINE,
};

export type VocabularyLang = keyof Term;

/** The labels in one language: `{ intakeKinds: { spontaneous: 'spontanea', ... }, ... }`. */
export const vocabularyIn = (lang: VocabularyLang): Record<string, Record<string, string>> =>
  Object.fromEntries(
    Object.entries(VOCABULARY).map(([name, terms]) => [
      name,
      Object.fromEntries(Object.entries(terms).map(([value, term]) => [value, term[lang]])),
    ]),
  );

/** ?lang wins; otherwise the first of Accept-Language that tutela speaks; Italian, the service's language, by default. */
export const chooseLang = (query: string | undefined, acceptLanguage: string | undefined): VocabularyLang =>
  query === 'it' || query === 'en' ? query : preferredLang(acceptLanguage, 'it');
