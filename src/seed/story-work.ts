import { ContactKind, Discipline, RiskLevel } from '../cases/case.values';
import { EVALUATIONS, FACTS, PROTECTIVE_FACTORS, RISK_FACTORS, STATEMENTS } from './case-texts';
import { Severity } from './case-profile';
import { CaseContext, entryKind, entryOf } from './story-context';

/** The team at work: one assessment per discipline with tagged findings, and the contact log all along the case. */
const POOLS = { facts: FACTS, statements: STATEMENTS, evaluations: EVALUATIONS };

const RISK: Record<Severity, Partial<Record<RiskLevel, number>>> = {
  low: { none: 30, low: 60, medium: 10 },
  medium: { low: 25, medium: 60, high: 15 },
  high: { medium: 30, high: 70 },
};

const SUMMARIES: Record<Discipline, string> = {
  social: 'Valutazione sociale conclusa: condizioni del nucleo e rete di supporto descritte nei fattori.',
  psychological: 'Valutazione psicologica conclusa con colloqui individuali e osservazione della relazione.',
  educational: 'Valutazione educativa conclusa con osservazioni a domicilio e a scuola.',
};

/** One assessment between story days from and to: started, 2–4 findings, completed with a risk level. */
const assessment = (c: CaseContext, discipline: Discipline, from: number, to: number): void => {
  const { random, story, profile } = c;
  const a = story.sub(`a-${discipline}`);
  const start = random.between(from, from + (to - from) * 0.3);
  const end = random.between(start + (to - start) * 0.6, to);
  story.add(start, `start the ${discipline} assessment`, '/assessments', (tl) => ({ discipline, occurredAt: tl.instant(start) }), {
    saves: a.ref,
    counts: ['assessments'],
  });
  const entries = random.int(2, 4);
  for (let i = 1; i <= entries; i++) {
    const t = start + ((end - start) * i) / (entries + 1);
    const entry = entryOf(random, i === 1 ? 'fact' : entryKind(random), POOLS);
    story.add(t, `record a ${discipline} finding`, `/assessments/${a.at}/entries`, (tl) => ({ ...entry, occurredAt: tl.instant(t) }));
  }
  const riskLevel = random.weighted(RISK[profile.severity] as Record<RiskLevel, number>);
  const riskFactors = riskLevel === 'none' ? [] : random.sample(RISK_FACTORS, random.int(1, 3));
  const protectiveFactors = random.sample(PROTECTIVE_FACTORS, random.int(1, 3));
  const summary = random.chance(0.6) ? SUMMARIES[discipline] : undefined;
  story.add(end, `complete the ${discipline} assessment (${riskLevel})`, `/assessments/${a.at}/completion`, (tl) => ({
    riskLevel,
    riskFactors,
    protectiveFactors,
    ...(summary && { summary }),
    occurredAt: tl.instant(end),
  }));
};

export const assessmentStory = (c: CaseContext): void => {
  const { random, team } = c;
  assessment(c, 'social', 1, c.assessedBy);
  if (team.psychologist && random.chance(0.9)) assessment(c, 'psychological', 2, c.assessedBy);
  if (team.educator && random.chance(0.6)) assessment(c, 'educational', 3, c.assessedBy);
};

const CONTACT_KINDS: Record<ContactKind, number> = { interview: 30, 'home-visit': 20, call: 25, 'school-meeting': 10, 'team-meeting': 15 };

/** Contacts spread over story days (from, to): who took part depends on the kind. */
export const contactStory = (c: CaseContext, from: number, to: number, count: number): void => {
  const { random, story, household, minor, team } = c;
  const parent = household.holders[0];
  const workers = [team.socialWorker, team.psychologist, team.educator].filter((w) => w !== undefined);
  for (let i = 0; i < count; i++) {
    const t = random.between(from, to);
    const kind = random.weighted(CONTACT_KINDS);
    const participants = {
      interview: [parent.called, team.socialWorker.name],
      'home-visit': [parent.called, minor.givenName, (team.educator ?? team.socialWorker).name],
      call: [parent.called],
      'school-meeting': ['insegnante di classe', team.socialWorker.name],
      'team-meeting': workers.map((w) => w.name),
    }[kind];
    const entries = Array.from({ length: random.int(1, 3) }, () => entryOf(random, entryKind(random), POOLS));
    story.add(t, `record a contact (${kind})`, '/contacts', (tl) => ({ kind, participants, entries, occurredAt: tl.instant(t) }), {
      counts: ['contacts'],
    });
  }
};
