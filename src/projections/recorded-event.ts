import { CaseEvent } from '../cases/case.events';
import { RecordedEvent } from '../event-store/event-store';
import { FamilyEvent } from '../families/family.events';
import { AccessEntry, CASE_ACCESSED } from '../access/access-log.recorder';
import { InitiativeEvent } from '../community/initiatives/initiative.events';
import { PartnerEvent } from '../community/partners/partner.events';
import { ReportEvent } from '../community/reports/report.events';
import { PersonEvent } from '../people/person.events';
import { FacilityEvent } from '../carers/facilities/facility.events';
import { FosterCarerEvent } from '../carers/foster-carers/foster-carer.events';

/** The data of one event type of a union: `DataOf<CaseEvent, 'CaseOpened'>`. */
export type DataOf<E extends { type: string; data: unknown }, K extends E['type']> = Extract<E, { type: K }>['data'];

/** A recorded event read as the domain union it belongs to (the projection's `handles` decide which). */
export const asCaseEvent = (event: RecordedEvent): CaseEvent => ({ type: event.type, data: event.data }) as CaseEvent;
export const asFamilyEvent = (event: RecordedEvent): FamilyEvent => ({ type: event.type, data: event.data }) as FamilyEvent;

export interface EventActor {
  id: string;
  role: string;
}

/** Who did it and when, from the metadata every appended event carries (DESIGN §4). */
export const factsOf = (event: RecordedEvent): { actor: EventActor; occurredAt: string; recordedAt: string } => {
  const { actor, occurredAt, recordedAt } = event.metadata as { actor?: EventActor; occurredAt?: string; recordedAt?: string };
  const recorded = recordedAt ?? occurredAt ?? new Date(0).toISOString();
  return {
    actor: { id: String(actor?.id ?? 'unknown'), role: String(actor?.role ?? 'unknown') },
    occurredAt: occurredAt ?? recorded,
    recordedAt: recorded,
  };
};

/** Every event a read model may follow, by type: what `defineProjection` handlers are typed over. */
export type ProjectedEvent =
  | CaseEvent
  | FamilyEvent
  | PartnerEvent
  | InitiativeEvent
  | ReportEvent
  | PersonEvent
  | FacilityEvent
  | FosterCarerEvent
  | { type: typeof CASE_ACCESSED; data: AccessEntry & { requestId: string } };
