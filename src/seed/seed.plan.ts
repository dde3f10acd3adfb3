import type { SeedPostPath } from './api-client';
/**
 * What the seed sends: a plan of HTTP steps per family, made before anything is sent, so the counts are known from the plan.
 * Paths and bodies refer to ids made by earlier steps as @{ref} (the family, its members, the cases, plans...).
 */
export type Counter =
  | 'families'
  | 'members'
  | 'links'
  | 'relations'
  | 'households:other'
  | 'case:spontaneous'
  | 'case:semi-spontaneous'
  | 'case:judicial'
  | 'assessments'
  | 'supportPlans'
  | 'interventions'
  | 'contacts'
  | 'placements'
  | 'placements:validated'
  | 'placements:revoked'
  | 'affidi'
  | 'otherMeasures'
  | 'courtHearings'
  | 'courtReports'
  | 'closures'
  | 'reopenings'
  | 'partners'
  | 'initiatives'
  | 'initiatives:held'
  | 'reports'
  | 'facilities'
  | 'fosterCarers';

export interface Step {
  /** For progress and errors: which family, which case, what. */
  name: string;
  /** Unique within the family; with the seed and the family it makes the Idempotency-Key. */
  key: string;
  path: SeedPostPath;
  body: object;
  /** Keep the answer's id under this ref. */
  saves?: string;
  /** The case (ref) this step appends to: its answer's revision is the case's head. */
  caseRef?: string;
  /** A court report: coveredEvents and headHash are filled from the case's head when sent. */
  pinsHead?: boolean;
  counts?: Counter[];
}

export interface FamilyPlan {
  index: number;
  /** The Idempotency-Key scope; absent: f<index + 1>, the family's. */
  scope?: string;
  steps: Step[];
}

export interface SeedSummary {
  families: number;
  /** New people, each registered in the person registry and added to a household (two events). */
  members: number;
  /** Separated parents' other homes, the minors linked there as the same people, and the relations recorded. */
  people: { otherHomes: number; links: number; relations: number };
  cases: { total: number; spontaneous: number; semiSpontaneous: number; judicial: number };
  assessments: number;
  supportPlans: number;
  interventions: number;
  contacts: number;
  art403Placements: { made: number; validated: number; revoked: number };
  affidi: number;
  otherMeasures: number;
  courtHearings: number;
  courtReports: number;
  closures: number;
  reopenings: number;
  community: { partners: number; initiatives: number; initiativesHeld: number; reports: number };
  /** The registries placements name (issue 15); their households are not counted as families. */
  carers: { facilities: number; fosterCarers: number };
  /** POSTs sent (or replayed): one event each, plus the minor's guard event on an opening, closure or reopening. */
  requests: number;
}

export const summarise = (plans: readonly FamilyPlan[]): SeedSummary => {
  const tally = new Map<Counter, number>();
  let requests = 0;
  for (const step of plans.flatMap((p) => p.steps)) {
    requests++;
    for (const counter of step.counts ?? []) tally.set(counter, (tally.get(counter) ?? 0) + 1);
  }
  const n = (counter: Counter) => tally.get(counter) ?? 0;
  const cases = { spontaneous: n('case:spontaneous'), semiSpontaneous: n('case:semi-spontaneous'), judicial: n('case:judicial') };
  return {
    families: n('families'),
    members: n('members'),
    people: { otherHomes: n('households:other'), links: n('links'), relations: n('relations') },
    cases: { total: cases.spontaneous + cases.semiSpontaneous + cases.judicial, ...cases },
    assessments: n('assessments'),
    supportPlans: n('supportPlans'),
    interventions: n('interventions'),
    contacts: n('contacts'),
    art403Placements: { made: n('placements'), validated: n('placements:validated'), revoked: n('placements:revoked') },
    affidi: n('affidi'),
    otherMeasures: n('otherMeasures'),
    courtHearings: n('courtHearings'),
    courtReports: n('courtReports'),
    closures: n('closures'),
    reopenings: n('reopenings'),
    community: { partners: n('partners'), initiatives: n('initiatives'), initiativesHeld: n('initiatives:held'), reports: n('reports') },
    carers: { facilities: n('facilities'), fosterCarers: n('fosterCarers') },
    requests,
  };
};

/** Replaces every @{ref} with the id saved under it; a missing ref is a bug of the plan. */
export const resolveRefs = (text: string, ids: ReadonlyMap<string, string>): string =>
  text.replace(/@\{([A-Za-z0-9._-]+)\}/g, (_, ref: string) => {
    const id = ids.get(ref);
    if (id === undefined) throw new Error(`seed plan: @{${ref}} is used before a step saved it`);
    return id;
  });
