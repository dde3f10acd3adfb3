import { InterventionKind } from '../cases/case.values';
import { GOALS, OUTCOMES, PROVIDERS, REVIEW_OUTCOMES } from './case-texts';
import { Severity } from './case-profile';
import { CaseContext } from './story-context';

/** The support plan (Progetto Quadro): drafted after the assessments, agreed with the family, interventions, reviews. */
const INTERVENTIONS: Record<Severity, Partial<Record<InterventionKind, number>>> = {
  low: {
    'parent-group': 20,
    'school-partnership': 20,
    'social-economic-support': 25,
    'vicinanza-solidale': 20,
    'community-educational-support': 15,
  },
  medium: {
    'home-educational-support': 30,
    'psychological-support': 25,
    'day-centre': 15,
    'social-economic-support': 15,
    'parent-group': 15,
  },
  high: { 'home-educational-support': 30, 'psychological-support': 30, 'supervised-contact': 20, 'day-centre': 20 },
};

/** Everything of the plan happens before story day `until`; with closing, it is wound up just before the case closes. */
export const planStory = (c: CaseContext, until: number, closing: boolean): void => {
  const { random, story, household, profile } = c;
  if (profile.protection === 'none' && !random.chance(0.8)) return;
  const drafted = Math.min(c.assessedBy + random.between(3, 15), until * 0.6);
  if (until - drafted < 10) return;
  const plan = story.sub('plan');
  const kinds = random.sample(Object.keys(INTERVENTIONS[profile.severity]) as InterventionKind[], random.int(1, 3));
  const planned = kinds.map((kind) => ({ kind, provider: random.pick(PROVIDERS) }));
  const goals = random.sample(GOALS, random.int(1, 3));
  story.add(
    drafted,
    'draft the support plan',
    '/support-plans',
    (tl) => ({ goals, interventions: planned, nextReviewOn: tl.date(drafted + 120), occurredAt: tl.instant(drafted) }),
    {
      saves: plan.ref,
      counts: ['supportPlans'],
    },
  );
  const active: Array<{ at: string }> = [];
  if (random.chance(0.92)) {
    const agreed = drafted + random.between(3, Math.min(14, (until - drafted) / 3));
    story.add(agreed, 'record the family\u2019s agreement', `/support-plans/${plan.at}/agreement`, (tl) => ({
      consents: household.holders.map((h) => ({
        name: `${h.givenName} ${h.familyName}`,
        role: h.role,
        memberId: `@{${h.ref}}`,
        consentedAt: tl.date(agreed),
      })),
      occurredAt: tl.instant(agreed),
    }));
    planned.forEach(({ kind, provider }, i) => {
      const started = agreed + random.between(1, Math.min(20, (until - agreed) / 2));
      if (started >= until - 1 || !random.chance(0.85)) return;
      const intervention = story.sub(`plan.i${i}`);
      const expected = started + random.between(180, 365);
      story.add(
        started,
        `start ${kind}`,
        `/support-plans/${plan.at}/interventions`,
        (tl) => ({ kind, provider, startedOn: tl.date(started), expectedEndOn: tl.date(expected), occurredAt: tl.instant(started) }),
        {
          saves: intervention.ref,
          counts: ['interventions'],
        },
      );
      const ended = started + (expected - started) * random.between(0.6, 1.2);
      if (ended < until - 1) endIntervention(c, plan.at, intervention.at, kind, ended, random.pick(OUTCOMES));
      else active.push({ at: intervention.at });
    });
  }
  for (let t = drafted + random.between(110, 180); t < until - 2; t += random.between(110, 180)) {
    const reviewed = t;
    const outcome = random.pick(REVIEW_OUTCOMES);
    const next = reviewed + random.between(90, 180);
    story.add(reviewed, 'review the support plan', `/support-plans/${plan.at}/reviews`, (tl) => ({
      reviewedOn: tl.date(reviewed),
      outcome,
      nextReviewOn: tl.date(next),
      occurredAt: tl.instant(reviewed),
    }));
  }
  if (!closing) return;
  const windUp = until - random.between(0.3, 1);
  active.forEach(({ at }) => endIntervention(c, plan.at, at, 'intervention', windUp, 'Concluso con la chiusura del progetto.'));
  story.add(windUp + 0.01, 'close the support plan', `/support-plans/${plan.at}/closure`, (tl) => ({
    reason: 'Conclusione della presa in carico.',
    occurredAt: tl.instant(windUp + 0.01),
  }));
};

const endIntervention = (c: CaseContext, planAt: string, at: string, kind: string, t: number, outcome: string): void =>
  c.story.add(t, `end ${kind}`, `/support-plans/${planAt}/interventions/${at}/end`, (tl) => ({
    endedOn: tl.date(t),
    outcome,
    occurredAt: tl.instant(t),
  }));
