import { deciderSpec } from '../../common/testing/decider-spec';
import { initiativeDecider } from './initiative.decider';
import { InitiativeEvent } from './initiative.events';
import { InitiativeFacts } from './initiatives.decide';

const now = new Date('2026-11-25T10:00:00Z');
const initiativeId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const schoolId = '0f8fad5b-d9cb-469f-a165-70867728950e';
const plan = {
  title: 'Stare bene a scuola',
  kind: 'awareness' as const,
  municipalities: ['015146'],
  partnerIds: [schoolId],
  scheduledAt: '2026-11-20T17:00:00.000Z',
  place: 'Aula magna, IC Manzoni',
};
const planned: InitiativeEvent = { type: 'InitiativePlanned', data: { initiativeId, ...plan } };
const participants = { parents: 40, minors: 0, teachers: 12, operators: 3, citizens: 5 };
const held: InitiativeEvent = { type: 'InitiativeHeld', data: { initiativeId, participants } };
const cancelled: InitiativeEvent = { type: 'InitiativeCancelled', data: { initiativeId, reason: 'Strike' } };
const activeSchool: InitiativeFacts = { partners: [{ partnerId: schoolId, active: true }] };

const { given } = deciderSpec(initiativeDecider, { now, facts: activeSchool });

describe('community initiatives', () => {
  it('plans an initiative with active partners only', () => {
    given()
      .when({ type: 'PlanInitiative', initiativeId, ...plan })
      .thenEvents([planned]);
    given()
      .when({ type: 'PlanInitiative', initiativeId, ...plan }, { partners: [] })
      .thenThrows('PARTNER_NOT_FOUND', 404);
    given()
      .when({ type: 'PlanInitiative', initiativeId, ...plan }, { partners: [{ partnerId: schoolId, active: false }] })
      .thenThrows('PARTNER_INACTIVE', 409);
    given(planned)
      .when({ type: 'PlanInitiative', initiativeId, ...plan })
      .thenThrows('INITIATIVE_ALREADY_PLANNED', 409);
  });

  it('refuses a promoting municipality no current comune has the ISTAT code of', () => {
    given()
      .when({ type: 'PlanInitiative', initiativeId, ...plan, municipalities: ['015146', '000000'] })
      .thenThrows('MUNICIPALITY_UNKNOWN', 400);
  });

  it('holds a planned initiative once, on or after its date, with its participants', () => {
    given(planned).when({ type: 'HoldInitiative', initiativeId, participants }).thenEvents([held]);
    given(planned, held).when({ type: 'HoldInitiative', initiativeId, participants }).thenThrows('INITIATIVE_ALREADY_HELD', 409);
    given(planned)
      .when({ type: 'HoldInitiative', initiativeId, participants, occurredAt: '2026-11-19T10:00:00Z' })
      .thenThrows('INITIATIVE_NOT_YET_DUE', 409);
    given().when({ type: 'HoldInitiative', initiativeId, participants }).thenThrows('INITIATIVE_NOT_FOUND', 404);
    given(planned)
      .when({ type: 'HoldInitiative', initiativeId, participants, occurredAt: '2026-11-26T10:00:00Z' })
      .thenThrows('OCCURRED_AT_IN_FUTURE', 400);
  });

  it('cannot hold a cancelled initiative, nor cancel a held one', () => {
    given(planned).when({ type: 'CancelInitiative', initiativeId, reason: 'Strike' }).thenEvents([cancelled]);
    given(planned, cancelled).when({ type: 'HoldInitiative', initiativeId, participants }).thenThrows('INITIATIVE_CANCELLED', 409);
    given(planned, held).when({ type: 'CancelInitiative', initiativeId, reason: 'late' }).thenThrows('INITIATIVE_ALREADY_HELD', 409);
  });
});
