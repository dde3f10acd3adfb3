import { deciderSpec } from '../../common/testing/decider-spec';
import { fosterCarerDecider } from './foster-carer.decider';
import { FosterCarerEvent } from './foster-carer.events';
import { FosterCarerFacts } from './foster-carers.decide';

const now = new Date('2026-11-25T10:00:00Z');
const fosterCarerId = '2b0e7f4c-1a52-4c1e-8d43-0a9f6c3e5b21';
const familyId = '7d9a3c1e-5f2b-4e8a-b6c4-1e2f3a4b5c6d';
const luca = '11111111-1111-4111-8111-111111111111';
const anna = '22222222-2222-4222-8222-222222222222';
const giulia = '33333333-3333-4333-8333-333333333333';
const facts: FosterCarerFacts = {
  family: {
    familyId,
    members: [
      { id: luca, role: 'parent', birthDate: '1980-04-02', name: 'Luca Rossi' },
      { id: anna, role: 'other-adult', birthDate: '1982-09-15', name: 'Anna Bianchi' },
      { id: giulia, role: 'minor', birthDate: '2015-01-20', name: 'Giulia Rossi' },
    ],
  },
};
const availability = { accepts: ['residential' as const, 'emergency' as const], places: 2 };
const register = {
  type: 'RegisterFosterCarer' as const,
  fosterCarerId,
  familyId,
  carerIds: [luca, anna],
  availability,
  assessedOn: '2026-06-10',
};
const registered: FosterCarerEvent = {
  type: 'FosterCarerRegistered',
  data: {
    fosterCarerId,
    familyId,
    carers: [
      { memberId: luca, name: 'Luca Rossi' },
      { memberId: anna, name: 'Anna Bianchi' },
    ],
    availability,
    assessedOn: '2026-06-10',
  },
};
const withdrawn: FosterCarerEvent = {
  type: 'FosterCarerWithdrawn',
  data: { fosterCarerId, withdrawnOn: '2026-11-20', reason: 'moved away' },
};

const { given } = deciderSpec(fosterCarerDecider, { now, facts });

describe('foster carers registry', () => {
  it('registers adults of a registered household as carers, named as the family records them', () => {
    given().when(register).thenEvents([registered]);
    given(registered).when(register).thenThrows('FOSTER_CARER_ALREADY_REGISTERED', 409);
  });

  it('refuses a household that is not registered', () => given().when(register, {}).thenThrows('FAMILY_NOT_FOUND', 404));

  it('refuses a carer who is not a member of the household', () =>
    given()
      .when({ ...register, carerIds: [luca, '44444444-4444-4444-8444-444444444444'] })
      .thenThrows('CARER_NOT_IN_FAMILY', 409));

  it('refuses a minor as carer, by role or by age on the assessment date', () => {
    given()
      .when({ ...register, carerIds: [giulia] })
      .thenThrows('CARER_IS_A_MINOR', 409);
    const young = { family: { familyId, members: [{ id: luca, role: 'other-adult' as const, birthDate: '2009-01-01', name: 'Luca' }] } };
    given()
      .when({ ...register, carerIds: [luca] }, young)
      .thenThrows('CARER_IS_A_MINOR', 409);
  });

  it('refuses an assessment dated in the future', () =>
    given()
      .when({ ...register, assessedOn: '2026-12-01' })
      .thenThrows('DATE_AFTER_OCCURRED_AT', 400));

  it('changes the availability of an active household, unless nothing changes', () => {
    const more = { accepts: ['part-time' as const], places: 1 };
    given(registered)
      .when({ type: 'ChangeFosterAvailability', fosterCarerId, availability: more })
      .thenEvents([{ type: 'FosterCarerAvailabilityChanged', data: { fosterCarerId, availability: more } }]);
    given(registered)
      .when({ type: 'ChangeFosterAvailability', fosterCarerId, availability: { accepts: ['emergency', 'residential'], places: 2 } })
      .thenThrows('AVAILABILITY_UNCHANGED', 409);
    given(registered, withdrawn)
      .when({ type: 'ChangeFosterAvailability', fosterCarerId, availability: more })
      .thenThrows('FOSTER_CARER_WITHDRAWN', 409);
  });

  it('withdraws an active household once', () => {
    given(registered)
      .when({ type: 'WithdrawFosterCarer', fosterCarerId, withdrawnOn: '2026-11-20', reason: 'moved away' })
      .thenEvents([withdrawn]);
    given(registered, withdrawn)
      .when({ type: 'WithdrawFosterCarer', fosterCarerId, withdrawnOn: '2026-11-20', reason: 'again' })
      .thenThrows('FOSTER_CARER_WITHDRAWN', 409);
    given()
      .when({ type: 'WithdrawFosterCarer', fosterCarerId, withdrawnOn: '2026-11-20', reason: 'x' })
      .thenThrows('FOSTER_CARER_NOT_FOUND', 404);
  });
});
