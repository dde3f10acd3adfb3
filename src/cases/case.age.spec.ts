import { ageOn, birthday, romeDate } from './case.age';
import { deciderSpec } from '../common/testing/decider-spec';
import { caseDecider } from './case.decider';
import { CaseEvent } from './case.events';
import {
  CASE_ID,
  FAMILY_ID,
  MINOR_ID,
  caseClosed,
  caseOpened,
  familyWithMinorBornOn,
  id,
  on,
  prosieguoUntil,
  spontaneousIntake,
} from './testing/case.fixtures';
import { RecordContact } from './assessment/assessment.decide';
import { GrantProsieguo, OpenCase } from './lifecycle/lifecycle.decide';

// This minor turns 18 on 2026-11-11 and 21 on 2029-11-11.
const BORN = '2008-11-11';
const LATER = new Date('2030-01-01T00:00:00Z');
// Far after every date here: these rules depend on the fact's date, not on the day the command is decided.
const { given } = deciderSpec(caseDecider, { now: LATER });
const opened = caseOpened(BORN);
const call = (occurredAt: string): RecordContact => ({
  type: 'RecordContact',
  ...on(occurredAt),
  contactId: id(1),
  kind: 'call',
  participants: ['mother'],
  entries: [],
});
const contactRecorded: CaseEvent = {
  type: 'ContactRecorded',
  data: { caseId: CASE_ID, contactId: id(1), kind: 'call', participants: ['mother'], entries: [] },
};
const grant = (occurredAt: string, until: string): GrantProsieguo => ({
  type: 'GrantProsieguo',
  ...on(occurredAt),
  authority: 'tribunale-per-i-minorenni',
  decreeNumber: '9/2026',
  decreeDate: romeDate(occurredAt),
  until,
  youngPersonConsentedAt: romeDate(occurredAt),
});

describe('calendar of Europe/Rome', () => {
  it('dates an instant in Rome, across both offsets', () => {
    expect(romeDate('2026-11-10T22:59:00Z')).toBe('2026-11-10');
    expect(romeDate('2026-11-10T23:30:00Z')).toBe('2026-11-11');
    expect(romeDate('2026-07-01T21:59:00Z')).toBe('2026-07-01');
    expect(romeDate('2026-07-01T22:00:00Z')).toBe('2026-07-02');
  });

  it('rolls a 29 February birthday to 1 March in a common year', () => expect(birthday('2008-02-29', 18)).toBe('2026-03-01'));
});

describe('the age limit, evaluated at the date the fact happened', () => {
  it('accepts a command at 17 years and 364 days', () => given(opened).when(call('2026-11-10T12:00:00Z')).thenEvents([contactRecorded]));

  it('refuses a command on the 18th birthday, naming the limit', () =>
    given(opened)
      .when(call('2026-11-11T08:00:00Z'))
      .thenThrows('MINOR_OVER_AGE_LIMIT', 409, (e) => expect(e.extensions.limit).toBe('2026-11-10')));

  it('counts the birthday from midnight in Rome, not UTC', () =>
    given(opened).when(call('2026-11-10T23:30:00Z')).thenThrows('MINOR_OVER_AGE_LIMIT'));

  it('accepts a late recording of a fact that happened before the birthday', () =>
    given(opened).when(call('2026-11-09T09:00:00Z')).thenEvents([contactRecorded]));

  it('opens a case at 17y364d, not on the 18th birthday', () => {
    const open = (occurredAt: string): OpenCase => ({
      type: 'OpenCase',
      ...on(occurredAt),
      familyId: FAMILY_ID,
      minorId: MINOR_ID,
      intake: spontaneousIntake,
    });
    const family = familyWithMinorBornOn(BORN);
    given().when(open('2026-11-10T12:00:00Z'), { family }).thenEvents([opened]);
    given().when(open('2026-11-11T12:00:00Z'), { family }).thenThrows('MINOR_OVER_AGE_LIMIT', 409);
  });

  it('still lets an over-age case close, but not reopen', () => {
    given(opened)
      .when({ type: 'CloseCase', ...on('2027-01-10T09:00:00Z'), reason: 'age-limit-reached' })
      .thenEvents([{ type: 'CaseClosed', data: { caseId: CASE_ID, reason: 'age-limit-reached' } }]);
    given(opened, caseClosed)
      .when({ type: 'ReopenCase', ...on('2027-01-10T09:00:00Z'), reason: 'x' }, {})
      .thenThrows('MINOR_OVER_AGE_LIMIT', 409);
  });
});

