import { PartnerKind } from '../community/partners/partner.events';
import { COMUNI } from './italian-places';
import { FAMILY_NAMES, FEMALE_NAMES, MALE_NAMES } from './italian-names';
import { Random, hash32 } from './random';
import { FamilyPlan, Step } from './seed.plan';
import { DAY_MS } from './timeline';

const PARTNER_NAMES: Record<PartnerKind, string> = {
  school: 'Istituto Comprensivo',
  oratory: 'Oratorio',
  'sports-club': 'ASD Polisportiva',
  'aggregation-project': 'Centro di aggregazione giovanile',
  'volunteer-group': 'Associazione di volontariato',
  'parent-group': 'Gruppo genitori',
  'health-service': 'Consultorio familiare',
  paediatrician: 'Studio pediatrico',
  other: 'Cooperativa sociale',
};
const INITIATIVE_TITLES = ['Stare bene a scuola', 'Genitori si diventa', 'Il gioco è una cosa seria', 'Prevenire insieme'];
const CONCERNS = ['Comes to school hungry and tired.', 'Often absent, says nobody wakes her.', 'Bruises on the arms, twice this month.'];

/** Office hours in UTC, so the Rome date is the UTC date. */
const at = (day: number, hour = 9): string => new Date(day * DAY_MS + hour * 3_600_000).toISOString().replace('.000Z', 'Z');
const person = (random: Random) => `${random.pick([...FEMALE_NAMES, ...MALE_NAMES])} ${random.pick(FAMILY_NAMES)}`;

/**
 * The community network of a seed: partners, their initiatives of the last year (held or cancelled) and a few to come,
 * and reports, screened but for the most recent ones. One partner stops working with the service once its initiatives are done.
 */
export const planCommunity = (seed: number, families: number, asOfDay: number): FamilyPlan => {
  const random = new Random(hash32('tutela-seed-community', seed));
  const kinds = Object.keys(PARTNER_NAMES) as PartnerKind[];
  const partners = Array.from({ length: Math.max(3, Math.ceil(families / 4)) }, (_, i) => {
    const kind = kinds[i % kinds.length];
    const comune = random.pick(COMUNI.slice(0, 6));
    return { ref: `partner-${i}`, kind, municipality: comune.istatCode, name: `${PARTNER_NAMES[kind]} ${comune.name} ${i + 1}` };
  });
  const steps: Step[] = partners.map((p) => ({
    name: `community: ${p.name}`,
    key: p.ref,
    path: '/partners',
    body: { kind: p.kind, name: p.name, municipality: p.municipality, contact: { name: person(random), role: 'referente' } },
    saves: p.ref,
    counts: ['partners'],
  }));
  partners.forEach((partner, i) => {
    const day = asOfDay - random.int(20, 330);
    const upcoming = i % 3 === 2;
    const scheduledDay = upcoming ? asOfDay + random.int(5, 60) : day;
    const ref = `initiative-${i}`;
    steps.push({
      name: `community: ${ref}`,
      key: ref,
      path: '/initiatives',
      body: {
        title: random.pick(INITIATIVE_TITLES),
        kind: random.pick(['awareness', 'prevention', 'parent-group'] as const),
        municipalities: [partner.municipality],
        partnerIds: [`@{${partner.ref}}`],
        scheduledAt: at(scheduledDay, 16),
        place: partner.name,
      },
      saves: ref,
      counts: ['initiatives'],
    });
    if (upcoming) return;
    const held = random.chance(0.85);
    const participants = {
      parents: random.int(5, 60),
      minors: random.int(0, 80),
      teachers: random.int(0, 15),
      operators: random.int(1, 5),
      citizens: random.int(0, 20),
    };
    steps.push(
      held
        ? {
            name: `community: ${ref} held`,
            key: `${ref}.held`,
            path: `/initiatives/@{${ref}}/holding`,
            body: { participants, occurredAt: at(scheduledDay, 18) },
            counts: ['initiatives:held'],
          }
        : {
            name: `community: ${ref} cancelled`,
            key: `${ref}.cancelled`,
            path: `/initiatives/@{${ref}}/cancellation`,
            body: { reason: 'Too few enrolled' },
          },
    );
  });
  partners.forEach((partner, i) => {
    const receivedDay = i === 0 ? asOfDay - 1 : asOfDay - random.int(10, 300);
    const ref = `report-${i}`;
    steps.push({
      name: `community: ${ref}`,
      key: ref,
      path: '/community/reports',
      body: {
        source: i % 4 === 3 ? { kind: 'citizen' } : { kind: 'partner', partnerId: `@{${partner.ref}}` },
        reporter: { name: person(random) },
        minor: { ageBand: random.pick(['6-10', '11-13', '14-17'] as const) },
        concern: random.pick(CONCERNS),
        seriousHarm: random.chance(0.1),
        occurredAt: at(receivedDay, 10),
      },
      saves: ref,
      counts: ['reports'],
    });
    // The most recent report still waits in the inbox.
    if (i === 0) return;
    const screening = random.chance(0.5)
      ? { outcome: 'advice', advice: 'Talk with the family first.' }
      : { outcome: 'no-action', reason: 'Nothing of concern.' };
    steps.push({
      name: `community: ${ref} screened`,
      key: `${ref}.screened`,
      path: `/community/reports/@{${ref}}/screening`,
      body: { ...screening, occurredAt: at(receivedDay + 2, 11) },
    });
  });
  steps.push({
    name: 'community: partner-1 leaves',
    key: 'partner-1.deactivated',
    path: '/partners/@{partner-1}/deactivation',
    body: { reason: 'The project ended' },
  });
  return { index: -1, scope: 'community', steps };
};
