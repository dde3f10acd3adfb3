import { deciderSpec } from '../../common/testing/decider-spec';
import { caseDecider } from '../case.decider';
import { CaseEvent } from '../case.events';
import { CASE_ID, FOSTER_CARER_ID, MOTHER_ID, NOW, caseOpened, id, on, placeFacts } from '../testing/case.fixtures';

const { given } = deciderSpec(caseDecider, { now: NOW, facts: placeFacts() });

const M = id(20);
const proposed: CaseEvent = {
  type: 'ProtectionMeasureProposed',
  data: {
    caseId: CASE_ID,
    measureId: M,
    kind: 'foster-care',
    legalBasis: 'l184-art4-consensual-affido',
    placeKind: 'foster-family',
    reason: 'mother in hospital for months',
  },
};
const decree = { authority: 'giudice-tutelare', decreeNumber: '45/2026', decreeDate: '2026-11-05' };
const motherConsent = { name: 'Maria Esposito', role: 'parent' as const, memberId: MOTHER_ID, consentedAt: '2026-11-03' };
const order = {
  measureId: M,
  ...decree,
  legalBasis: 'l184-art4-consensual-affido' as const,
  startsOn: '2026-11-06',
  endsOn: '2028-11-05',
  consents: [motherConsent],
  placedWith: { fosterCarerId: FOSTER_CARER_ID },
};
const withCarers = { kind: 'foster-carer' as const, fosterCarerId: FOSTER_CARER_ID, name: 'Luca Rossi, Anna Bianchi' };
const ordered: CaseEvent = { type: 'ProtectionMeasureOrdered', data: { caseId: CASE_ID, ...order, placedWith: withCarers } };
const endingDecree = { authority: 'giudice-tutelare', decreeNumber: '51/2026', decreeDate: '2026-11-09' };
const ended: CaseEvent = {
  type: 'ProtectionMeasureEnded',
  data: { caseId: CASE_ID, measureId: M, endedOn: '2026-11-10', reason: 'return home', decree: endingDecree },
};

describe('protection measures', () => {
  it('is proposed with kind, legal basis and reason', () =>
    given(caseOpened())
      .when({
        type: 'ProposeProtectionMeasure',
        ...on(),
        measureId: M,
        kind: 'foster-care',
        legalBasis: 'l184-art4-consensual-affido',
        placeKind: 'foster-family',
        reason: 'mother in hospital for months',
      })
      .thenEvents([proposed]));

  it('is ordered by decree; a consensual affido records the parents consent', () =>
    given(caseOpened(), proposed)
      .when({ type: 'OrderProtectionMeasure', ...on(), ...order })
      .thenEvents([ordered]));

  it('refuses a consensual affido without the consent of a parent or guardian', () => {
    given(caseOpened(), proposed)
      .when({ type: 'OrderProtectionMeasure', ...on(), ...order, consents: [] })
      .thenThrows('PARENTAL_CONSENT_REQUIRED', 400);
    given(caseOpened(), proposed)
      .when({ type: 'OrderProtectionMeasure', ...on(), ...order, consents: [{ ...motherConsent, role: 'other-adult' }] })
      .thenThrows('PARENTAL_CONSENT_REQUIRED', 400);
  });

  it('orders a judicial measure without consent', () => {
    const limitation = { ...order, legalBasis: 'art-333-cc' as const, consents: undefined, authority: 'tribunale-per-i-minorenni' };
    given(caseOpened(), proposed)
      .when({ type: 'OrderProtectionMeasure', ...on(), ...limitation })
      .thenEvents([{ type: 'ProtectionMeasureOrdered', data: { caseId: CASE_ID, ...limitation, placedWith: withCarers } }]);
  });

  it('refuses to order an unknown, already ordered or ended measure', () => {
    given(caseOpened())
      .when({ type: 'OrderProtectionMeasure', ...on(), ...order })
      .thenThrows('MEASURE_NOT_FOUND', 404);
    given(caseOpened(), proposed, ordered)
      .when({ type: 'OrderProtectionMeasure', ...on(), ...order })
      .thenThrows('MEASURE_ALREADY_ORDERED', 409);
    given(caseOpened(), proposed, ended)
      .when({ type: 'OrderProtectionMeasure', ...on(), ...order })
      .thenThrows('MEASURE_ALREADY_ENDED', 409);
  });

  it('refuses a decree dated after the fact and an end before the start', () => {
    given(caseOpened(), proposed)
      .when({ type: 'OrderProtectionMeasure', ...on(), ...order, decreeDate: '2026-11-20' })
      .thenThrows('DATE_AFTER_OCCURRED_AT', 400);
    given(caseOpened(), proposed)
      .when({ type: 'OrderProtectionMeasure', ...on(), ...order, endsOn: '2026-11-01' })
      .thenThrows('END_BEFORE_START', 400);
  });

  it('ends a measure, once', () => {
    given(caseOpened(), proposed, ordered)
      .when({ type: 'EndProtectionMeasure', ...on(), measureId: M, endedOn: '2026-11-10', reason: 'return home', decree: endingDecree })
      .thenEvents([ended]);
    given(caseOpened(), proposed, ordered, ended)
      .when({ type: 'EndProtectionMeasure', ...on(), measureId: M, endedOn: '2026-11-10', reason: 'again' })
      .thenThrows('MEASURE_ALREADY_ENDED', 409);
    given(caseOpened())
      .when({ type: 'EndProtectionMeasure', ...on(), measureId: M, endedOn: '2026-11-10', reason: 'x' })
      .thenThrows('MEASURE_NOT_FOUND', 404);
  });

  it('rests only on a legal basis its kind allows (one table: MEASURE_LEGAL_BASES), when proposed and when ordered', () => {
    const propose = (
      kind: 'foster-care' | 'emergency-placement' | 'loss-of-parental-responsibility',
      legalBasis: 'art-330-cc' | 'art-403-cc' | 'art-333-cc',
    ) => ({ type: 'ProposeProtectionMeasure', ...on(), measureId: id(21), kind, legalBasis, reason: 'x' }) as const;
    given(caseOpened())
      .when(propose('emergency-placement', 'art-333-cc'))
      .thenThrows('LEGAL_BASIS_INCOMPATIBLE', 409, (e) => expect(e.extensions).toMatchObject({ allowed: ['art-403-cc'] }));
    given(caseOpened()).when(propose('loss-of-parental-responsibility', 'art-333-cc')).thenThrows('LEGAL_BASIS_INCOMPATIBLE', 409);
    given(caseOpened()).when(propose('foster-care', 'art-403-cc')).thenThrows('LEGAL_BASIS_INCOMPATIBLE', 409);
    given(caseOpened())
      .when(propose('foster-care', 'art-330-cc'))
      .thenEvents([expect.objectContaining({ type: 'ProtectionMeasureProposed' })]);
    given(caseOpened(), proposed)
      .when({ type: 'OrderProtectionMeasure', ...on(), ...order, legalBasis: 'art-403-cc' })
      .thenThrows('LEGAL_BASIS_INCOMPATIBLE', 409);
  });
});
