import { randomUUID } from 'node:crypto';
import { Principal } from '../src/auth/roles';
import { CaseEvent, Intake } from '../src/cases/case.events';
import { EventLog } from '../src/event-store/event-log';
import { PostgresEventStore } from '../src/event-store/postgres/postgres-event-store';
import { ProjectionRunner, sharedPool } from '../src/projections/projection-runner';
import { deadlinesProjection } from '../src/projections/deadlines/deadlines.projection';
import { toView } from '../src/projections/deadlines/deadline.row';
import { ListDeadlines, ListDeadlinesHandler } from '../src/projections/deadlines/deadlines.query';
import { DeadlineView } from '../src/projections/deadlines/dto/deadline.view';
import { DeadlinesQueryDto } from '../src/projections/deadlines/dto/deadlines.query.dto';
import { TestDatabase, createTestDatabase } from './support/test-database';

/** Given case events with real metadata in a real store, run the deadlines projection; Then read its rows. */
export interface Fact {
  occurredAt: string;
  event: CaseEvent;
  actor?: string;
}

export const COORDINATOR: Principal = { id: 'head', role: 'coordinator' };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const startDeadlines = async () => {
  const database: TestDatabase = await createTestDatabase();
  const store = new PostgresEventStore(database.pool, { pollIntervalMs: 20 });
  const log = new EventLog(store);
  const runner = new ProjectionRunner([deadlinesProjection], sharedPool(database.pool), store, database.connectionString, {
    pollMs: 50,
    maxBackoffMs: 200,
  });
  runner.start();

  const reached = async (position: string) => {
    for (const started = Date.now(); Date.now() - started < 15000; await sleep(20)) {
      if (await runner.hasReached(position)) return;
      const failing = (await runner.status())[0].lastError;
      if (failing) throw new Error(`deadlines projection failed: ${failing.message}`);
    }
    throw new Error('the deadlines projection did not reach the position in time');
  };

  /** Appends each fact to its case stream at the time it occurred, and waits for the projection to pass them. */
  const given = async (...facts: Fact[]): Promise<string> => {
    let position = '';
    for (const { occurredAt, event, actor = 'alice' } of facts) {
      const metadata = { actor: { id: actor, role: 'social-worker' }, correlationId: randomUUID(), causationId: randomUUID(), occurredAt };
      ({ position } = await log.append(`case-${event.data.caseId}`, [{ type: event.type, data: event.data, metadata }], 'any'));
    }
    await reached(position);
    return position;
  };

  /** Every row of a case, cancelled and not yet shown included, as GET /deadlines shows them at `now`. */
  const rows = async (caseId: string, now: Date): Promise<DeadlineView[]> => {
    const { rows: found } = await database.pool.query('SELECT * FROM deadlines WHERE case_id = $1 ORDER BY due_at, id', [caseId]);
    return found.map((row) => toView(row, now));
  };

  const deadlines = new ListDeadlinesHandler(database.pool);
  const query = (filters: Partial<DeadlinesQueryDto>, now: Date, viewer: Principal = COORDINATOR) =>
    deadlines.execute(new ListDeadlines(Object.assign(new DeadlinesQueryDto(), filters), viewer, now));

  const close = async () => {
    await runner.stop();
    await database.close();
  };
  return { database, store, log, runner, given, rows, query, close };
};

export type DeadlinesHarness = Awaited<ReturnType<typeof startDeadlines>>;

export const spontaneous: Intake = { kind: 'spontaneous', requesterId: randomUUID(), reason: 'asks for help' };
const PM = 'procura-presso-il-tm';
const TM = 'tribunale-per-i-minorenni';
const decree = (authority = TM) => ({ authority, decreeNumber: '1/2026', decreeDate: '2026-01-01' });

