import { deciderSpec } from '../../common/testing/decider-spec';
import { caseDecider } from '../case.decider';
import { CaseEvent } from '../case.events';
import { CASE_ID, NOW, caseOpened, on } from '../testing/case.fixtures';

/** Later decrees of a proceeding act on its mandates in force, found by R.G. number however it is written. */
const { given } = deciderSpec(caseDecider, { now: NOW });

const tm = 'tribunale-per-i-minorenni';
const mandate: CaseEvent = {
  type: 'JudicialMandateReceived',
  data: {
    caseId: CASE_ID,
    authority: tm,
    proceedingNumber: '123/2026 R.G.',
    decreeDate: '2026-03-02',
    mandates: ['investigation-and-assessment'],
    reportDeadlines: ['2026-06-30'],
  },
};
const decree = { authority: tm, decreeNumber: '77/2026', decreeDate: '2026-11-02' };
const modify = {
  type: 'ModifyJudicialMandate' as const,
  ...on(),
  ...decree,
  proceedingNumber: 'RG 123/2026',
  prescriptions: 'sostegno alla madre',
  mandates: ['support-and-control' as const],
  reportEveryMonths: 6,
};
const end = { type: 'EndJudicialMandate', ...on(), ...decree, proceedingNumber: '123/2026', endedOn: '2026-11-05' } as const;
const ended: CaseEvent = {
  type: 'JudicialMandateEnded',
  data: { caseId: CASE_ID, ...decree, proceedingNumber: '123/2026', endedOn: '2026-11-05', reason: undefined },
};

describe('mandates changed by later decrees', () => {
  it('are modified: what the service must do, and a standing report interval', () =>
    given(caseOpened(), mandate)
      .when(modify)
      .thenEvents([
        {
          type: 'JudicialMandateModified',
          data: {
            caseId: CASE_ID,
            ...decree,
            proceedingNumber: 'RG 123/2026',
            prescriptions: 'sostegno alla madre',
            mandates: ['support-and-control'],
            reportDeadlines: undefined,
            reportEveryMonths: 6,
          },
        },
      ]));

  it('are ended, once', () => {
    given(caseOpened(), mandate).when(end).thenEvents([ended]);
    given(caseOpened(), mandate, ended).when(end).thenThrows('MANDATE_ALREADY_ENDED', 409);
    given(caseOpened(), mandate, ended).when(modify).thenThrows('MANDATE_ALREADY_ENDED', 409);
  });

  it('name a proceeding of this case, and come after its decree', () => {
    given(caseOpened(), mandate)
      .when({ ...modify, proceedingNumber: '999/2026' })
      .thenThrows('MANDATE_NOT_FOUND', 404);
    given(caseOpened(), mandate)
      .when({ ...modify, decreeDate: '2026-01-01' })
      .thenThrows('END_BEFORE_START', 400);
    given(caseOpened(), mandate)
      .when({ ...end, endedOn: '2026-11-01' })
      .thenThrows('END_BEFORE_START', 400);
    given(caseOpened(), mandate)
      .when({ ...modify, reportDeadlines: ['2026-10-01'] })
      .thenThrows('END_BEFORE_START', 400);
  });
});
