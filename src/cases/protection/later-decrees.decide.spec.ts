import { deciderSpec } from '../../common/testing/decider-spec';
import { caseDecider } from '../case.decider';
import { CaseEvent } from '../case.events';
import { CASE_ID, NOW, caseOpened, id, on } from '../testing/case.fixtures';

/** Decrees after the order: proroga, modification, the end before the term (L. 184/1983 art. 4 c. 4). */
const { given } = deciderSpec(caseDecider, { now: NOW });

const M = id(30);
const judicialAffido = 'l184-art4-judicial-affido' as const;
const tm = 'tribunale-per-i-minorenni';
const proposed = (legalBasis: 'l184-art4-judicial-affido' | 'art-333-cc' = judicialAffido): CaseEvent => ({
  type: 'ProtectionMeasureProposed',
  data: {
    caseId: CASE_ID,
    measureId: M,
    kind: legalBasis === judicialAffido ? 'foster-care' : 'limitation-of-parental-responsibility',
    legalBasis,
    reason: 'x',
  },
});
const orderedOn = { authority: tm, decreeNumber: '10/2025', decreeDate: '2025-01-10' };
/** An affido from 2025-01-15 with no end in its decree: its term is 24 months later, 2027-01-15. */
const affidoOrdered: CaseEvent = {
  type: 'ProtectionMeasureOrdered',
  data: { caseId: CASE_ID, measureId: M, ...orderedOn, legalBasis: judicialAffido, startsOn: '2025-01-15' },
};
const limitationOrdered: CaseEvent = {
  type: 'ProtectionMeasureOrdered',
  data: { caseId: CASE_ID, measureId: M, ...orderedOn, legalBasis: 'art-333-cc' },
};
const affido = [caseOpened(), proposed(), affidoOrdered];
const laterDecree = { authority: tm, decreeNumber: '99/2026', decreeDate: '2026-11-02' };
const extend = {
  type: 'ExtendProtectionMeasure',
  ...on(),
  measureId: M,
  ...laterDecree,
  endsOn: '2028-01-15',
  reason: 'pregiudizio',
} as const;
const modify = { type: 'ModifyProtectionMeasure', ...on(), measureId: M, ...laterDecree, prescriptions: 'incontri protetti' } as const;

describe('an affido extended by the TM (proroga)', () => {
  it('moves the term from the one in force, keeping the report interval', () =>
    given(...affido)
      .when({ ...extend, reportEveryMonths: 4 })
      .thenEvents([
        {
          type: 'ProtectionMeasureExtended',
          data: {
            caseId: CASE_ID,
            measureId: M,
            ...laterDecree,
            legalBasis: judicialAffido,
            previousEndsOn: '2027-01-15',
            endsOn: '2028-01-15',
            reason: 'pregiudizio',
            reportEveryMonths: 4,
          },
        },
      ]));

  it('is made by the TM only, to a later end, before the term runs out', () => {
    given(...affido)
      .when({ ...extend, authority: 'giudice-tutelare' })
      .thenThrows('EXTENSION_NOT_BY_TM', 400);
    given(...affido)
      .when({ ...extend, endsOn: '2027-01-15' })
      .thenThrows('EXTENSION_NOT_LATER', 400);
    const shortAffido = { ...affidoOrdered, data: { ...affidoOrdered.data, endsOn: '2026-10-31' } } as CaseEvent;
    given(caseOpened(), proposed(), shortAffido)
      .when(extend)
      .thenThrows('MEASURE_TERM_EXPIRED', 409, (e) => expect(e.extensions).toMatchObject({ endsOn: '2026-10-31' }));
  });

  it('needs an ordered measure with a term, and a decree after the order', () => {
    given(caseOpened(), proposed()).when(extend).thenThrows('MEASURE_NOT_ORDERED', 409);
    given(caseOpened(), proposed('art-333-cc'), limitationOrdered).when(extend).thenThrows('MEASURE_WITHOUT_TERM', 409);
    given(...affido)
      .when({ ...extend, decreeDate: '2025-01-01' })
      .thenThrows('END_BEFORE_START', 400);
    given(...affido)
      .when({ ...extend, decreeDate: '2026-11-20' })
      .thenThrows('DATE_AFTER_OCCURRED_AT', 400);
  });

  it('is refused on an ended measure', () => {
    const ended: CaseEvent = {
      type: 'ProtectionMeasureEnded',
      data: { caseId: CASE_ID, measureId: M, endedOn: '2026-06-01', reason: 'home', decree: { ...laterDecree, decreeDate: '2026-05-30' } },
    };
    given(...affido, ended)
      .when(extend)
      .thenThrows('MEASURE_ALREADY_ENDED', 409);
  });

  it('keeps the affido term in force when only the interval changes', () =>
    given(...affido)
      .when({ ...modify, reportEveryMonths: 3 })
      .thenEvents([
        expect.objectContaining({
          type: 'ProtectionMeasureModified',
          data: expect.objectContaining({ inForce: { endsOn: '2027-01-15', reportEveryMonths: 3 } }),
        }),
      ]));
});

