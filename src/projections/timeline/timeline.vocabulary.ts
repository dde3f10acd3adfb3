import {
  ClosureReason,
  ContactKind,
  Discipline,
  IntakeKind,
  InterventionKind,
  LegalBasis,
  MandateKind,
  MeasureKind,
  PlaceKind,
  ReferrerKind,
  RiskLevel,
  SupervisedAct,
  TeamRole,
  WishSubject,
} from '../../cases/case.values';

/** The words of the timeline in Italian (the service's language) and English. */
export type Lang = 'it' | 'en';
export type Term = Record<Lang, string>;

export const INTAKE: Record<IntakeKind, Term> = {
  spontaneous: { it: 'richiesta spontanea', en: 'spontaneous request' },
  'semi-spontaneous': { it: 'richiesta semi-spontanea', en: 'semi-spontaneous request' },
  judicial: { it: "mandato dell'Autorità Giudiziaria", en: 'judicial mandate' },
};

export const REFERRER: Record<ReferrerKind, Term> = {
  school: { it: 'scuola', en: 'school' },
  paediatrician: { it: 'pediatra', en: 'paediatrician' },
  'socio-health-service': { it: 'servizio socio-sanitario', en: 'socio-health service' },
  'community-partner': { it: 'partner della rete territoriale', en: 'community partner' },
  other: { it: 'altro servizio', en: 'other service' },
};

export const MANDATE: Record<MandateKind, Term> = {
  'investigation-and-assessment': { it: 'indagine e valutazione', en: 'investigation and assessment' },
  'support-and-control': { it: 'sostegno e controllo', en: 'support and control' },
  monitoring: { it: 'monitoraggio', en: 'monitoring' },
};

export const TEAM_ROLE: Record<TeamRole, Term> = {
  'social-worker': { it: 'assistente sociale', en: 'social worker' },
  psychologist: { it: 'psicologo/a', en: 'psychologist' },
  educator: { it: 'educatore/educatrice', en: 'educator' },
};

export const DISCIPLINE: Record<Discipline, Term> = {
  social: { it: 'sociale', en: 'social' },
  psychological: { it: 'psicologica', en: 'psychological' },
  educational: { it: 'educativa', en: 'educational' },
};

export const RISK: Record<RiskLevel, Term> = {
  none: { it: 'nessuno', en: 'none' },
  low: { it: 'basso', en: 'low' },
  medium: { it: 'medio', en: 'medium' },
  high: { it: 'alto', en: 'high' },
};

export const INTERVENTION: Record<InterventionKind, Term> = {
  'psychological-support': { it: 'sostegno psicologico', en: 'psychological support' },
  'home-educational-support': { it: 'educativa domiciliare', en: 'home educational support' },
  'community-educational-support': { it: 'educativa territoriale', en: 'community educational support' },
  'day-centre': { it: 'centro diurno', en: 'day centre' },
  'social-economic-support': { it: 'sostegno socio-economico', en: 'social or economic support' },
  'parent-group': { it: 'gruppo genitori', en: 'parent group' },
  'school-partnership': { it: 'collaborazione con la scuola', en: 'school partnership' },
  'vicinanza-solidale': { it: 'vicinanza solidale', en: 'vicinanza solidale (neighbourhood support)' },
  'supervised-contact': { it: 'incontri protetti', en: 'supervised contact' },
  'parenting-support': { it: 'sostegno alla genitorialità', en: 'parenting support' },
  'anti-violence-centre': { it: 'invio al centro antiviolenza', en: 'referral to an anti-violence centre' },
  'housing-support': { it: 'sostegno abitativo', en: 'housing support' },
  'employment-support': { it: 'inserimento lavorativo', en: 'employment support' },
  'health-service-referral': { it: 'invio ai servizi sanitari', en: 'referral to health services' },
};

export const LEGAL_BASIS: Record<LegalBasis, Term> = {
  'art-403-cc': { it: 'art. 403 c.c.', en: 'art. 403 c.c.' },
  'art-333-cc': { it: 'art. 333 c.c.', en: 'art. 333 c.c.' },
  'art-330-cc': { it: 'art. 330 c.c.', en: 'art. 330 c.c.' },
  'l184-art4-consensual-affido': { it: 'L. 184/1983 art. 4, affido consensuale', en: 'L. 184/1983 art. 4, consensual affido' },
  'l184-art4-judicial-affido': { it: 'L. 184/1983 art. 4, affido giudiziale', en: 'L. 184/1983 art. 4, judicial affido' },
  other: { it: 'altra base giuridica', en: 'other legal basis' },
};

