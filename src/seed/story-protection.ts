import { LegalBasis, MeasureKind, PlaceKind } from '../cases/case.values';
import { AFFIDO_REASONS, PLACEMENT_REASONS } from './case-texts';
import { COMMUNITY_FACILITY_REFS, EMERGENCY_FOSTER_CARER_REFS, FOSTER_CARER_REFS, MOTHER_CHILD_FACILITY_REF } from './carers.seed';
import { FAMILY_NAMES, FEMALE_NAMES, MALE_NAMES } from './italian-names';
import { Random } from './random';
import { CaseContext, plusDays, yearOf } from './story-context';
import { Timeline } from './timeline';

/** Protection: art. 403 c.c. emergency placements, affido (L. 184/1983 art. 4) and other measures ordered by decree. */
const TM = 'tribunale-per-i-minorenni';
const decree = (random: Random) => {
  const n = random.int(40, 2900);
  return (tl: Timeline, t: number) => `${n}/${yearOf(tl, t)}`;
};

/** Where a placement names the child is (issue 15): a seeded facility or foster carer, and the mother with the child. */
type Place = { placedWith?: { facilityId?: string; fosterCarerId?: string }; withParent?: string };

/** The kind of place a story may use and where it is: a mother–child community needs a parent in the household, else a community. */
const placeFor = (c: CaseContext, wanted: PlaceKind, emergency: boolean): { placeKind: PlaceKind; place: Place } => {
  const { random, household } = c;
  const mother = household.holders.find((h) => h.role === 'parent' && h.sex === 'F') ?? household.holders.find((h) => h.role === 'parent');
  const placeKind = wanted === 'mother-child-community' && !mother ? 'community' : wanted;
  switch (placeKind) {
    case 'mother-child-community':
      return { placeKind, place: { placedWith: { facilityId: `@{${MOTHER_CHILD_FACILITY_REF}}` }, withParent: `@{${mother!.ref}}` } };
    case 'community':
      return { placeKind, place: { placedWith: { facilityId: `@{${random.pick(COMMUNITY_FACILITY_REFS)}}` } } };
    case 'foster-family': {
      const carers = emergency ? EMERGENCY_FOSTER_CARER_REFS : FOSTER_CARER_REFS;
      return { placeKind, place: { placedWith: { fosterCarerId: `@{${random.pick(carers)}}` } } };
    }
    default:
      return { placeKind, place: {} };
  }
};

/** Proposed at story day t, ordered by decree later; ended endAfter days after its start, or when the case closes. */
const measure = (
  c: CaseContext,
  name: string,
  m: {
    kind: MeasureKind;
    legalBasis: LegalBasis;
    placeKind?: PlaceKind;
    reason: string;
    authority: string;
    consent?: boolean;
    place?: Place;
  },
  t: number,
  until: number,
  closing: boolean,
  endAfter?: number,
): void => {
  const { random, story, household } = c;
  const ref = story.sub(name);
  const ordered = t + random.between(10, 40);
  if (ordered >= until - 1) return;
  const { kind, legalBasis, placeKind, reason, authority } = m;
  story.add(
    t,
    `propose ${kind}`,
    '/protection-measures',
    (tl) => ({ kind, legalBasis, ...(placeKind && { placeKind }), reason, occurredAt: tl.instant(t) }),
    {
      saves: ref.ref,
    },
  );
  const number = decree(random);
  const startsIn = random.int(2, 10);
  const months = kind === 'foster-care' ? random.pick([12, 18, 24]) : undefined;
  story.add(
    ordered,
    `order ${kind} (${authority})`,
    `/protection-measures/${ref.at}/order`,
    (tl) => {
      const startsOn = tl.date(ordered + startsIn);
      return {
        authority,
        decreeNumber: number(tl, ordered),
        decreeDate: tl.date(ordered),
        legalBasis,
        startsOn,
        // Affido: at most 24 months from the start (L. 184/1983 art. 4 c.4), reports every 6 months by default.
        ...(months && { endsOn: plusDays(startsOn, Math.round(months * 30.4) - 1), reportEveryMonths: 6 }),
        ...m.place,
        ...(m.consent && {
          consents: household.holders.map((h) => ({
            name: `${h.givenName} ${h.familyName}`,
            role: h.role,
            memberId: `@{${h.ref}}`,
            consentedAt: tl.date(ordered - 2),
          })),
        }),
        occurredAt: tl.instant(ordered),
      };
    },
    { counts: [kind === 'foster-care' ? 'affidi' : 'otherMeasures'] },
  );
  let ended = endAfter === undefined || ordered + startsIn + endAfter >= until - 1 ? undefined : ordered + startsIn + endAfter;
  if (ended === undefined && closing) ended = until - random.between(0.3, 0.9);
  if (ended === undefined || ended < ordered + startsIn) return;
  // Before its term an ordered measure ends by the decree of the authority that ordered it.
  story.add(ended, `end ${kind}`, `/protection-measures/${ref.at}/end`, (tl) => ({
    endedOn: tl.date(ended),
    reason: 'Rientro in famiglia con sostegno domiciliare.',
    decree: { authority, decreeNumber: number(tl, ended), decreeDate: tl.date(ended) },
    occurredAt: tl.instant(ended),
  }));
};

const PLACES: Record<PlaceKind, number> = { community: 50, 'mother-child-community': 25, 'foster-family': 15, relatives: 10, other: 0 };

