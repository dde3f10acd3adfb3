import { deciderSpec } from '../../common/testing/decider-spec';
import { caseDecider } from '../case.decider';
import { CaseEvent } from '../case.events';
import { CASE_ID, NOW, caseOpened, id } from '../testing/case.fixtures';

const { given } = deciderSpec(caseDecider, { now: NOW });
const opened = caseOpened();

const hearing = {
  type: 'HearChild' as const,
  caseId: CASE_ID,
  hearingId: id(50),
  occurredAt: '2026-11-10T10:00:00.000Z',
  place: 'Stanza di ascolto',
  heardBy: ['paola'],
  present: ['curatore speciale'],
  method: 'Colloquio libero con disegno',
  statements: [{ kind: 'statement' as const, statedBy: 'minore', text: 'A casa si urla.' }],
  wishes: [{ about: 'placement' as const, text: 'Restare vicino alla nonna.' }],
};
const heard: CaseEvent = {
  type: 'ChildHeard',
  data: {
    caseId: CASE_ID,
    hearingId: id(50),
    heardAt: '2026-11-10T10:00:00.000Z',
    place: 'Stanza di ascolto',
    heardBy: ['paola'],
    present: ['curatore speciale'],
    method: 'Colloquio libero con disegno',
    statements: [{ kind: 'statement', statedBy: 'minore', text: 'A casa si urla.' }],
    wishes: [{ about: 'placement', text: 'Restare vicino alla nonna.' }],
  },
};

describe('hearing the child (ascolto del minore)', () => {
  it("records the child's words as statements by the minor, and their wishes", () => given(opened).when(hearing).thenEvents([heard]));

  it('asks why a child under 12 is capable of discernment (art. 336-bis c.c.)', () => {
    given(caseOpened('2017-01-01')).when(hearing).thenThrows('DISCERNMENT_NOT_STATED', 400);
    given(caseOpened('2017-01-01'))
      .when({ ...hearing, discernment: 'Si esprime con chiarezza, comprende le domande' })
      .thenEvents([{ ...heard, data: { ...heard.data, discernment: 'Si esprime con chiarezza, comprende le domande' } } as CaseEvent]);
  });

  it('refuses a hearing without words or wishes, one in the future, and the same hearing twice', () => {
    given(opened)
      .when({ ...hearing, statements: [], wishes: [] })
      .thenThrows('HEARING_WITHOUT_WORDS', 400);
    given(opened)
      .when({ ...hearing, occurredAt: '2026-12-01T10:00:00.000Z' })
      .thenThrows('OCCURRED_AT_IN_FUTURE');
    given(opened, heard).when(hearing).thenThrows('ID_ALREADY_USED');
    given(opened)
      .when({ ...hearing, occurredAt: '2026-11-10T09:00:00.000Z' })
      .thenThrows('HEARD_BEFORE_CASE_OPENED', 400);
  });
});
