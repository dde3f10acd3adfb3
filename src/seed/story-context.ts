import { CaseProfile } from './case-profile';
import { Household, Person } from './household.seed';
import { Worker } from './italian-names';
import { Random } from './random';
import { Story } from './story';
import { DAY_MS, Timeline, dayNumber } from './timeline';

/** What every part of a case's story needs to know. */
export interface CaseContext {
  random: Random;
  story: Story;
  profile: CaseProfile;
  household: Household;
  minor: Person;
  team: { socialWorker: Worker; psychologist?: Worker; educator?: Worker };
  /** The court proceeding, for judicial cases and for art. 403 placements. */
  court: { authority: string; proceeding: (tl: Timeline) => string };
  /** Story day by which the assessments are complete. */
  assessedBy: number;
}

/** The minor's age in whole years at story day t of a placed story. */
export const ageAt = (minor: Person, tl: Timeline, t: number): number =>
  Math.floor((dayNumber(tl.date(t)) - dayNumber(minor.birthDate)) / 365.25);

export const yearOf = (tl: Timeline, t: number): string => tl.date(t).slice(0, 4);

/** Adds days to a calendar date, outside any story (legal durations do not shrink with a compressed story). */
export const plusDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** A narrative entry of art. 473-bis.27 c.p.c.: fact, statement (by whom) or evaluation (with which method). */
export const entryOf = (
  random: Random,
  kind: 'fact' | 'statement' | 'evaluation',
  pools: {
    facts: readonly string[];
    statements: ReadonlyArray<readonly [string, string]>;
    evaluations: ReadonlyArray<readonly [string, string]>;
  },
): object => {
  if (kind === 'fact') return { kind, text: random.pick(pools.facts) };
  if (kind === 'statement') {
    const [statedBy, text] = random.pick(pools.statements);
    return { kind, statedBy, text };
  }
  const [method, text] = random.pick(pools.evaluations);
  return { kind, method, text };
};

export const entryKind = (random: Random) => random.weighted({ fact: 40, statement: 35, evaluation: 25 });
