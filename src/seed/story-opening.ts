import { MANDATE_KINDS, ReferrerKind } from '../cases/case.values';
import { REFERRAL_REASONS, SPONTANEOUS_REASONS } from './case-texts';
import { FAMILY_NAMES, FEMALE_NAMES, MALE_NAMES, WORKERS, Worker } from './italian-names';
import { Random } from './random';
import { CaseContext, ageAt } from './story-context';
import { Timeline } from './timeline';

/** The opening of a case (the intake of its kind) and its team (équipe) with a case manager. */
const REFERRERS: Record<ReferrerKind, number> = {
  school: 40,
  paediatrician: 15,
  'socio-health-service': 25,
  'community-partner': 12,
  other: 8,
};

const SCHOOLS: ReadonlyArray<readonly [maxAge: number, name: string]> = [
  [2, 'Asilo nido comunale "Il Girasole"'],
  [5, 'Scuola dell\u2019infanzia "Gianni Rodari"'],
  [10, 'Scuola primaria "Edmondo De Amicis"'],
  [13, 'Scuola secondaria di I grado "Alessandro Manzoni"'],
  [99, 'Istituto di istruzione superiore "Galileo Galilei"'],
];

const ORGANISATIONS: Record<Exclude<ReferrerKind, 'school'>, readonly string[]> = {
  paediatrician: ['Pediatra di libera scelta'],
  'socio-health-service': ['Consultorio familiare ASST', 'UONPIA - Neuropsichiatria infantile', 'Centro psico-sociale (CPS)', 'SerD'],
  'community-partner': ['Oratorio San Luigi', 'Caritas parrocchiale', 'ASD Polisportiva Giovanile', 'Centro di aggregazione giovanile'],
  other: ['Polizia locale', 'Pronto soccorso pediatrico', 'Comando stazione Carabinieri'],
};

const TITLES: Record<ReferrerKind, readonly string[]> = {
  school: ['prof.ssa', 'prof.', 'maestra', 'dirigente scolastica'],
  paediatrician: ['dott.ssa', 'dott.'],
  'socio-health-service': ['dott.ssa', 'dott.', 'AS'],
  'community-partner': ['don', 'sig.ra', 'sig.'],
  other: ['isp.', 'dott.ssa', 'mar.'],
};

const someone = (random: Random, titles: readonly string[]): string =>
  `${random.pick(titles)} ${random.pick(random.chance(0.6) ? FEMALE_NAMES : MALE_NAMES)} ${random.pick(FAMILY_NAMES)}`;

type IntakeBody = (tl: Timeline) => object;

/** The intake's body; for a judicial one also the story day of the first report deadline the judge set. */
const intakeOf = (c: CaseContext, decreeT: number): { body: IntakeBody; firstDeadline?: number } => {
  const { random, household, minor, profile } = c;
  if (profile.intake === 'spontaneous') {
    const minorAsks = random.chance(0.3);
    const reason = random.pick(SPONTANEOUS_REASONS);
    const body: IntakeBody = (tl) => {
      const requester = minorAsks && ageAt(minor, tl, 0) >= 14 ? minor : household.holders[0];
      return { kind: 'spontaneous', requesterId: `@{${requester.ref}}`, reason };
    };
    return { body };
  }
  if (profile.intake === 'semi-spontaneous') {
    const kind = random.weighted(REFERRERS);
    const organisation = kind === 'school' ? undefined : `${random.pick(ORGANISATIONS[kind])} - ${household.comune.name}`;
    const contactPerson = someone(random, TITLES[kind]);
    const reason = random.pick(REFERRAL_REASONS);
    const body: IntakeBody = (tl) => {
      const school = SCHOOLS.find(([maxAge]) => ageAt(minor, tl, 0) <= maxAge)![1];
      return {
        kind: 'semi-spontaneous',
        referrer: { kind, organisation: organisation ?? `${school}, ${household.comune.name}`, contactPerson },
        reason,
      };
    };
    return { body };
  }
  const mandates = MANDATE_KINDS.filter((m) => (m === 'investigation-and-assessment' ? random.chance(0.85) : random.chance(0.4)));
  if (mandates.length === 0) mandates.push('support-and-control');
  const [first, second] = [random.int(60, 120), random.chance(0.4) ? random.int(180, 240) : undefined];
  const body: IntakeBody = (tl) => ({
    kind: 'judicial',
    authority: c.court.authority,
    proceedingNumber: c.court.proceeding(tl),
    decreeDate: tl.date(decreeT),
    mandates,
    reportDeadlines: [first, second].filter((d) => d !== undefined).map((d) => tl.date(decreeT + d!)),
  });
  return { body, firstDeadline: decreeT + first };
};

const pickWorker = (random: Random, role: Worker['role'], not?: Worker): Worker =>
  random.pick(WORKERS.filter((w) => w.role === role && w !== not));

/** CaseOpened on story day 0, then the team within the first days; answers the first report deadline of a judicial intake. */
export const openingStory = (c: CaseContext, decreeT: number): number | undefined => {
  const { random, story, team, profile } = c;
  const intake = intakeOf(c, decreeT);
  const opened = random.between(0, 0.5);
  story.add(
    opened,
    `open the case (${profile.intake})`,
    null,
    (tl) => ({ familyId: '@{family}', minorId: `@{${c.minor.ref}}`, intake: intake.body(tl), occurredAt: tl.instant(opened) }),
    {
      saves: story.ref,
      counts: [`case:${profile.intake}`],
    },
  );
  const assign = (t: number, w: Worker) =>
    story.add(t, `assign ${w.role} ${w.name}`, '/team-members', (tl) => ({
      workerId: w.workerId,
      name: w.name,
      role: w.role,
      occurredAt: tl.instant(t),
    }));
  const manage = (t: number, w: Worker) =>
    story.add(t, `name ${w.name} case manager`, '/case-manager', (tl) => ({ workerId: w.workerId, occurredAt: tl.instant(t) }));
  assign(opened + 0.05, team.socialWorker);
  const manager = team.psychologist && random.chance(0.15) ? team.psychologist : team.socialWorker;
  if (team.psychologist) assign(random.between(0.5, 8), team.psychologist);
  if (team.educator) assign(random.between(2, 20), team.educator);
  manage(manager === team.socialWorker ? opened + 0.1 : 8.5, manager);
  // Turnover: a social worker leaves halfway; the newcomer takes over the case management.
  if (profile.span > 150 && random.chance(0.12)) {
    const t = profile.span * random.between(0.4, 0.7);
    const next = pickWorker(random, 'social-worker', team.socialWorker);
    assign(t, next);
    if (manager === team.socialWorker) manage(t + 0.01, next);
    story.add(t + 0.02, `release ${team.socialWorker.name}`, `/team-members/${team.socialWorker.workerId}/release`, (tl) => ({
      occurredAt: tl.instant(t + 0.02),
    }));
  }
  return intake.firstDeadline;
};

export const pickTeam = (random: Random, c: Pick<CaseContext, 'profile'>): CaseContext['team'] => {
  const serious = c.profile.intake === 'judicial' || c.profile.severity === 'high';
  return {
    socialWorker: pickWorker(random, 'social-worker'),
    psychologist: serious || random.chance(0.65) ? pickWorker(random, 'psychologist') : undefined,
    educator: random.chance(serious ? 0.7 : 0.5) ? pickWorker(random, 'educator') : undefined,
  };
};
