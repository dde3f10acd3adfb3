import { deciderSpec } from '../../common/testing/decider-spec';
import { partnerDecider } from './partner.decider';
import { PartnerEvent } from './partner.events';

const now = new Date('2026-11-25T10:00:00Z');
const partnerId = '0f8fad5b-d9cb-469f-a165-70867728950e';
const contact = { name: 'prof.ssa Anna Bianchi', role: 'referente benessere', email: 'anna@icmanzoni.edu.it' };
const registered: PartnerEvent = {
  type: 'PartnerRegistered',
  data: { partnerId, kind: 'school', name: 'IC Manzoni', municipality: '015146', contact },
};
const deactivated: PartnerEvent = { type: 'PartnerDeactivated', data: { partnerId, reason: 'Project ended' } };

const { given } = deciderSpec(partnerDecider, { now });

describe('community partners', () => {
  it('registers a partner once', () => {
    given()
      .when({ type: 'RegisterPartner', ...registered.data })
      .thenEvents([registered]);
    given(registered)
      .when({ type: 'RegisterPartner', ...registered.data })
      .thenThrows('PARTNER_ALREADY_REGISTERED', 409);
  });

  it('refuses a municipality no current comune has the ISTAT code of', () => {
    given()
      .when({ type: 'RegisterPartner', ...registered.data, municipality: '999999' })
      .thenThrows('MUNICIPALITY_UNKNOWN', 400);
  });

  it('updates the contact of a registered partner, unless nothing changes', () => {
    const newContact = { name: 'prof. Marco Neri', role: 'vicepreside' };
    given(registered)
      .when({ type: 'UpdatePartnerContact', partnerId, contact: newContact })
      .thenEvents([{ type: 'PartnerContactUpdated', data: { partnerId, contact: newContact } }]);
    given(registered).when({ type: 'UpdatePartnerContact', partnerId, contact }).thenThrows('CONTACT_UNCHANGED', 409);
    given().when({ type: 'UpdatePartnerContact', partnerId, contact }).thenThrows('PARTNER_NOT_FOUND', 404);
  });

  it('deactivates an active partner and reactivates an inactive one, never twice', () => {
    given(registered).when({ type: 'DeactivatePartner', partnerId, reason: 'Project ended' }).thenEvents([deactivated]);
    given(registered, deactivated).when({ type: 'DeactivatePartner', partnerId, reason: 'again' }).thenThrows('PARTNER_INACTIVE', 409);
    given(registered, deactivated)
      .when({ type: 'ReactivatePartner', partnerId, reason: 'New project' })
      .thenEvents([{ type: 'PartnerReactivated', data: { partnerId, reason: 'New project' } }]);
    given(registered).when({ type: 'ReactivatePartner', partnerId, reason: 'x' }).thenThrows('PARTNER_ALREADY_ACTIVE', 409);
  });
});
