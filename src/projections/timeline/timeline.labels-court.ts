import { CaseEventData } from '../../cases/case.events';
import { LEGAL_BASIS, Lang, MEASURE, PLACE, authority, word } from './timeline.vocabulary';
import { SECTIONS, day, entryCounts, moment, say } from './timeline.format';

type Decree = { authority: string; decreeNumber: string; decreeDate: string };
export const decree = (d: Decree, l: Lang): string =>
  `${authority(d.authority, l)}, ${say(l, 'decreto n.', 'decree no.')} ${d.decreeNumber} ${say(l, 'del', 'of')} ${day(d.decreeDate, l)}`;

const inParentheses = (parts: Array<string | undefined | false>): string => {
  const present = parts.filter(Boolean);
  return present.length ? ` (${present.join('; ')})` : '';
};

type Placed = Pick<CaseEventData<'EmergencyPlacementMade'>, 'placedWith' | 'withParent'>;
/** Where the child is placed, as named when placed: the facility, or the foster carers; the parent placed with the child. */
const placedPhrases = ({ placedWith, withParent }: Placed, l: Lang): string[] => [
  ...(placedWith?.kind === 'facility' ? [`${say(l, 'presso', 'at')} ${placedWith.name}`] : []),
  ...(placedWith?.kind === 'foster-carer' ? [`${say(l, 'presso gli affidatari', 'with foster carers')} ${placedWith.name}`] : []),
  ...(withParent ? [`${say(l, 'con il genitore', 'with the parent')} ${withParent.name}`] : []),
];

const cadence = (months: number | undefined, l: Lang): string | undefined =>
  months ? `${say(l, 'relazioni ogni', 'reports every')} ${months} ${say(l, 'mesi', 'months')}` : undefined;

/** A step recorded after its art. 403 term. */
const lateMark = (late: true | undefined, l: Lang): string => (late ? ` — ${say(l, 'oltre il termine', 'after the term')}` : '');

const REVIEW = {
  confirmed: { it: 'convalida confermata', en: 'validation confirmed' },
  modified: { it: 'convalida modificata', en: 'validation modified' },
  revoked: { it: 'convalida revocata', en: 'validation revoked' },
} as const;

const STEP = {
  transmission: { it: 'trasmissione degli atti al PM', en: 'transmission of the acts to the PM' },
  'pm-request': { it: 'richiesta di convalida del PM', en: "the PM's request for validation" },
  validation: { it: 'decreto del TM sulla convalida', en: "the TM's decree on validation" },
  hearing: { it: "fissazione dell'udienza", en: 'the hearing' },
  review: { it: "decreto del TM dopo l'udienza", en: "the TM's decree after the hearing" },
} as const;

