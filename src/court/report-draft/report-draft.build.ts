import { CaseEvent, CaseEventData, PlacedParent, PlacedWith } from '../../cases/case.events';
import { referenceGiven, timelineLabel } from '../../projections/timeline/timeline.labels';
import { ExportActor, ExportedEvent, ReportDraft } from '../audit-trail.types';
import { narrativeEntriesOf } from '../pdf/narrative-entries';

/** A deadline of the case as the deadlines read model holds it. */
export interface CaseDeadline {
  label: string;
  dueAt: string;
  status: 'open' | 'met' | 'lapsed' | 'cancelled';
  metAt: string | null;
}

export interface DraftInput {
  caseId: string;
  familyId: string;
  minor: ReportDraft['minor'];
  period: { from: string; to: string };
  generatedAt: string;
  generatedBy: ExportActor;
  /** The whole case stream, in revision order. */
  events: ExportedEvent[];
  deadlines: CaseDeadline[];
  /** The household's members' names, by id: whom the work with the parents is for. */
  memberNames?: Record<string, string>;
}

const MEASURE_EVENTS: Record<string, string> = {
  ProtectionMeasureProposed: 'proposta',
  ProtectionMeasureOrdered: 'disposta',
  ProtectionMeasureExtended: 'prorogata',
  ProtectionMeasureModified: 'modificata',
  ProtectionMeasureEnded: 'conclusa',
  EmergencyPlacementMade: "collocamento d'urgenza",
  EmergencyPlacementOralNoticeGiven: 'avviso orale al PM',
  EmergencyPlacementNotified: 'atti trasmessi al PM',
  EmergencyPlacementValidationRequested: 'convalida richiesta dal PM',
  EmergencyPlacementValidated: 'convalidato',
  EmergencyPlacementRevoked: 'revocato',
  EmergencyPlacementValidationReviewed: "decreto dopo l'udienza",
  MeasureLapsed: 'decaduto (art. 403 c. 7 c.c.)',
};

/** A team evaluation as the draft shows it: the contributions as this reader may read them (withheld lines kept). */
const teamEvaluationOf = (event: ExportedEvent, evaluatedAt: string): ReportDraft['teamEvaluations'][number] => {
  const data = event.data as CaseEventData<'TeamEvaluationRecorded'>;
  const entries = narrativeEntriesOf(event);
  return {
    evaluationId: data.evaluationId,
    evaluatedAt,
    contributions: data.contributions.map(({ discipline, workerId }, index) => ({
      discipline,
      workerId,
      text: entries[index]?.text ?? '',
      ...(entries[index]?.method && { method: entries[index].method }),
    })),
    conclusion: data.conclusion,
    agreedBy: data.agreedBy,
    dissent: data.dissent ?? [],
  };
};

/** The plan's goals for an adult of the family, and the interventions started for one. */
const parentWorkOf = (event: CaseEvent, since: string, label: () => string): ReportDraft['parentWork'] => {
  if (event.type === 'SupportPlanDrafted') {
    return (event.data.parentGoals ?? []).map(({ personId, goal }) => ({
      personId,
      label: `Obiettivo del Progetto Quadro: ${goal}`,
      since,
    }));
  }
  if (event.type === 'InterventionStarted' && event.data.targetPersonId)
    return [{ personId: event.data.targetPersonId, label: label(), since }];
  return [];
};

type Placed = { placedWith?: PlacedWith; withParent?: PlacedParent };
/** Where a placing event put the child, in Italian: the facility or foster carers, and the parent placed with the child. */
const placedLine = ({ placedWith, withParent }: Placed): string | undefined => {
  if (!placedWith) return undefined;
  const where = placedWith.kind === 'facility' ? `presso ${placedWith.name}` : `presso gli affidatari ${placedWith.name}`;
  return `collocato ${where}${withParent ? `, con il genitore ${withParent.name}` : ''}`;
};

const within = (at: string, period: { from: string; to: string }) => at >= period.from && at <= period.to;
const instant = (at: string) => new Date(at).toISOString();