describe('a measure modified by decree', () => {
  it('records the prescriptions and the terms in force', () =>
    given(caseOpened(), proposed('art-333-cc'), limitationOrdered)
      .when({ ...modify, reportEveryMonths: 6 })
      .thenEvents([
        {
          type: 'ProtectionMeasureModified',
          data: {
            caseId: CASE_ID,
            measureId: M,
            ...laterDecree,
            legalBasis: 'art-333-cc',
            prescriptions: 'incontri protetti',
            endsOn: undefined,
            reportEveryMonths: 6,
            inForce: { endsOn: undefined, reportEveryMonths: 6 },
          },
        },
      ]));

  it('may bring the end forward, never later: that is an extension', () => {
    given(...affido)
      .when({ ...modify, endsOn: '2026-12-31' })
      .thenEvents([
        expect.objectContaining({ data: expect.objectContaining({ inForce: { endsOn: '2026-12-31', reportEveryMonths: undefined } }) }),
      ]);
    given(...affido)
      .when({ ...modify, endsOn: '2027-06-30' })
      .thenThrows('LATER_END_IS_EXTENSION', 400);
    given(...affido)
      .when({ ...modify, endsOn: '2026-10-01' })
      .thenThrows('END_BEFORE_START', 400);
  });
});

describe('a court-ordered measure ended', () => {
  const end = { type: 'EndProtectionMeasure', ...on(), measureId: M, endedOn: '2026-11-05', reason: 'rientro in famiglia' } as const;

  it('before its term needs the decree that ends it', () => {
    given(...affido)
      .when(end)
      .thenThrows('DECREE_REQUIRED', 400, (e) => expect(e.extensions).toMatchObject({ term: '2027-01-15' }));
    given(caseOpened(), proposed('art-333-cc'), limitationOrdered).when(end).thenThrows('DECREE_REQUIRED', 400);
    given(...affido)
      .when({ ...end, decree: laterDecree })
      .thenEvents([
        {
          type: 'ProtectionMeasureEnded',
          data: { caseId: CASE_ID, measureId: M, endedOn: '2026-11-05', reason: 'rientro in famiglia', decree: laterDecree },
        },
      ]);
  });

  it('at its term needs none, nor does a proposal withdrawn', () => {
    const runOut = { ...affidoOrdered, data: { ...affidoOrdered.data, endsOn: '2026-11-01' } } as CaseEvent;
    given(caseOpened(), proposed(), runOut)
      .when({ ...end, endedOn: '2026-11-01' })
      .thenEvents([expect.objectContaining({ type: 'ProtectionMeasureEnded' })]);
    given(caseOpened(), proposed())
      .when(end)
      .thenEvents([expect.objectContaining({ type: 'ProtectionMeasureEnded' })]);
  });
});