/** Events of one case, with the fields the deadlines read; the rest is plausible filler. */
export const aCase = (caseId = randomUUID()) => ({
  caseId,
  opened: (minorBirthDate = '2014-03-15', intake: Intake = spontaneous): CaseEvent => ({
    type: 'CaseOpened',
    data: { caseId, familyId: randomUUID(), minorId: randomUUID(), minorBirthDate, intake },
  }),
  assigned: (workerId: string): CaseEvent => ({
    type: 'TeamMemberAssigned',
    data: { caseId, workerId, name: workerId, role: 'social-worker' },
  }),
  released: (workerId: string): CaseEvent => ({ type: 'TeamMemberReleased', data: { caseId, workerId } }),
  placed: (placementId: string, placedAt: string): CaseEvent => ({
    type: 'EmergencyPlacementMade',
    data: { caseId, placementId, placedAt, placeKind: 'community', reason: 'violence at home' },
  }),
  notified: (placementId: string, notifiedAt: string): CaseEvent => ({
    type: 'EmergencyPlacementNotified',
    data: { caseId, placementId, authority: PM, notifiedAt },
  }),
  validated: (placementId: string, decreeDate: string, hearingDate?: string): CaseEvent => ({
    type: 'EmergencyPlacementValidated',
    data: { caseId, placementId, ...decree(), decreeDate, hearingDate },
  }),
  requested: (placementId: string, requestedAt: string): CaseEvent => ({
    type: 'EmergencyPlacementValidationRequested',
    data: { caseId, placementId, authority: PM, requestedAt },
  }),
  reviewed: (placementId: string, decreeDate: string, outcome: 'confirmed' | 'modified' | 'revoked' = 'confirmed'): CaseEvent => ({
    type: 'EmergencyPlacementValidationReviewed',
    data: { caseId, placementId, ...decree(), decreeDate, outcome },
  }),
  lapsed: (placementId: string, missedStep: 'transmission' | 'pm-request' | 'validation' | 'review', dueAt: string): CaseEvent => ({
    type: 'MeasureLapsed',
    data: { caseId, measureId: placementId, measureKind: 'emergency-placement', missedStep, dueAt, legalBasis: 'art. 403 c. 7 c.c.' },
  }),
  revoked: (placementId: string, decreeDate: string): CaseEvent => ({
    type: 'EmergencyPlacementRevoked',
    data: { caseId, placementId, ...decree(PM), decreeDate },
  }),
  hearing: (hearingDate: string, placementId?: string): CaseEvent => ({
    type: 'CourtHearingScheduled',
    data: { caseId, hearingId: randomUUID(), authority: TM, hearingDate, placementId },
  }),
  affido: (
    measureId: string,
    fields: { startsOn?: string; endsOn?: string; reportEveryMonths?: number; decreeDate?: string; authority?: string } = {},
  ): CaseEvent => ({
    type: 'ProtectionMeasureOrdered',
    data: { caseId, measureId, ...decree(fields.authority), legalBasis: 'l184-art4-judicial-affido', ...fields },
  }),
  measureEnded: (measureId: string, endedOn: string): CaseEvent => ({
    type: 'ProtectionMeasureEnded',
    data: { caseId, measureId, endedOn, reason: 'back home' },
  }),
  measureExtended: (
    measureId: string,
    fields: { previousEndsOn: string; endsOn: string; decreeDate: string; reportEveryMonths?: number },
  ) => ({
    type: 'ProtectionMeasureExtended' as const,
    data: { caseId, measureId, ...decree(), legalBasis: 'l184-art4-judicial-affido' as const, reason: 'pregiudizio', ...fields },
  }),
  measureModified: (
    measureId: string,
    fields: { decreeDate: string; endsOn?: string; reportEveryMonths?: number; inForce: { endsOn?: string; reportEveryMonths?: number } },
    legalBasis: 'l184-art4-judicial-affido' | 'art-333-cc' = 'l184-art4-judicial-affido',
  ): CaseEvent => ({
    type: 'ProtectionMeasureModified',
    data: { caseId, measureId, ...decree(), legalBasis, prescriptions: 'incontri protetti', ...fields },
  }),
  limitation: (measureId: string, fields: { decreeDate: string; reportEveryMonths?: number; endsOn?: string }): CaseEvent => ({
    type: 'ProtectionMeasureOrdered',
    data: { caseId, measureId, ...decree(), legalBasis: 'art-333-cc', ...fields },
  }),
  mandate: (proceedingNumber: string, reportDeadlines: string[], authority = TM, reportEveryMonths?: number): CaseEvent => ({
    type: 'JudicialMandateReceived',
    data: {
      caseId,
      authority,
      proceedingNumber,
      decreeDate: '2026-01-10',
      mandates: ['support-and-control'],
      reportDeadlines,
      ...(reportEveryMonths && { reportEveryMonths }),
    },
  }),
  mandateModified: (proceedingNumber: string, fields: { decreeDate: string; reportDeadlines?: string[]; reportEveryMonths?: number }) => ({
    type: 'JudicialMandateModified' as const,
    data: { caseId, ...decree(), proceedingNumber, prescriptions: 'sostegno alla madre', ...fields },
  }),
  mandateEnded: (proceedingNumber: string, endedOn: string): CaseEvent => ({
    type: 'JudicialMandateEnded',
    data: { caseId, ...decree(), decreeDate: endedOn, proceedingNumber, endedOn },
  }),
  report: (fields: { authority?: string; proceedingNumber?: string } = {}): CaseEvent => ({
    type: 'CourtReportSubmitted',
    data: {
      caseId,
      reportId: randomUUID(),
      authority: fields.authority ?? TM,
      proceedingNumber: fields.proceedingNumber,
      periodFrom: '2026-01-01',
      periodTo: '2026-02-01',
      coveredEvents: { fromRevision: 0, toRevision: 1 },
      headHash: '0'.repeat(64),
      sections: [{ kind: 'fact', text: 'school attendance regular' }],
    },
  }),
  planDrafted: (planId: string, nextReviewOn?: string): CaseEvent => ({
    type: 'SupportPlanDrafted',
    data: { caseId, planId, goals: ['school'], interventions: [], nextReviewOn },
  }),
  planReviewed: (planId: string, reviewedOn: string, nextReviewOn?: string): CaseEvent => ({
    type: 'SupportPlanReviewed',
    data: { caseId, planId, reviewedOn, outcome: 'on track', nextReviewOn },
  }),
  planClosed: (planId: string): CaseEvent => ({ type: 'SupportPlanClosed', data: { caseId, planId } }),
  prosieguo: (until: string): CaseEvent => ({
    type: 'ProsieguoAmministrativoGranted',
    data: { caseId, ...decree(), until, youngPersonConsentedAt: '2026-01-01' },
  }),
  closed: (): CaseEvent => ({ type: 'CaseClosed', data: { caseId, reason: 'goals-met' } }),
  reopened: (): CaseEvent => ({ type: 'CaseReopened', data: { caseId, reason: 'new referral' } }),
});

/** A fact at an instant. */
export const at = (occurredAt: string, event: CaseEvent, actor?: string): Fact => ({ occurredAt, event, actor });

/** The parts of rows a test reads: kind, due, status, and who met it. */
export const brief = (rows: DeadlineView[]) =>
  rows.map(({ kind, dueAt, status, metByEventType }) => ({ kind, dueAt, status, metBy: metByEventType }));