const art403 = (c: CaseContext, until: number, closing: boolean): void => {
  const { random, story } = c;
  const p = random.between(0.5, Math.min(60, until * 0.3));
  const placement = story.sub('p403');
  const { placeKind, place } = placeFor(c, random.weighted(PLACES), true);
  const reason = random.pick(PLACEMENT_REASONS);
  story.add(
    p,
    `art. 403 placement (${placeKind})`,
    '/emergency-placements',
    (tl) => ({ placedAt: tl.instant(p), placeKind, reason, ...place, occurredAt: tl.instant(p) }),
    {
      saves: placement.ref,
      counts: ['placements'],
    },
  );
  // Art. 403 c.c.: oral notice at once, acts within 24 h, the PM within 72 h, the TM within 48 h (units: days).
  const noticed = p + 0.01;
  story.add(noticed, 'oral notice to the PM', `/emergency-placements/${placement.at}/oral-notice`, (tl) => ({
    occurredAt: tl.instant(noticed),
  }));
  const notified = p + random.between(0.1, 0.9);
  story.add(notified, 'send the acts to the PM at the TM', `/emergency-placements/${placement.at}/notification`, (tl) => ({
    occurredAt: tl.instant(notified),
  }));
  const requested = notified + random.between(0.5, 2.5);
  const decided = requested + random.between(0.2, 1.8);
  const number = decree(random);
  if (random.chance(0.2)) {
    story.add(
      decided,
      'placement revoked',
      `/emergency-placements/${placement.at}/revocation`,
      (tl) => ({
        authority: 'procura-presso-il-tm',
        decreeNumber: number(tl, decided),
        decreeDate: tl.date(decided),
        reason: 'Venute meno le condizioni di pericolo; rientro in famiglia.',
        occurredAt: tl.instant(decided),
      }),
      { counts: ['placements:revoked'] },
    );
    return;
  }
  story.add(requested, 'the PM asks the TM to validate', `/emergency-placements/${placement.at}/validation-request`, (tl) => ({
    occurredAt: tl.instant(requested),
  }));
  const hearingIn = random.between(7, 14);
  const curatore = `avv. ${random.pick(random.chance(0.5) ? FEMALE_NAMES : MALE_NAMES)} ${random.pick(FAMILY_NAMES)}`;
  story.add(
    decided,
    'placement validated by the TM',
    `/emergency-placements/${placement.at}/validation`,
    (tl) => ({
      authority: TM,
      decreeNumber: number(tl, decided),
      decreeDate: tl.date(decided),
      hearingDate: tl.instant(decided + hearingIn),
      curatoreSpeciale: curatore,
      occurredAt: tl.instant(decided),
    }),
    { counts: ['placements:validated'] },
  );
  story.add(
    decided + 0.05,
    'schedule the art. 403 hearing',
    '/court-hearings',
    (tl) => ({
      authority: TM,
      hearingDate: tl.instant(decided + hearingIn),
      proceedingNumber: c.court.proceeding(tl),
      purpose: 'Udienza ex art. 403 c.c.',
      placementId: placement.at,
      occurredAt: tl.instant(decided + 0.05),
    }),
    { counts: ['courtHearings'] },
  );
  const reviewed = decided + hearingIn + random.between(1, 12);
  if (reviewed < until - 1) {
    story.add(reviewed, 'the TM confirms the validation', `/emergency-placements/${placement.at}/review`, (tl) => ({
      outcome: 'confirmed',
      authority: TM,
      decreeNumber: number(tl, reviewed),
      decreeDate: tl.date(reviewed),
      occurredAt: tl.instant(reviewed),
    }));
  }
  if (random.chance(0.6)) {
    const kind = placeKind === 'mother-child-community' ? 'mother-child-community-placement' : 'community-placement';
    const community: PlaceKind = placeKind === 'mother-child-community' ? placeKind : 'community';
    // the decree keeps the child where the art. 403 placement put it, when that was a community
    const where = placeKind === community ? place : placeFor(c, community, false).place;
    measure(
      c,
      'placement',
      {
        kind,
        legalBasis: 'art-333-cc',
        placeKind: community,
        reason: 'Prosecuzione del collocamento dopo la convalida.',
        authority: TM,
        place: where,
      },
      decided + random.between(10, 30),
      until,
      closing,
    );
  }
};

export const protectionStory = (c: CaseContext, until: number, closing: boolean): void => {
  const { random, profile } = c;
  if (profile.protection === 'art403') art403(c, until, closing);
  if (profile.protection === 'affido') {
    const consensual = random.chance(0.55);
    const { placeKind, place } = placeFor(c, random.chance(0.6) ? 'foster-family' : 'relatives', false);
    const t = random.between(c.assessedBy, Math.max(c.assessedBy + 1, until * 0.35));
    const m = { kind: 'foster-care', placeKind, reason: random.pick(AFFIDO_REASONS), consent: consensual, place } as const;
    const basis = consensual
      ? ({ legalBasis: 'l184-art4-consensual-affido', authority: 'giudice-tutelare' } as const)
      : ({ legalBasis: 'l184-art4-judicial-affido', authority: TM } as const);
    measure(c, 'affido', { ...m, ...basis }, t, until, closing, random.chance(0.4) ? random.between(300, 700) : undefined);
  }
  if (profile.protection === 'measure') {
    const kind = random.weighted({
      'limitation-of-parental-responsibility': 50,
      'court-ordered-supervised-contact': 30,
      'community-placement': 20,
    });
    const reason =
      kind === 'community-placement'
        ? 'Inserimento in comunità educativa.'
        : 'Esercizio della responsabilità genitoriale pregiudizievole per il minore.';
    const placeKind = kind === 'community-placement' ? ('community' as const) : undefined;
    const place = placeKind ? placeFor(c, placeKind, false).place : undefined;
    measure(
      c,
      'measure',
      { kind, legalBasis: 'art-333-cc', placeKind, reason, authority: TM, place },
      random.between(c.assessedBy, Math.max(c.assessedBy + 1, until * 0.5)),
      until,
      closing,
    );
  }
};
