import { FamilyFacts } from '../case.command';
import { PlaceFacts } from '../placement/placed-with.rules';
import { CaseEvent } from '../case.events';
import { Intake } from '../case.values';

/** One family, one minor, one fixed "now": every decider spec starts here. */
export const NOW = new Date('2026-11-10T10:00:00.000Z');
export const TODAY = '2026-11-10';

export const CASE_ID = '0c1d7a0e-0000-4000-8000-000000000001';
export const OTHER_CASE_ID = '0c1d7a0e-0000-4000-8000-000000000002';
export const FAMILY_ID = 'fa000000-0000-4000-8000-000000000001';
export const MINOR_ID = '00000000-0000-4000-8000-00000000000a';
export const MOTHER_ID = '00000000-0000-4000-8000-00000000000b';
export const UNCLE_ID = '00000000-0000-4000-8000-00000000000c';
export const SISTER_ID = '00000000-0000-4000-8000-00000000000d';
export const MINOR_BIRTH = '2014-03-15';

export const id = (n: number) => `1d000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const family: FamilyFacts = {
  familyId: FAMILY_ID,
  members: [
    { id: MINOR_ID, role: 'minor', birthDate: MINOR_BIRTH },
    { id: MOTHER_ID, role: 'parent', birthDate: '1985-06-01' },
    { id: UNCLE_ID, role: 'other-adult', birthDate: '1979-01-20' },
    { id: SISTER_ID, role: 'minor', birthDate: '2016-09-09' },
  ],
};

/** A family whose minor was born on the given date. */
export const familyWithMinorBornOn = (birthDate: string): FamilyFacts => ({
  ...family,
  members: family.members.map((m) => (m.id === MINOR_ID ? { ...m, birthDate } : m)),
});

/** The fields every command carries: this case, happening now. */
export const on = (occurredAt: string | Date = NOW) => ({
  caseId: CASE_ID,
  occurredAt: typeof occurredAt === 'string' ? occurredAt : occurredAt.toISOString(),
});

export const spontaneousIntake: Extract<Intake, { kind: 'spontaneous' }> = {
  kind: 'spontaneous',
  requesterId: MOTHER_ID,
  reason: 'asks for help with school refusal',
};

export const judicialIntake: Extract<Intake, { kind: 'judicial' }> = {
  kind: 'judicial',
  authority: 'tribunale-per-i-minorenni',
  proceedingNumber: '123/2026 R.G.',
  decreeDate: '2026-11-02',
  mandates: ['investigation-and-assessment'],
  reportDeadlines: ['2027-02-01'],
};

export const caseOpened = (minorBirthDate = MINOR_BIRTH, intake: Intake = spontaneousIntake): CaseEvent => ({
  type: 'CaseOpened',
  data: { caseId: CASE_ID, familyId: FAMILY_ID, minorId: MINOR_ID, minorBirthDate, intake },
});

export const caseClosed: CaseEvent = { type: 'CaseClosed', data: { caseId: CASE_ID, reason: 'goals-met' } };

export const aliceAssigned: CaseEvent = {
  type: 'TeamMemberAssigned',
  data: { caseId: CASE_ID, workerId: 'alice', name: 'Alice Rossi', role: 'social-worker' },
};

export const prosieguoUntil = (until: string): CaseEvent => ({
  type: 'ProsieguoAmministrativoGranted',
  data: {
    caseId: CASE_ID,
    authority: 'tribunale-per-i-minorenni',
    decreeNumber: '77/2026',
    decreeDate: '2026-01-10',
    until,
    youngPersonConsentedAt: '2026-01-05',
  },
});

/** Places a placement may name (issue 15), as the placing controllers look them up. */
export const MOTHER_CHILD_FACILITY_ID = 'fac00000-0000-4000-8000-000000000001';
export const COMMUNITY_ID = 'fac00000-0000-4000-8000-000000000002';
export const FOSTER_CARER_ID = 'f0c00000-0000-4000-8000-000000000001';
export const placeFacts = (change: Partial<PlaceFacts> = {}): { place: PlaceFacts } => ({
  place: {
    facility: { facilityId: MOTHER_CHILD_FACILITY_ID, name: 'Casa Aurora', kind: 'comunita-madre-bambino', open: true },
    fosterCarer: { fosterCarerId: FOSTER_CARER_ID, name: 'Luca Rossi, Anna Bianchi', accepts: ['residential', 'emergency'], active: true },
    family: {
      familyId: FAMILY_ID,
      members: [
        { id: MINOR_ID, role: 'minor', name: 'Giulia Esposito' },
        { id: MOTHER_ID, role: 'parent', name: 'Maria Esposito' },
        { id: UNCLE_ID, role: 'other-adult', name: 'Paolo Esposito' },
      ],
    },
    ...change,
  },
});
