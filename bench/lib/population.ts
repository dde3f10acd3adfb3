import { ApiClient, inParallel } from './client';
import { familyBody, minorBody, openCaseBody } from './bodies';
import { mulberry32 } from './prng';

/** Who sends the requests: a few social workers (each reaches the cases they opened) and a coordinator. */
export interface Actor {
  sub: string;
  token: string;
}
export interface Actors {
  socialWorkers: Actor[];
  coordinator: Actor;
}

/** One case stream of the population, in rank order (rank 0 is the hottest). */
export interface CaseRef {
  caseId: string;
  familyId: string;
  /** Index of the social worker who opened it. */
  owner: number;
  assessmentId: string;
}

/** A new household with one minor and an open case, all through the API, by `owner`. */
export const openCaseForNewFamily = async (client: ApiClient, random: () => number, owner: Actor) => {
  const family = await client.command('/families', owner.token, familyBody(random));
  const minor = await client.command(`/families/${family.id}/members`, owner.token, minorBody(random));
  const opened = await client.command('/cases', owner.token, openCaseBody(random, family.id!, minor.id!));
  return { caseId: opened.id!, familyId: family.id! };
};

/** The cases the timed runs work on, made before them: family, minor, case, and one assessment per case. */
export const preparePopulation = async (client: ApiClient, actors: Actors, count: number, seed: number): Promise<CaseRef[]> => {
  const cases: CaseRef[] = new Array(count);
  await inParallel(
    Array.from({ length: count }, (_, i) => i),
    16,
    async (i) => {
      const random = mulberry32(seed * 1_000_003 + i); // one stream per case: the same seed gives the same population
      const owner = i % actors.socialWorkers.length;
      const token = actors.socialWorkers[owner].token;
      const { caseId, familyId } = await openCaseForNewFamily(client, random, actors.socialWorkers[owner]);
      const discipline = (['social', 'psychological', 'educational'] as const)[i % 3];
      const assessment = await client.command(`/cases/${caseId}/assessments`, token, { discipline });
      cases[i] = { caseId, familyId, owner, assessmentId: assessment.id! };
    },
  );
  return cases;
};
