import { randomUUID } from 'node:crypto';
import { WrongExpectedRevisionError } from '../event-store/event-store';
import { EventLog } from '../event-store/event-log';
import { FamilyEvent, PersonDetails } from '../families/family.events';
import { PersonEvent, personStream } from './person.events';

export const MIGRATION_ACTOR = { id: 'system:people-migration', role: 'system' };

export interface MigrationReport {
  /** Household members found that were added before the registry. */
  legacyMembers: number;
  /** People registered now, one PersonRegistered each. */
  registered: number;
  /** Already in the registry (an earlier run, or a race): left as they are. */
  alreadyRegistered: number;
}

/**
 * Brings every household member added before the person registry into it, under the member's own id, so that
 * members stay readable and become linkable to other households. It only appends (PersonRegistered on a new
 * person stream, never over an existing one), so running it twice changes nothing the second time.
 */
export const migrateLegacyMembers = async (log: EventLog): Promise<MigrationReport> => {
  const legacy = new Map<string, PersonDetails>();
  const registered = new Set<string>();
  for await (const event of log.store.readAll()) {
    const typed = { type: event.type, data: event.data } as FamilyEvent | PersonEvent;
    if (typed.type === 'PersonRegistered') registered.add(typed.data.personId);
    if (typed.type === 'FamilyMemberAdded' && !typed.data.personId && !legacy.has(typed.data.memberId)) {
      const { givenName, familyName, birthDate, sex, fiscalCode } = typed.data;
      legacy.set(typed.data.memberId, { givenName, familyName, birthDate, sex, ...(fiscalCode ? { fiscalCode } : {}) });
    }
    if (typed.type === 'FamilyMemberDetailsCorrected' && legacy.has(typed.data.memberId)) {
      const { role: _role, ...corrections } = typed.data.corrections;
      legacy.set(typed.data.memberId, { ...legacy.get(typed.data.memberId)!, ...corrections });
    }
  }
  const report: MigrationReport = { legacyMembers: legacy.size, registered: 0, alreadyRegistered: 0 };
  const correlationId = randomUUID();
  for (const [personId, details] of legacy) {
    if (registered.has(personId)) {
      report.alreadyRegistered++;
      continue;
    }
    const metadata = { actor: MIGRATION_ACTOR, correlationId, causationId: correlationId, occurredAt: new Date().toISOString() };
    try {
      await log.append(personStream(personId), [{ type: 'PersonRegistered', data: { personId, ...details }, metadata }], 'no_stream');
      report.registered++;
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      report.alreadyRegistered++;
    }
  }
  return report;
};
