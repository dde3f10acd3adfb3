import { romeDate } from '../../src/cases/case.age';
import { CLOSURE_REASONS, INTAKE_KINDS, MEASURE_KINDS, NEED_DOMAINS, REFERRER_KINDS } from '../../src/cases/case.values';
import { IntegrationEvent } from '../../src/feed/integration-events/integration-event';

interface Spell {
  openedOn: string;
  closedOn?: string;
  reason?: string;
}
interface CaseFacts {
  familyId: string;
  intakeKind: string;
  referrerKind?: string;
  spells: Spell[];
}

/** What an integrator would write: GET /statistics's counts, from the public feed alone (the same day rules, Europe/Rome). */
/** The fields of the feed messages this count reads; each message type carries its own subset. */
type FeedData = {
  caseId: string;
  familyId: string;
  municipality: { istatCode: string };
  intakeKind: string;
  referrerKind?: string;
  reason: string;
  measureId: string;
  kind: string;
  decreeDate: string;
  placedAt: string;
  planId: string;
  reviewedOn: string;
  needs: Array<{ needId: string; domain: string }>;
  goalNeeds?: Array<{ goalIndex: number; needIds: string[] }>;
  goalProgress?: Array<{ goalIndex: number; progress: string }>;
};

export const statisticsFromFeed = (events: IntegrationEvent[], period: { from: string; to: string; municipality?: string }) => {
  const municipalityOf = new Map<string, string>();
  const cases = new Map<string, CaseFacts>();
  const measures = new Map<string, { caseId: string; kind?: string; orderedOn?: string }>();
  const placements: Array<{ caseId: string; placedOn: string }> = [];
  const needs = new Map<string, { caseId: string; domain: string; identifiedOn: string; metOn?: string }>();
  const goals = new Map<string, string[]>();
  for (const { type, data, occurredAt, caseId } of events) {
    const day = romeDate(occurredAt);
    const d = data as FeedData;
    if (type === 'family.registered.v1') municipalityOf.set(d.familyId, d.municipality.istatCode);
    if (type === 'case.opened.v1') {
      cases.set(d.caseId, { familyId: d.familyId, intakeKind: d.intakeKind, referrerKind: d.referrerKind, spells: [{ openedOn: day }] });
    }
    if (type === 'case.reopened.v1') cases.get(d.caseId)!.spells.push({ openedOn: day });
    if (type === 'case.closed.v1') Object.assign(cases.get(d.caseId)!.spells.at(-1)!, { closedOn: day, reason: d.reason });
    if (type === 'protection-measure.proposed.v1') measures.set(`${caseId}/${d.measureId}`, { caseId: d.caseId, kind: d.kind });
    if (type === 'protection-measure.ordered.v1') Object.assign(measures.get(`${caseId}/${d.measureId}`)!, { orderedOn: d.decreeDate });
    if (type === 'emergency-placement.made.v1') placements.push({ caseId: d.caseId, placedOn: romeDate(d.placedAt) });
    if (type === 'assessment.completed.v1') {
      for (const n of d.needs) needs.set(`${d.caseId}/${n.needId}`, { caseId: d.caseId, domain: n.domain, identifiedOn: day });
    }
    if (type === 'support-plan.drafted.v1') {
      for (const g of d.goalNeeds ?? []) goals.set(`${d.caseId}/${d.planId}/${g.goalIndex}`, g.needIds);
    }
    if (type === 'support-plan.reviewed.v1') {
      for (const g of (d.goalProgress ?? []).filter((p) => p.progress === 'achieved')) {
        for (const needId of goals.get(`${d.caseId}/${d.planId}/${g.goalIndex}`) ?? []) {
          const need = needs.get(`${d.caseId}/${needId}`);
          if (need && !need.metOn) need.metOn = d.reviewedOn;
        }
      }
    }
  }
  const inPeriod = (day?: string) => day !== undefined && day >= period.from && day <= period.to;
  const inMunicipality = (caseId: string) =>
    !period.municipality || municipalityOf.get(cases.get(caseId)!.familyId) === period.municipality;
  const ours = [...cases].filter(([caseId]) => inMunicipality(caseId)).map(([, facts]) => facts);
  const opened = ours.filter((c) => inPeriod(c.spells[0].openedOn));
  const spells = ours.flatMap((c) => c.spells);
  const ordered = [...measures.values()].filter((m) => inMunicipality(m.caseId) && inPeriod(m.orderedOn));
  const count = <T>(items: T[], vocabulary: readonly string[], key: (item: T) => string | undefined, field: string) =>
    vocabulary.map((value) => ({ [field]: value, count: items.filter((item) => key(item) === value).length }));
  const closed = spells.filter((s) => inPeriod(s.closedOn));
  const ourNeeds = [...needs.values()].filter((n) => inMunicipality(n.caseId));
  const needCounts = (keep: (n: (typeof ourNeeds)[number]) => boolean) => {
    const kept = ourNeeds.filter(keep);
    return { total: kept.length, byDomain: count(kept, NEED_DOMAINS, (n) => n.domain, 'domain') };
  };
  return {
    period: { from: period.from, to: period.to },
    municipality: period.municipality ?? null,
    opened: {
      total: opened.length,
      byIntakeKind: count(opened, INTAKE_KINDS, (c) => c.intakeKind, 'kind'),
      byReferrerKind: count(opened, REFERRER_KINDS, (c) => (c.intakeKind === 'semi-spontaneous' ? c.referrerKind : undefined), 'kind'),
    },
    reopened: ours.flatMap((c) => c.spells.slice(1)).filter((s) => inPeriod(s.openedOn)).length,
    openAtEnd: ours.filter((c) => c.spells.some((s) => s.openedOn <= period.to && (!s.closedOn || s.closedOn > period.to))).length,
    measuresOrdered: { total: ordered.length, byKind: count(ordered, MEASURE_KINDS, (m) => m.kind, 'kind') },
    emergencyPlacements: placements.filter((p) => inMunicipality(p.caseId) && inPeriod(p.placedOn)).length,
    closures: { total: closed.length, byReason: count(closed, CLOSURE_REASONS, (s) => s.reason, 'reason') },
    needs: {
      identified: needCounts((n) => inPeriod(n.identifiedOn)),
      met: needCounts((n) => inPeriod(n.metOn)),
      unmetAtEnd: needCounts((n) => n.identifiedOn <= period.to && (!n.metOn || n.metOn > period.to)),
    },
  };
};
