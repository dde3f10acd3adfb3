import { romeDate } from '../common/rome-date';
import { ApiClient, SeedPostPath } from './api-client';
import { planCarers } from './carers.seed';
import { planCommunity } from './community.seed';
import { planFamily } from './family.seed';
import { FamilyPlan, SeedSummary, resolveRefs, summarise } from './seed.plan';
import { dayNumber } from './timeline';

export interface SeedOptions {
  /** A running tutela, e.g. http://localhost:3000 */
  url: string;
  /** A coordinator bearer token of that instance. */
  token: string;
  families: number;
  seed: number;
  /** The reference date the three years of history end on (YYYY-MM-DD, not after today); default today in Rome. */
  asOf?: string;
  /** Families sent at the same time; each family's own steps are always sent in order. */
  concurrency?: number;
  log?: (line: string) => void;
}

/** Idempotency-Keys: the same seed, family and step give the same key, so a re-run replays instead of writing twice. */
const scopeOf = (plan: FamilyPlan) => plan.scope ?? `f${plan.index + 1}`;
const keyOf = (seed: number, plan: FamilyPlan, stepKey: string) => `seed-${seed}.${scopeOf(plan)}.${stepKey}`;

/** Sends a plan's steps in order; `known` are ids earlier plans saved (the carers registries), answered with the plan's own. */
const sendFamily = async (client: ApiClient, seed: number, plan: FamilyPlan, known: ReadonlyMap<string, string> = new Map()) => {
  const ids = new Map<string, string>(known);
  const heads = new Map<string, number>();
  for (const step of plan.steps) {
    let body = JSON.parse(resolveRefs(JSON.stringify(step.body), ids)) as Record<string, unknown>;
    if (step.pinsHead && step.caseRef) {
      const toRevision = heads.get(step.caseRef)!;
      const headHash = await client.eventHash(step.name, ids.get(step.caseRef)!, toRevision);
      body = { ...body, coveredEvents: { fromRevision: 0, toRevision }, headHash };
    }
    // Refs become ids: the path still fits its contract pattern.
    const path = resolveRefs(step.path, ids) as SeedPostPath;
    const answer = await client.post(step.name, path, body, keyOf(seed, plan, step.key), `seed-${seed}.${scopeOf(plan)}`);
    if (step.saves) ids.set(step.saves, answer.id!);
    if (step.caseRef) heads.set(step.caseRef, answer.revision);
  }
  return ids;
};

export const checkAsOf = (asOf: string, today = romeDate(new Date())): string => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(dayNumber(asOf)))
    throw new Error(`--as-of must be a date YYYY-MM-DD, got "${asOf}"`);
  if (asOf > today) throw new Error(`--as-of ${asOf} is after today (${today}): tutela refuses facts in the future`);
  return asOf;
};

/** Fills a running instance with `families` synthetic households and their cases; answers the counts of what it sent. */
export const runSeed = async (options: SeedOptions): Promise<SeedSummary> => {
  const log = options.log ?? (() => undefined);
  const asOf = checkAsOf(options.asOf ?? romeDate(new Date()));
  const plans = Array.from({ length: options.families }, (_, i) => planFamily(options.seed, i, dayNumber(asOf)));
  const community = planCommunity(options.seed, options.families, dayNumber(asOf));
  const carers = planCarers(options.seed, dayNumber(asOf));
  const summary = summarise([...plans, community, carers]);
  const url = options.url.replace(/\/+$/, '');
  const client = new ApiClient(url, options.token, options.seed);
  await client.preflight();
  log(`seeding ${options.families} families (--seed ${options.seed} --as-of ${asOf}) into ${url}: ${summary.requests} requests`);

  // The network first: it stands on its own, and families never cite it.
  await sendFamily(client, options.seed, community);
  // Then the facilities and foster carers, whose ids the families' placements name.
  const carerIds = await sendFamily(client, options.seed, carers);
  const started = Date.now();
  const every = Math.max(1, Math.ceil(plans.length / 20));
  let next = 0;
  let done = 0;
  let failure: unknown;
  const worker = async () => {
    while (failure === undefined && next < plans.length) {
      const plan = plans[next++];
      await sendFamily(client, options.seed, plan, carerIds);
      done++;
      if (done % every === 0 || done === plans.length) {
        log(`  ${done}/${plans.length} families, ${client.sent} requests, ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }
    }
  };
  const workers = Array.from({ length: Math.max(1, options.concurrency ?? 4) }, () =>
    worker().catch((error: unknown) => {
      failure ??= error;
    }),
  );
  await Promise.all(workers);
  if (failure !== undefined) throw failure;
  if (client.replayed > 0) log(`  ${client.replayed} of ${client.sent} answers were replays: this seed was already (partly) loaded here`);
  return summary;
};
