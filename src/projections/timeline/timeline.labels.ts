import { CaseEvent, CaseEventData, CaseEventType } from '../../cases/case.events';
import { EntryKind, ENTRIES, count, day, entryCounts, entryKindOf, kindWord, moment, say } from './timeline.format';
import { protectionPhrases } from './timeline.labels-court';
import {
  CLOSURE,
  CONTACT,
  DISCIPLINE,
  SUPERVISED,
  INTAKE,
  INTERVENTION,
  Lang,
  MANDATE,
  REFERRER,
  RISK,
  TEAM_ROLE,
  authority,
  word,
} from './timeline.vocabulary';

export type Label = Record<Lang, string>;

/** What earlier events of the case said about an id this event only references: a worker's name, a measure's kind. */
export type Refs = (key: string) => string | undefined;

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const assessment = (discipline: string | undefined, l: Lang) =>
  discipline
    ? say(l, `Valutazione ${word(DISCIPLINE, discipline, l)}`, `${capital(word(DISCIPLINE, discipline, l))} assessment`)
    : say(l, 'Valutazione', 'Assessment');

type Phrases = { [K in CaseEventType]: (d: CaseEventData<K>, l: Lang, refs: Refs) => string };

/** One factual line per event, from its closed vocabularies, counts and dates: never the free text it carries. */
const PHRASES: Phrases = {
  CaseOpened: (d, l) => {
    const opened = `${say(l, 'Presa in carico aperta', 'Case opened')}: ${word(INTAKE, d.intake.kind, l)}`;
    if (d.intake.kind === 'semi-spontaneous') {
      const fromReport = d.intake.reportId ? `, ${say(l, 'a seguito di una segnalazione', 'following a report')}` : '';
      return `${opened}, ${say(l, 'segnalazione da', 'referred by')}: ${word(REFERRER, d.intake.referrer.kind, l)}${fromReport}`;
    }
    if (d.intake.kind !== 'judicial') return opened;
    const mandates = d.intake.mandates.map((m) => word(MANDATE, m, l)).join(', ');
    return `${opened} (${authority(d.intake.authority, l)}, ${say(l, 'procedimento', 'proceeding')} ${d.intake.proceedingNumber}; ${mandates})`;
  },
  JudicialMandateReceived: (d, l) =>
    `${say(l, "Mandato dell'Autorità Giudiziaria ricevuto", 'Judicial mandate received')}: ${authority(d.authority, l)}, ` +
    `${say(l, 'procedimento', 'proceeding')} ${d.proceedingNumber}, ${say(l, 'decreto del', 'decree of')} ${day(d.decreeDate, l)}` +
    (d.mandates.length ? `; ${d.mandates.map((m) => word(MANDATE, m, l)).join(', ')}` : '') +
    (d.reportDeadlines.length
      ? `; ${say(l, 'scadenze delle relazioni', 'report deadlines')}: ${d.reportDeadlines.map((date) => day(date, l)).join(', ')}`
      : ''),

  TeamMemberAssigned: (d, l) => `${say(l, "Assegnazione all'équipe", 'Team member assigned')}: ${d.name}, ${word(TEAM_ROLE, d.role, l)}`,
  TeamMemberReleased: (d, l, refs) =>
    `${say(l, "Uscita dall'équipe", 'Team member released')}: ${refs(`worker:${d.workerId}`) ?? d.workerId}`,
  CaseManagerChanged: (d, l, refs) =>
    `${say(l, 'Responsabile del caso designato', 'Case manager named')}: ${refs(`worker:${d.workerId}`) ?? d.workerId}`,

  AssessmentStarted: (d, l) => `${assessment(d.discipline, l)} ${say(l, 'avviata', 'started')}`,
  AssessmentEntryRecorded: (d, l, refs) =>
    `${assessment(refs(`assessment:${d.assessmentId}`), l)}: ${say(l, 'voce registrata', 'entry recorded')} (${kindWord(d.entry.kind, l)})`,
  AssessmentCompleted: (d, l, refs) =>
    `${assessment(refs(`assessment:${d.assessmentId}`), l)} ${say(l, 'conclusa', 'completed')}: ${say(l, 'livello di rischio', 'risk level')} ${word(RISK, d.riskLevel, l)} ` +
    `(${count(d.riskFactors.length, say(l, 'fattore di rischio', 'risk factor'), say(l, 'fattori di rischio', 'risk factors'))}, ` +
    `${count(d.protectiveFactors.length, say(l, 'fattore protettivo', 'protective factor'), say(l, 'fattori protettivi', 'protective factors'))})`,

  SupportPlanDrafted: (d, l) =>
    `${say(l, 'Progetto Quadro redatto', 'Support plan (Progetto Quadro) drafted')} (` +
    `${count(d.goals.length, say(l, 'obiettivo', 'goal'), say(l, 'obiettivi', 'goals'))}, ` +
    `${count(d.interventions.length, say(l, 'intervento previsto', 'planned intervention'), say(l, 'interventi previsti', 'planned interventions'))}` +
    (d.parentGoals?.length
      ? `, ${count(d.parentGoals.length, say(l, 'obiettivo per un genitore', 'goal for a parent'), say(l, 'obiettivi per i genitori', 'goals for the parents'))}`
      : '') +
    `${d.nextReviewOn ? `; ${say(l, 'prossima verifica', 'next review')} ${day(d.nextReviewOn, l)}` : ''})`,
  SupportPlanAgreed: (d, l) =>
    `${say(l, 'Progetto Quadro condiviso con la famiglia', 'Support plan agreed with the family')} (${count(d.consents.length, say(l, 'consenso', 'consent'), say(l, 'consensi', 'consents'))})`,
  InterventionStarted: (d, l) =>
    `${say(l, 'Intervento avviato', 'Intervention started')}: ${word(INTERVENTION, d.kind, l)}, ${say(l, 'dal', 'from')} ${day(d.startedOn, l)}` +
    (d.targetPersonId ? `, ${say(l, 'rivolto a un adulto del nucleo', 'for an adult of the household')}` : '') +
    (d.expectedEndOn ? ` (${say(l, 'fine prevista', 'expected end')} ${day(d.expectedEndOn, l)})` : ''),
  InterventionEnded: (d, l, refs) => {
    const kind = refs(`intervention:${d.interventionId}`);
    return `${say(l, 'Intervento concluso', 'Intervention ended')}${kind ? `: ${word(INTERVENTION, kind, l)},` : ''} ${say(l, 'il', 'on')} ${day(d.endedOn, l)}`;
  },
  SupportPlanReviewed: (d, l) =>
    `${say(l, 'Verifica del Progetto Quadro del', 'Support plan reviewed on')} ${day(d.reviewedOn, l)}` +
    (d.nextReviewOn ? ` (${say(l, 'prossima verifica', 'next review')} ${day(d.nextReviewOn, l)})` : ''),
  SupportPlanClosed: (_d, l) => say(l, 'Progetto Quadro chiuso', 'Support plan closed'),

  ProtectionMeasureProposed: (d, l) => protectionPhrases.ProtectionMeasureProposed(d, l),
  ProtectionMeasureOrdered: (d, l, refs) => protectionPhrases.ProtectionMeasureOrdered(d, l, refs(`measure:${d.measureId}`)),
  ProtectionMeasureExtended: (d, l, refs) => protectionPhrases.ProtectionMeasureExtended(d, l, refs(`measure:${d.measureId}`)),
  ProtectionMeasureModified: (d, l, refs) => protectionPhrases.ProtectionMeasureModified(d, l, refs(`measure:${d.measureId}`)),
  ProtectionMeasureEnded: (d, l, refs) => protectionPhrases.ProtectionMeasureEnded(d, l, refs(`measure:${d.measureId}`)),
  JudicialMandateModified: (d, l) => protectionPhrases.JudicialMandateModified(d, l),
  JudicialMandateEnded: (d, l) => protectionPhrases.JudicialMandateEnded(d, l),
  EmergencyPlacementMade: (d, l) => protectionPhrases.EmergencyPlacementMade(d, l),
  EmergencyPlacementOralNoticeGiven: (d, l) => protectionPhrases.EmergencyPlacementOralNoticeGiven(d, l),
  EmergencyPlacementNotified: (d, l) => protectionPhrases.EmergencyPlacementNotified(d, l),
  EmergencyPlacementValidationRequested: (d, l) => protectionPhrases.EmergencyPlacementValidationRequested(d, l),
  EmergencyPlacementValidationReviewed: (d, l) => protectionPhrases.EmergencyPlacementValidationReviewed(d, l),
  MeasureLapsed: (d, l) => protectionPhrases.MeasureLapsed(d, l),
  EmergencyPlacementValidated: (d, l) => protectionPhrases.EmergencyPlacementValidated(d, l),
  EmergencyPlacementRevoked: (d, l) => protectionPhrases.EmergencyPlacementRevoked(d, l),
  CourtHearingScheduled: (d, l) => protectionPhrases.CourtHearingScheduled(d, l),
  CourtReportSubmitted: (d, l) => protectionPhrases.CourtReportSubmitted(d, l),
  AuditTrailExported: (d, l) => protectionPhrases.AuditTrailExported(d, l),
  ProsieguoAmministrativoGranted: (d, l) => protectionPhrases.ProsieguoAmministrativoGranted(d, l),

  ContactRecorded: (d, l) => {
    const contact = CONTACT[d.kind] ?? { it: 'Contatto', en: 'Contact', feminine: false };
    return `${contact[l]} ${say(l, contact.feminine ? 'registrata' : 'registrato', 'recorded')} (${entryCounts(d.entries, l, ENTRIES)})`;
  },
  CaseClosed: (d, l) => `${say(l, 'Presa in carico chiusa', 'Case closed')}: ${word(CLOSURE, d.reason, l)}`,
  CaseReopened: (_d, l) => say(l, 'Presa in carico riaperta', 'Case reopened'),
  // The reason is free text: the access log and the case's events carry it, the line does not.
  CaseAccessGranted: (d, l) =>
    `${say(l, 'Accesso straordinario in lettura concesso a', 'Break-glass read access granted to')} ${d.workerId} ` +
    `${say(l, 'fino al', 'until')} ${moment(d.expiresAt, l)}`,
  // The child's words and wishes are free text: the line counts them, the entries carry them.
  ChildHeard: (d, l) =>
    `${say(l, 'Ascolto del minore', 'The child heard')} (${count(d.statements.length, say(l, 'dichiarazione', 'statement'), say(l, 'dichiarazioni', 'statements'))}, ` +
    `${count(d.wishes.length, say(l, 'desiderio espresso', 'wish expressed'), say(l, 'desideri espressi', 'wishes expressed'))})`,
  CaseAccessGrantRevoked: (d, l) => `${say(l, 'Accesso straordinario revocato a', 'Break-glass access revoked for')} ${d.workerId}`,
  SubmittedForApproval: (d, l) =>
    `${say(l, 'Sottoposto al coordinatore per approvazione', 'Submitted to the coordinator')}: ${word(SUPERVISED, d.act, l)}`,
  SubmissionApproved: (_d, l) => say(l, 'Approvato dal coordinatore', 'Approved by the coordinator'),
  // The reason is free text: the timeline shows that it was returned, the case view why.
  SubmissionReturned: (_d, l) => say(l, 'Restituito dal coordinatore con osservazioni', 'Returned by the coordinator with remarks'),
  TeamEvaluationRecorded: (d, l) =>
    `${say(l, "Valutazione d'équipe", 'Team evaluation')}: ` +
    [...new Set(d.contributions.map((c) => word(DISCIPLINE, c.discipline, l)))].join(', ') +
    ` (${count(d.agreedBy.length, say(l, 'adesione', 'agreed'), say(l, 'adesioni', 'agreed'))}` +
    (d.dissent?.length ? `, ${count(d.dissent.length, say(l, 'dissenso', 'dissent'), say(l, 'dissensi', 'dissents'))})` : ')'),
};

