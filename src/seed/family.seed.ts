import { caseSteps } from './case-story.seed';
import { INTAKE_SHARES, profileCase } from './case-profile';
import { householdSteps, planHousehold } from './household.seed';
import { Random, hash32, stratified } from './random';
import { FamilyPlan } from './seed.plan';

/**
 * Family `index` of seed `seed`: its own random stream, so that it is the same whatever the number of families asked for.
 * The primary case's intake kind follows a stratified sequence: even 8 families show all three kinds in their proportions.
 */
export const planFamily = (seed: number, index: number, asOfDay: number): FamilyPlan => {
  const random = new Random(hash32('tutela-seed', seed, index));
  const phase = new Random(hash32('tutela-seed-phase', seed)).next();
  const intake = random.weighted(INTAKE_SHARES, stratified(phase, index));
  const profiles = [profileCase(random.fork('case-0'), intake)];
  // A sibling has a case of their own now and then, usually of the same origin (the same decree, the same referral).
  if (random.chance(0.2)) profiles.push(profileCase(random.fork('case-1'), random.chance(0.8) ? intake : random.weighted(INTAKE_SHARES)));
  // About one family in four has separated parents; stratified, so that even a few families include one.
  const separated = stratified(new Random(hash32('tutela-seed-separated', seed)).next(), index) < 0.25;
  const household = planHousehold(
    random.fork('household'),
    asOfDay,
    profiles.map((p) => p.minorAgeDays),
    separated,
  );
  const label = `family ${index + 1}`;
  return {
    index,
    steps: [
      ...householdSteps(household, label),
      ...profiles.flatMap((profile, k) =>
        caseSteps(random.fork(`story-${k}`), household, household.minors[k], profile, `c${k}`, label, asOfDay),
      ),
    ],
  };
};
