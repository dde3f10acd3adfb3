/** The shapes of a court export (docs/audit-trail.md): what every format (JSON, CSV, PDF) renders. */

export type TimeAxis = 'recorded' | 'occurred';

export interface ExportRange {
  axis: TimeAxis;
  /** ISO 8601 instants, inclusive; null means open. */
  from: string | null;
  to: string | null;
}

export interface ExportActor {
  id: string;
  role: string;
  name?: string;
}

/** One stored event exactly as hashed, plus derived fields that the hash does not cover (inRange, entryKinds). */
export interface ExportedEvent {
  stream: string;
  revision: number;
  id: string;
  type: string;
  /** False for an event inside the exported chain span but outside the time range (axis=occurred). */
  inRange: boolean;
  /** Derived: the narrative entry kinds of the event (art. 473-bis.27 c.p.c.), empty when it has none. */
  entryKinds: Array<{ kind: 'fact' | 'statement' | 'evaluation'; statedBy?: string; method?: string }>;
  data: unknown;
  /** Stored metadata, hash included: occurredAt, recordedAt, actor, correlationId, causationId, schemaVersion, prevHash, hash. */
  metadata: Record<string, unknown> & {
    occurredAt: string;
    recordedAt: string;
    actor: { id: string; role: string };
    prevHash: string;
    hash: string;
  };
}

/** A narrative entry pulled out of an event, for the grouped sections of the PDF and the report draft. */
export interface ExportedEntry {
  stream: string;
  revision: number;
  eventType: string;
  occurredAt: string;
  kind: 'fact' | 'statement' | 'evaluation';
  text: string;
  statedBy?: string;
  method?: string;
}

/** What the PDF header and every page footer show. */
export interface AuditTrailHeader {
  caseId: string;
  familyId: string;
  minor: { id: string; name?: string; birthDate?: string };
  familyMunicipality?: string;
  range: ExportRange;
  exportedBy: ExportActor;
  exportedAt: string;
  /** SHA-256 (hex) of the JSON bundle's canonical form. */
  digest: string;
  /** The case stream's head hash at export. */
  headHash: string;
  headRevision: number;
  eventCount: number;
}

/** Events are read again for each pass (layout, then drawing): streaming, never all in memory. */
export type EventSource = () => AsyncIterable<ExportedEvent>;

/** Report draft (art. 473-bis.27 c.p.c.): a period's entries kept apart, and its measures, hearings and deadlines. */
export interface ReportDraft {
  caseId: string;
  familyId: string;
  minor: { id: string; name?: string; birthDate?: string };
  period: { from: string; to: string };
  generatedAt: string;
  generatedBy: ExportActor;
  /** The case stream's head the draft covers: what a submitted report cites. */
  headRevision: number;
  headHash: string;
  facts: ExportedEntry[];
  statements: ExportedEntry[];
  evaluations: ExportedEntry[];
  /** placedWith: where a placing measure put the child (issue 15), in Italian. */
  measures: Array<{ measureId: string; label: string; status: string; since: string; placedWith?: string }>;
  hearings: Array<{ hearingId: string; label: string; hearingDate: string }>;
  deadlines: Array<{ label: string; dueAt: string; status: 'met' | 'open' | 'lapsed'; metAt?: string }>;
  /** Work with the parent in difficulty in the period: the plan's goals for an adult, and interventions for them. */
  parentWork: Array<{ personId: string; name?: string; label: string; since: string }>;
  /** The service's hearings of the child in the period (ascolto del minore): how, and the child's words and wishes. */
  childHearings: Array<{
    heardAt: string;
    place: string;
    heardBy: string[];
    present: string[];
    method: string;
    statements: string[];
    wishes: Array<{ about: string; text: string }>;
  }>;
  /**
   * The team's joint evaluations of the period (valutazione d'équipe), the basis the report cites: each discipline's
   * contribution (its text withheld from readers of another discipline when restricted), the conclusion, who agreed.
   */
  teamEvaluations: Array<{
    evaluationId: string;
    evaluatedAt: string;
    contributions: Array<{ discipline: string; workerId: string; text: string; method?: string }>;
    conclusion: string;
    agreedBy: string[];
    dissent: Array<{ workerId: string; text: string }>;
  }>;
}
