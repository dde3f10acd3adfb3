import { Random, integer, pick } from './prng';

/** Synthetic, valid request bodies (see src/cases/dto, src/families/dto and openapi/openapi.json). */

const MUNICIPALITIES = [
  { istatCode: '015146', name: 'Milano' },
  { istatCode: '058091', name: 'Roma' },
  { istatCode: '063049', name: 'Napoli' },
  { istatCode: '001272', name: 'Torino' },
  { istatCode: '037006', name: 'Bologna' },
] as const;
const STREETS = ['Via Roma', 'Via Garibaldi', 'Corso Italia', 'Via Mazzini', 'Piazza Dante', 'Via Verdi'];
const GIVEN = ['Luca', 'Sofia', 'Matteo', 'Giulia', 'Leonardo', 'Aurora', 'Francesco', 'Alice', 'Tommaso', 'Ginevra'];
const FAMILY = ['Rossi', 'Bianchi', 'Esposito', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo'];
const REFERRERS = ['school', 'paediatrician', 'socio-health-service', 'community-partner'] as const;
const CONTACT_KINDS = ['interview', 'home-visit', 'call', 'school-meeting', 'team-meeting'] as const;
const TEAM_ROLES = ['social-worker', 'psychologist', 'educator'] as const;
const FACTS = ['Casa in ordine, frigorifero pieno.', 'Il ragazzo frequenta regolarmente da due settimane.', 'Assente alla visita.'];
const STATEMENTS = ['Dice che dorme poco da quest’estate.', 'Riferisce litigi frequenti in casa.', 'Chiede aiuto per i compiti.'];
const EVALUATIONS = ['Clima familiare sereno durante il colloquio.', 'Rete di supporto fragile.', 'Buona collaborazione della madre.'];

const twoDigits = (n: number) => String(n).padStart(2, '0');

export const familyBody = (random: Random) => {
  const place = pick(random, MUNICIPALITIES);
  return { municipality: { ...place }, address: `${pick(random, STREETS)} ${integer(random, 1, 200)}` };
};

/** A minor born 2012–2021: well under 18 on any intake date of the next few years. */
export const minorBody = (random: Random) => ({
  givenName: pick(random, GIVEN),
  familyName: pick(random, FAMILY),
  birthDate: `${integer(random, 2012, 2021)}-${twoDigits(integer(random, 1, 12))}-${twoDigits(integer(random, 1, 28))}`,
  sex: pick(random, ['M', 'F'] as const),
  role: 'minor',
  // Drawn from a few names and dates, two minors may look alike; each is a new child, as the registry is told.
  confirmNewPerson: true,
});

export const openCaseBody = (random: Random, familyId: string, minorId: string) =>
  random() < 0.4
    ? { familyId, minorId, intake: { kind: 'spontaneous', requesterId: minorId, reason: 'Chiede aiuto: rifiuta di andare a scuola.' } }
    : {
        familyId,
        minorId,
        intake: {
          kind: 'semi-spontaneous',
          referrer: { kind: pick(random, REFERRERS), organisation: 'IC Manzoni', contactPerson: 'prof.ssa Anna Bianchi' },
          reason: 'Assenze frequenti da ottobre.',
        },
      };

export const narrativeEntry = (random: Random) => {
  const roll = random();
  if (roll < 0.4) return { kind: 'fact', text: pick(random, FACTS) };
  if (roll < 0.75)
    return { kind: 'statement', statedBy: pick(random, ['madre', 'padre', 'minore', 'insegnante']), text: pick(random, STATEMENTS) };
  return { kind: 'evaluation', method: pick(random, ['colloquio semi-strutturato', 'osservazione']), text: pick(random, EVALUATIONS) };
};

export const contactBody = (random: Random) => ({
  kind: pick(random, CONTACT_KINDS),
  participants: random() < 0.5 ? ['madre'] : ['madre', 'minore'],
  entries: Array.from({ length: integer(random, 1, 3) }, () => narrativeEntry(random)),
});

export const assessmentEntryBody = (random: Random) => narrativeEntry(random);

export const teamMemberBody = (random: Random, serial: number) => ({
  workerId: `bench-w${serial}`,
  name: `${pick(random, GIVEN)} ${pick(random, FAMILY)}`,
  role: pick(random, TEAM_ROLES),
});