/**
 * Art. 473-bis.27 c.p.c.: the period's facts, statements (by whom) and evaluations (with the method) kept apart,
 * with the measures in force or changed, the hearings and the deadlines of the period. Pure: no I/O.
 */
export const buildReportDraft = (input: DraftInput): ReportDraft => {
  const refs = new Map<string, string>();
  const measures = new Map<string, ReportDraft['measures'][number]>();
  const hearings: ReportDraft['hearings'] = [];
  const entries: ReportDraft['facts'] = [];
  const parentWork: ReportDraft['parentWork'] = [];
  const childHearings: ReportDraft['childHearings'] = [];
  const teamEvaluations: ReportDraft['teamEvaluations'] = [];
  const names = new Map(Object.entries(input.memberNames ?? {}));
  for (const event of input.events) {
    const domain = { type: event.type, data: event.data } as CaseEvent;
    const given = referenceGiven(domain);
    if (given) refs.set(given[0], given[1]);
    const occurredAt = instant(event.metadata.occurredAt);
    if (occurredAt > input.period.to) continue;
    const label = () => timelineLabel(domain, (key) => refs.get(key)).it;
    const data = event.data as { measureId?: string; placementId?: string; hearingId?: string; hearingDate?: string };
    const measureId = MEASURE_EVENTS[event.type] && (data.measureId ?? data.placementId);
    if (measureId) {
      // the place is named when the child is placed, and stays the measure's place through its later steps
      const placed = placedLine(event.data as Placed) ?? measures.get(measureId)?.placedWith;
      measures.set(measureId, {
        measureId,
        label: label(),
        status: MEASURE_EVENTS[event.type],
        since: occurredAt,
        ...(placed && { placedWith: placed }),
      });
    }
    if (event.type === 'CourtHearingScheduled' && (within(occurredAt, input.period) || within(instant(data.hearingDate!), input.period))) {
      hearings.push({ hearingId: data.hearingId!, label: label(), hearingDate: data.hearingDate! });
    }
    if (!within(occurredAt, input.period)) continue;
    entries.push(...narrativeEntriesOf(event));
    parentWork.push(...parentWorkOf(domain, occurredAt, label));
    if (domain.type === 'ChildHeard') {
      const { heardAt, place, heardBy, present, method, statements, wishes } = domain.data;
      // Words withheld from this reader (restricted) have no text here: they are left to the entries' own section.
      const words = statements.flatMap((s) => (typeof s.text === 'string' ? [s.text] : []));
      childHearings.push({ heardAt, place, heardBy, present, method, statements: words, wishes });
    }
    if (domain.type === 'TeamEvaluationRecorded') teamEvaluations.push(teamEvaluationOf(event, occurredAt));
  }
  const head = input.events[input.events.length - 1];
  const ended = (m: ReportDraft['measures'][number]) =>
    ['conclusa', 'revocato', MEASURE_EVENTS.MeasureLapsed].includes(m.status) && m.since < input.period.from;
  return {
    caseId: input.caseId,
    familyId: input.familyId,
    minor: input.minor,
    period: input.period,
    generatedAt: input.generatedAt,
    generatedBy: input.generatedBy,
    headRevision: head.revision,
    headHash: head.metadata.hash,
    facts: entries.filter((e) => e.kind === 'fact'),
    statements: entries.filter((e) => e.kind === 'statement'),
    evaluations: entries.filter((e) => e.kind === 'evaluation'),
    measures: [...measures.values()].filter((m) => !ended(m)),
    hearings,
    childHearings,
    teamEvaluations,
    parentWork: parentWork.map((work) => (names.has(work.personId) ? { ...work, name: names.get(work.personId) } : work)),
    deadlines: input.deadlines
      .filter((d): d is CaseDeadline & { status: 'open' | 'met' | 'lapsed' } => d.status !== 'cancelled')
      .filter(
        (d) =>
          d.status === 'open' || within(instant(d.dueAt), input.period) || (d.metAt !== null && within(instant(d.metAt), input.period)),
      )
      .map((d) => ({ label: d.label, dueAt: d.dueAt, status: d.status, ...(d.metAt && { metAt: d.metAt }) })),
  };
};