describe('prosieguo amministrativo', () => {
  it('is granted by decree with the young person consent', () =>
    given(opened)
      .when(grant('2026-10-01T09:00:00Z', '2028-06-30'))
      .thenEvents([
        {
          type: 'ProsieguoAmministrativoGranted',
          data: {
            caseId: CASE_ID,
            authority: 'tribunale-per-i-minorenni',
            decreeNumber: '9/2026',
            decreeDate: '2026-10-01',
            until: '2028-06-30',
            youngPersonConsentedAt: '2026-10-01',
          },
        },
      ]));

  it('carries the case past 18 until its end, and no further', () => {
    given(opened, prosieguoUntil('2028-06-30')).when(call('2028-06-30T20:00:00Z')).thenEvents([contactRecorded]);
    given(opened, prosieguoUntil('2028-06-30')).when(call('2028-06-30T22:30:00Z')).thenThrows('MINOR_OVER_AGE_LIMIT', 409);
  });

  it('can be recorded after the 18th birthday, when the decree arrives late', () =>
    given(opened)
      .when(grant('2026-12-01T09:00:00Z', '2027-11-10'))
      .thenEvents([expect.objectContaining({ type: 'ProsieguoAmministrativoGranted' })]));

  it('is extended by a further decree, even after the first one ended', () => {
    given(opened, prosieguoUntil('2027-11-10')).when(call('2028-01-10T09:00:00Z')).thenThrows('MINOR_OVER_AGE_LIMIT');
    given(opened, prosieguoUntil('2027-11-10'))
      .when(grant('2028-01-10T09:00:00Z', '2029-06-30'))
      .thenEvents([expect.objectContaining({ type: 'ProsieguoAmministrativoGranted' })]);
    given(opened, prosieguoUntil('2027-11-10'), prosieguoUntil('2029-06-30'))
      .when(call('2028-01-10T09:00:00Z'))
      .thenEvents([contactRecorded]);
  });

  it('lasts at most to the 21st birthday', () => {
    given(opened)
      .when(grant('2026-10-01T09:00:00Z', '2029-11-11'))
      .thenEvents([expect.objectContaining({ type: 'ProsieguoAmministrativoGranted' })]);
    given(opened)
      .when(grant('2026-10-01T09:00:00Z', '2029-11-12'))
      .thenThrows('PROSIEGUO_BEYOND_21', 409, (e) => expect(e.extensions.twentyFirstBirthday).toBe('2029-11-11'));
  });

  it('cannot be granted for a period already over when the decree came', () =>
    given(opened).when(grant('2029-12-01T09:00:00Z', '2029-11-11')).thenThrows('MINOR_OVER_AGE_LIMIT', 409));

  it('is refused on a closed case', () =>
    given(opened, caseClosed).when(grant('2026-10-01T09:00:00Z', '2028-06-30')).thenThrows('CASE_CLOSED', 409));
});

describe('age in whole years', () => {
  it('turns on the birthday itself, and a 29 February birthday on 1 March in common years', () => {
    expect(ageOn('2014-05-01', '2026-04-30')).toBe(11);
    expect(ageOn('2014-05-01', '2026-05-01')).toBe(12);
    expect(ageOn('2012-02-29', '2026-02-28')).toBe(13);
    expect(ageOn('2012-02-29', '2026-03-01')).toBe(14);
    expect(ageOn('2012-02-29', '2028-02-29')).toBe(16);
  });
});