export const MEASURE: Record<MeasureKind, Term> = {
  'emergency-placement': { it: "collocamento d'urgenza", en: 'emergency placement' },
  'foster-care': { it: 'affido familiare', en: 'foster care' },
  'community-placement': { it: 'inserimento in comunità', en: 'community placement' },
  'mother-child-community-placement': { it: 'inserimento in comunità madre-bambino', en: 'mother–child community placement' },
  'limitation-of-parental-responsibility': {
    it: 'limitazione della responsabilità genitoriale',
    en: 'limitation of parental responsibility',
  },
  'loss-of-parental-responsibility': { it: 'decadenza dalla responsabilità genitoriale', en: 'loss of parental responsibility' },
  'court-ordered-supervised-contact': { it: 'incontri protetti disposti dal giudice', en: 'court-ordered supervised contact' },
};

export const PLACE: Record<PlaceKind, Term> = {
  'foster-family': { it: 'famiglia affidataria', en: 'foster family' },
  relatives: { it: 'parenti', en: 'relatives' },
  community: { it: 'comunità', en: 'community' },
  'mother-child-community': { it: 'comunità madre-bambino', en: 'mother–child community' },
  other: { it: 'altro luogo', en: 'another place' },
};

/** Italian agrees the participle with the noun: "Visita domiciliare registrata", "Colloquio registrato". */
export const CONTACT: Record<ContactKind, Term & { feminine: boolean }> = {
  interview: { it: 'Colloquio', en: 'Interview', feminine: false },
  'home-visit': { it: 'Visita domiciliare', en: 'Home visit', feminine: true },
  call: { it: 'Telefonata', en: 'Call', feminine: true },
  'school-meeting': { it: 'Incontro a scuola', en: 'School meeting', feminine: false },
  'team-meeting': { it: "Riunione d'équipe", en: 'Team meeting', feminine: true },
};

export const CLOSURE: Record<ClosureReason, Term> = {
  'goals-met': { it: 'obiettivi raggiunti', en: 'goals met' },
  'moved-away': { it: 'trasferimento della famiglia', en: 'the family moved away' },
  transferred: { it: 'passaggio ad altro servizio', en: 'transferred to another service' },
  'age-limit-reached': { it: 'raggiunto il limite di età', en: 'age limit reached' },
  'court-order': { it: "provvedimento dell'Autorità Giudiziaria", en: 'court order' },
  other: { it: 'altro motivo', en: 'other reason' },
};

/** Courts are reference data: an authority not listed here is shown by its slug. */
const AUTHORITY: Record<string, Term> = {
  'tribunale-per-i-minorenni': { it: 'Tribunale per i Minorenni', en: 'Juvenile Court' },
  'procura-presso-il-tm': { it: 'Procura presso il Tribunale per i Minorenni', en: 'Public Prosecutor at the Juvenile Court' },
  'tribunale-ordinario': { it: 'Tribunale ordinario', en: 'Ordinary Court' },
  'giudice-tutelare': { it: 'Giudice tutelare', en: 'Tutelary Judge' },
  'corte-d-appello': { it: "Corte d'appello", en: 'Court of Appeal' },
};
export const authority = (slug: string, lang: Lang): string => (Object.hasOwn(AUTHORITY, slug) ? AUTHORITY[slug][lang] : slug);

/** A closed vocabulary's word, or the raw value when an older or newer event carries one this build does not know. */
export const word = <K extends string>(terms: Record<K, Term>, value: string | undefined, lang: Lang): string =>
  value !== undefined && Object.hasOwn(terms, value) ? terms[value as K][lang] : (value ?? '');

/** What a child's wish is about, when heard. */
export const WISH_SUBJECT: Record<WishSubject, Term> = {
  plan: { it: 'il progetto', en: 'the plan' },
  placement: { it: 'il collocamento', en: 'the placement' },
  'contact-with-parents': { it: 'i rapporti con i genitori', en: 'contact with the parents' },
  other: { it: 'altro', en: 'other' },
};

export const SUPERVISED: Record<SupervisedAct, Term> = {
  'support-plan': { it: 'progetto quadro', en: 'support plan' },
  closure: { it: 'chiusura del caso', en: 'case closure' },
  'court-report': { it: "relazione all'autorità giudiziaria", en: 'report to the court' },
};
