import type { CaseSubpath, SeedPostPath } from './api-client';
import { Counter, Step } from './seed.plan';
import { Timeline } from './timeline';

/**
 * One case's commands, each at a "story day" t from the opening. Bodies are written against a Timeline, because where the
 * story falls in the calendar is decided only once its length is known (see placeStory).
 */
export interface StoryStep {
  t: number;
  seq: number;
  what: string;
  path: SeedPostPath;
  body: (tl: Timeline) => object;
  saves?: string;
  counts?: Counter[];
  pinsHead?: boolean;
}

export interface StepOptions {
  saves?: string;
  counts?: Counter[];
  pinsHead?: boolean;
}

export class Story {
  private readonly steps: StoryStep[] = [];

  constructor(
    /** The case's ref: its id is saved under it, its sub-entities under `${ref}.<name>`. */
    readonly ref: string,
    readonly label: string,
  ) {}

  /** A POST at story day t; subpath is under /cases/{case}, or '' for the opening itself (POST /cases). */
  add(t: number, what: string, subpath: CaseSubpath | null, body: (tl: Timeline) => object, options: StepOptions = {}): void {
    const path: SeedPostPath = subpath === null ? '/cases' : `/cases/@{${this.ref}}${subpath}`;
    this.steps.push({ t, seq: this.steps.length, what, path, body, ...options });
  }

  /** A sub-entity's ref: `@{c0.plan}` in paths, `c0.plan` in saves. */
  sub(name: string): { ref: string; at: string } {
    return { ref: `${this.ref}.${name}`, at: `@{${this.ref}.${name}}` };
  }

  get length(): number {
    return Math.max(0, ...this.steps.map((s) => s.t));
  }

  /** The steps in story order (ties in the order written), with their bodies in calendar time. */
  materialise(timeline: Timeline): Step[] {
    return [...this.steps]
      .sort((a, b) => a.t - b.t || a.seq - b.seq)
      .map((s) => ({
        name: `${this.label}: ${s.what}`,
        key: `${this.ref}.${s.seq}`,
        path: s.path,
        body: s.body(timeline),
        caseRef: this.ref,
        ...(s.saves && { saves: s.saves }),
        ...(s.counts && { counts: s.counts }),
        ...(s.pinsHead && { pinsHead: true }),
      }));
  }
}
