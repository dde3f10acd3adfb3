import { ClosureReason, IntakeKind } from '../cases/case.values';
import { Random } from './random';
import { Ending } from './timeline';

/** The shape of one case before any detail: how it came in, how serious, what protection, how it ends. */
export type Severity = 'low' | 'medium' | 'high';
export type Protection = 'none' | 'art403' | 'affido' | 'measure';

export interface CaseProfile {
  intake: IntakeKind;
  severity: Severity;
  protection: Protection;
  ending: Ending;
  closureReason?: ClosureReason;
  reopen: boolean;
  /** Story days from the opening to the closure (or to the last event of an ongoing case). */
  span: number;
  /** The minor's age in days on the reference date. */
  minorAgeDays: number;
}

/** ~35% spontaneous, ~40% semi-spontaneous, ~25% judicial. */
export const INTAKE_SHARES: Record<IntakeKind, number> = { spontaneous: 35, 'semi-spontaneous': 40, judicial: 25 };

const SEVERITY: Record<IntakeKind, Record<Severity, number>> = {
  spontaneous: { low: 50, medium: 40, high: 10 },
  'semi-spontaneous': { low: 35, medium: 45, high: 20 },
  judicial: { low: 15, medium: 45, high: 40 },
};

const PROTECTION: Record<Severity, Record<Protection, number>> = {
  low: { none: 100, art403: 0, affido: 0, measure: 0 },
  medium: { none: 88, art403: 0, affido: 8, measure: 4 },
  high: { none: 25, art403: 35, affido: 25, measure: 15 },
};

/** Age groups of the minors in charge (years), by share. */
const AGE_GROUPS = { '0-2': 8, '3-5': 12, '6-10': 30, '11-14': 30, '15-17': 20 } as const;

const closureReason = (random: Random, profile: { intake: IntakeKind; protection: Protection }): ClosureReason =>
  random.weighted<ClosureReason>({
    'goals-met': profile.protection === 'none' ? 45 : 25,
    'moved-away': 15,
    transferred: 12,
    'court-order': profile.intake === 'judicial' ? 25 : 0,
    other: 8,
    'age-limit-reached': 0,
  });

const ageDays = (random: Random, ending: Ending): number => {
  if (ending === 'age-limit') return random.int(18 * 365 + 35, 20 * 365 + 300);
  const [lo, hi] = random.weighted(AGE_GROUPS).split('-').map(Number);
  return Math.max(random.int(lo, hi) * 365 + random.int(0, 364), 75);
};

/** intakeDraw: the family's place in the stratified sequence, so that a few families already show every intake kind. */
export const profileCase = (random: Random, intake: IntakeKind): CaseProfile => {
  const severity = random.weighted(SEVERITY[intake]);
  const protection = random.weighted(PROTECTION[severity]);
  const ending = random.weighted<Ending>({ ongoing: 43, closed: 50, 'age-limit': 7 });
  const reopen = ending === 'closed' && random.chance(0.1);
  let span = random.between(90, 420) * (intake === 'judicial' ? 1.4 : 1) * (severity === 'high' ? 1.5 : 1);
  if (protection === 'affido') span = Math.max(span, random.between(420, 760));
  return {
    intake,
    severity,
    protection,
    ending,
    closureReason:
      ending === 'closed' ? closureReason(random, { intake, protection }) : ending === 'age-limit' ? 'age-limit-reached' : undefined,
    reopen,
    span: Math.min(Math.round(span), 950),
    minorAgeDays: ageDays(random, ending),
  };
};