/** Protection measures, art. 403 placements and the court: decrees are named by authority, number and date. */
export const protectionPhrases = {
  ProtectionMeasureProposed: (d: CaseEventData<'ProtectionMeasureProposed'>, l: Lang) =>
    `${say(l, 'Misura di protezione proposta', 'Protection measure proposed')}: ${word(MEASURE, d.kind, l)}` +
    inParentheses([
      d.legalBasis && word(LEGAL_BASIS, d.legalBasis, l),
      d.placeKind && `${say(l, 'luogo', 'place')}: ${word(PLACE, d.placeKind, l)}`,
    ]),

  ProtectionMeasureOrdered: (d: CaseEventData<'ProtectionMeasureOrdered'>, l: Lang, kind?: string) =>
    `${say(l, 'Misura di protezione disposta', 'Protection measure ordered')}${kind ? `: ${word(MEASURE, kind, l)}` : ''}` +
    inParentheses([
      decree(d, l),
      word(LEGAL_BASIS, d.legalBasis, l),
      d.startsOn && `${say(l, 'dal', 'from')} ${day(d.startsOn, l)}`,
      d.endsOn && `${say(l, 'fino al', 'until')} ${day(d.endsOn, l)}`,
      cadence(d.reportEveryMonths, l),
      ...placedPhrases(d, l),
    ]),

  ProtectionMeasureExtended: (d: CaseEventData<'ProtectionMeasureExtended'>, l: Lang, kind?: string) =>
    `${say(l, 'Misura di protezione prorogata', 'Protection measure extended')}${kind ? `: ${word(MEASURE, kind, l)}` : ''}` +
    inParentheses([
      decree(d, l),
      `${say(l, 'dal termine del', 'from the term of')} ${day(d.previousEndsOn, l)} ${say(l, 'al', 'to')} ${day(d.endsOn, l)}`,
      cadence(d.reportEveryMonths, l),
    ]),

  ProtectionMeasureModified: (d: CaseEventData<'ProtectionMeasureModified'>, l: Lang, kind?: string) =>
    `${say(l, 'Misura di protezione modificata', 'Protection measure modified')}${kind ? `: ${word(MEASURE, kind, l)}` : ''}` +
    inParentheses([decree(d, l), d.endsOn && `${say(l, 'fino al', 'until')} ${day(d.endsOn, l)}`, cadence(d.reportEveryMonths, l)]),

  ProtectionMeasureEnded: (d: CaseEventData<'ProtectionMeasureEnded'>, l: Lang, kind?: string) =>
    `${say(l, 'Misura di protezione conclusa', 'Protection measure ended')}${kind ? `: ${word(MEASURE, kind, l)},` : ''} ${say(l, 'il', 'on')} ${day(d.endedOn, l)}` +
    inParentheses([d.decree && decree(d.decree, l)]),

  JudicialMandateModified: (d: CaseEventData<'JudicialMandateModified'>, l: Lang) =>
    `${say(l, 'Mandato modificato', 'Mandate modified')}: ${say(l, 'procedimento', 'proceeding')} ${d.proceedingNumber}` +
    inParentheses([
      decree(d, l),
      !!d.reportDeadlines?.length &&
        `${say(l, 'scadenze delle relazioni', 'report deadlines')}: ${d.reportDeadlines.map((date) => day(date, l)).join(', ')}`,
      cadence(d.reportEveryMonths, l),
    ]),

  JudicialMandateEnded: (d: CaseEventData<'JudicialMandateEnded'>, l: Lang) =>
    `${say(l, 'Mandato concluso', 'Mandate ended')}: ${say(l, 'procedimento', 'proceeding')} ${d.proceedingNumber}, ` +
    `${say(l, 'il', 'on')} ${day(d.endedOn, l)}${inParentheses([decree(d, l)])}`,

  EmergencyPlacementMade: (d: CaseEventData<'EmergencyPlacementMade'>, l: Lang) =>
    `${say(l, "Collocamento d'urgenza (art. 403 c.c.)", 'Emergency placement (art. 403 c.c.)')}: ` +
    [word(PLACE, d.placeKind, l), ...placedPhrases(d, l), moment(d.placedAt, l)].join(', '),

  EmergencyPlacementOralNoticeGiven: (d: CaseEventData<'EmergencyPlacementOralNoticeGiven'>, l: Lang) =>
    `${say(l, "Avviso orale del collocamento d'urgenza", 'Oral notice of the emergency placement')}: ${authority(d.authority, l)}, ${moment(d.givenAt, l)}`,

  EmergencyPlacementNotified: (d: CaseEventData<'EmergencyPlacementNotified'>, l: Lang) =>
    `${say(l, "Collocamento d'urgenza comunicato", 'Emergency placement notified')}: ${authority(d.authority, l)}, ${moment(d.notifiedAt, l)}` +
    lateMark(d.late, l),

  EmergencyPlacementValidationRequested: (d: CaseEventData<'EmergencyPlacementValidationRequested'>, l: Lang) =>
    `${say(l, 'Convalida richiesta dal PM', 'Validation requested by the PM')}: ${authority(d.authority, l)}, ${moment(d.requestedAt, l)}` +
    lateMark(d.late, l),

  EmergencyPlacementValidationReviewed: (d: CaseEventData<'EmergencyPlacementValidationReviewed'>, l: Lang) =>
    `${say(l, "Decreto dopo l'udienza", 'Decree after the hearing')}: ${say(l, REVIEW[d.outcome].it, REVIEW[d.outcome].en)}` +
    inParentheses([decree(d, l)]) +
    lateMark(d.late, l),

  MeasureLapsed: (d: CaseEventData<'MeasureLapsed'>, l: Lang) =>
    `${say(l, "Collocamento d'urgenza decaduto", 'Emergency placement lapsed')}: ${say(l, STEP[d.missedStep].it, STEP[d.missedStep].en)} ${say(l, 'non avvenuta entro', 'not done by')} ${moment(d.dueAt, l)} (${d.legalBasis})`,

  EmergencyPlacementValidated: (d: CaseEventData<'EmergencyPlacementValidated'>, l: Lang) =>
    say(l, "Collocamento d'urgenza convalidato", 'Emergency placement validated') +
    inParentheses([
      decree(d, l),
      d.hearingDate && `${say(l, 'udienza', 'hearing')} ${moment(d.hearingDate, l)}`,
      d.curatoreSpeciale && say(l, 'nominato un curatore speciale', 'curatore speciale appointed'),
    ]) +
    lateMark(d.late, l),

  EmergencyPlacementRevoked: (d: CaseEventData<'EmergencyPlacementRevoked'>, l: Lang) =>
    say(l, "Collocamento d'urgenza revocato", 'Emergency placement revoked') + inParentheses([decree(d, l)]) + lateMark(d.late, l),

  CourtHearingScheduled: (d: CaseEventData<'CourtHearingScheduled'>, l: Lang) =>
    `${say(l, 'Udienza fissata', 'Court hearing scheduled')}: ${authority(d.authority, l)}, ${moment(d.hearingDate, l)}` +
    inParentheses([
      d.proceedingNumber && `${say(l, 'procedimento', 'proceeding')} ${d.proceedingNumber}`,
      d.placementId && say(l, "sul collocamento d'urgenza", 'on the emergency placement'),
    ]),

  CourtReportSubmitted: (d: CaseEventData<'CourtReportSubmitted'>, l: Lang) =>
    `${say(l, "Relazione all'Autorità Giudiziaria trasmessa", 'Court report submitted')}: ${authority(d.authority, l)}, ` +
    `${say(l, 'periodo dal', 'period')} ${day(d.periodFrom, l)} ${say(l, 'al', 'to')} ${day(d.periodTo, l)}, ` +
    `${say(l, 'eventi da', 'events')} ${d.coveredEvents.fromRevision} ${say(l, 'a', 'to')} ${d.coveredEvents.toRevision}` +
    ` (${entryCounts(d.sections, l, SECTIONS)})`,

  ProsieguoAmministrativoGranted: (d: CaseEventData<'ProsieguoAmministrativoGranted'>, l: Lang) =>
    `${say(l, 'Prosieguo amministrativo disposto fino al', 'Prosieguo amministrativo granted until')} ${day(d.until, l)}` +
    inParentheses([decree(d, l), `${say(l, 'consenso del/della giovane', "young person's consent")}: ${day(d.youngPersonConsentedAt, l)}`]),

  AuditTrailExported: (d: CaseEventData<'AuditTrailExported'>, l: Lang) => {
    const what =
      d.document === 'report-draft'
        ? say(l, 'Bozza di relazione generata', 'Report draft generated')
        : say(l, 'Registro degli eventi esportato', 'Audit trail exported');
    const axis =
      d.range.axis === 'occurred'
        ? say(l, 'per data del fatto', 'by date of the fact')
        : say(l, 'per data di registrazione', 'by date recorded');
    const from = d.range.from ? moment(d.range.from, l) : say(l, "dall'inizio", 'from the start');
    const to = d.range.to ? moment(d.range.to, l) : say(l, 'ad oggi', 'to date');
    return `${what} (${d.format.toUpperCase()}, ${from} – ${to}, ${axis}; ${say(l, 'impronta', 'digest')} ${d.digest.slice(0, 16)}…)`;
  },
};