export const timelineLabel = (event: CaseEvent, refs: Refs = () => undefined): Label => {
  const phrase = PHRASES[event.type] as (d: unknown, l: Lang, refs: Refs) => string;
  return { it: phrase(event.data, 'it', refs), en: phrase(event.data, 'en', refs) };
};

/** The one reference this event's line needs, if any. */
export const referenceNeeded = (event: CaseEvent): string | undefined => {
  switch (event.type) {
    case 'TeamMemberReleased':
    case 'CaseManagerChanged':
      return `worker:${event.data.workerId}`;
    case 'AssessmentEntryRecorded':
    case 'AssessmentCompleted':
      return `assessment:${event.data.assessmentId}`;
    case 'ProtectionMeasureOrdered':
    case 'ProtectionMeasureExtended':
    case 'ProtectionMeasureModified':
    case 'ProtectionMeasureEnded':
      return `measure:${event.data.measureId}`;
    case 'InterventionEnded':
      return `intervention:${event.data.interventionId}`;
    default:
      return undefined;
  }
};

/** What this event tells later lines about its ids. */
export const referenceGiven = (event: CaseEvent): [string, string] | undefined => {
  switch (event.type) {
    case 'TeamMemberAssigned':
      return [`worker:${event.data.workerId}`, event.data.name];
    case 'AssessmentStarted':
      return [`assessment:${event.data.assessmentId}`, event.data.discipline];
    case 'ProtectionMeasureProposed':
      return [`measure:${event.data.measureId}`, event.data.kind];
    case 'InterventionStarted':
      return [`intervention:${event.data.interventionId}`, event.data.kind];
    default:
      return undefined;
  }
};

/** The kinds of a narrative event's entries (contacts, assessment entries, report sections); undefined for other events. */
export const entryKindsOf = (event: CaseEvent): EntryKind[] | undefined => {
  if (event.type === 'ContactRecorded') return event.data.entries.map(entryKindOf);
  if (event.type === 'AssessmentEntryRecorded') return [entryKindOf(event.data.entry)];
  if (event.type === 'CourtReportSubmitted') return event.data.sections.map(entryKindOf);
  return undefined;
};
