import { assessmentEntryBody, contactBody, familyBody, minorBody, openCaseBody, teamMemberBody } from './bodies';
import { Actors, CaseRef } from './population';
import { Random, derive, mulberry32, weighted, zipf } from './prng';

/** What a request of the mix does; the first six are commands (writes). */
export const KINDS = [
  'register-family',
  'add-minor',
  'open-case',
  'record-contact',
  'assessment-entry',
  'assign-team-member',
  'get-case',
  'list-cases',
] as const;
export type Kind = (typeof KINDS)[number];
export const isCommand = (kind: Kind): boolean => kind !== 'get-case' && kind !== 'list-cases';

/**
 * Shares of the mix, per request. `intake` is a new household's three commands in turn (family, minor, case):
 * each pick of it sends the next step some earlier pick made possible, so it yields about a third of each.
 */
export const DEFAULT_WEIGHTS = {
  intake: 9,
  'record-contact': 35,
  'assessment-entry': 20,
  'assign-team-member': 5,
  'get-case': 20,
  'list-cases': 11,
};
type Choice = keyof typeof DEFAULT_WEIGHTS;

export interface Planned {
  kind: Kind;
  method: 'GET' | 'POST';
  path: string;
  token: string;
  body?: string;
  /** For the intake steps: who started it and what is known so far. */
  intake?: { owner: number; familyId?: string; minorId?: string };
}

export interface MixOptions {
  seed: number;
  /** Zipf exponent of the choice of case: 0 is uniform, 1 gives the hottest case about 1/H(n) of the case requests. */
  exponent: number;
  weights?: typeof DEFAULT_WEIGHTS;
}

/**
 * The request generator, seeded: the k-th request made is always the same kind, case and body (which connection sends
 * it, and when, is up to the load; an intake step depends on which earlier steps were answered). No request carries
 * If-Match: commands are decided on the latest state, so a 409 can only be the server failing to serialise concurrent
 * writers.
 */
export class Mix {
  private random: Random = mulberry32(0);
  private serial = 0;
  private readonly choose: (random: Random) => Choice;
  private readonly rank: (random: Random) => number;
  private readonly awaitingMinor: { owner: number; familyId: string }[] = [];
  private readonly awaitingCase: { owner: number; familyId: string; minorId: string }[] = [];
  private teamSerial = 0;
  private readonly seed: number;
  private nextOwner = 0;

  constructor(
    private readonly cases: CaseRef[],
    private readonly actors: Actors,
    options: MixOptions,
  ) {
    this.seed = options.seed;
    this.choose = weighted(options.weights ?? DEFAULT_WEIGHTS);
    this.rank = zipf(cases.length, options.exponent);
  }

  next(): Planned {
    // Each request draws from its own stream, so request k is the same whatever the answers before it were.
    this.random = mulberry32(derive(this.seed, this.serial++));
    const choice = this.choose(this.random);
    if (choice === 'intake') return this.intake();
    if (choice === 'list-cases') return this.listCases();
    const target = this.cases[this.rank(this.random)];
    const owner = this.actors.socialWorkers[target.owner].token;
    const json = (body: unknown) => JSON.stringify(body);
    switch (choice) {
      case 'record-contact':
        return {
          kind: choice,
          method: 'POST',
          path: `/cases/${target.caseId}/contacts`,
          token: owner,
          body: json(contactBody(this.random)),
        };
      case 'assessment-entry': {
        const path = `/cases/${target.caseId}/assessments/${target.assessmentId}/entries`;
        return { kind: choice, method: 'POST', path, token: owner, body: json(assessmentEntryBody(this.random)) };
      }
      case 'assign-team-member': {
        const body = json(teamMemberBody(this.random, ++this.teamSerial)); // a new worker each time: never already on the team
        return { kind: choice, method: 'POST', path: `/cases/${target.caseId}/team-members`, token: this.actors.coordinator.token, body };
      }
      case 'get-case':
        return { kind: choice, method: 'GET', path: `/cases/${target.caseId}`, token: owner };
    }
  }

  /** The answer to a planned request: the intake steps carry the new ids on to the next step. */
  answered(planned: Planned, status: number, body: string): void {
    if (!planned.intake || status < 200 || status > 299) return;
    const id = (JSON.parse(body) as { id: string }).id;
    if (planned.kind === 'register-family') this.awaitingMinor.push({ owner: planned.intake.owner, familyId: id });
    if (planned.kind === 'add-minor') this.awaitingCase.push({ ...planned.intake, familyId: planned.intake.familyId!, minorId: id });
  }

  private intake(): Planned {
    const ready = this.awaitingCase.shift();
    if (ready) {
      const body = JSON.stringify(openCaseBody(this.random, ready.familyId, ready.minorId));
      return { kind: 'open-case', method: 'POST', path: '/cases', token: this.socialWorker(ready.owner), body, intake: ready };
    }
    const family = this.awaitingMinor.shift();
    if (family) {
      const path = `/families/${family.familyId}/members`;
      const body = JSON.stringify(minorBody(this.random));
      return { kind: 'add-minor', method: 'POST', path, token: this.socialWorker(family.owner), body, intake: family };
    }
    const owner = this.nextOwner++ % this.actors.socialWorkers.length;
    const body = JSON.stringify(familyBody(this.random));
    return { kind: 'register-family', method: 'POST', path: '/families', token: this.socialWorker(owner), body, intake: { owner } };
  }

  private listCases(): Planned {
    const byCoordinator = this.random() < 0.3;
    const token = byCoordinator
      ? this.actors.coordinator.token
      : this.socialWorker(Math.floor(this.random() * this.actors.socialWorkers.length));
    const sort = this.random() < 0.5 ? 'opened' : 'nextDeadline';
    return { kind: 'list-cases', method: 'GET', path: `/cases?status=open&sort=${sort}&limit=20`, token };
  }

  private socialWorker(index: number): string {
    return this.actors.socialWorkers[index].token;
  }
}
