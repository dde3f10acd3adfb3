import { deciderSpec } from '../../common/testing/decider-spec';
import { caseDecider } from '../case.decider';
import { CASE_ID, NOW, caseOpened, id } from '../testing/case.fixtures';

const seal = 'fedcba9876543210fedcba9876543210';
const entry = {
  kind: 'evaluation' as const,
  method: 'colloquio clinico',
  text: 'Ansia da separazione.',
  restrictedTo: 'psychological' as const,
  seal,
};
const contact = {
  type: 'RecordContact' as const,
  caseId: CASE_ID,
  contactId: id(40),
  kind: 'interview' as const,
  participants: ['minore'],
};
const as = (role: string) => deciderSpec(caseDecider, { now: NOW, actor: { id: 'w', role } }).given;

describe('restricting an entry to a discipline', () => {
  it('is for a worker of that discipline: the psychologist restricts her evaluation', () =>
    as('psychologist')(caseOpened())
      .when({ ...contact, entries: [entry] })
      .thenEvents([
        {
          type: 'ContactRecorded',
          data: { caseId: CASE_ID, contactId: id(40), kind: 'interview', participants: ['minore'], entries: [entry] },
        },
      ]));

  it('is refused to anyone else, who could not read it back', () => {
    as('social-worker')(caseOpened())
      .when({ ...contact, entries: [entry] })
      .thenThrows('RESTRICTION_NOT_YOUR_DISCIPLINE', 403);
    as('coordinator')(caseOpened())
      .when({ ...contact, entries: [entry] })
      .thenThrows('RESTRICTION_NOT_YOUR_DISCIPLINE', 403);
  });

  it('needs the seal its text is hashed with', () =>
    as('psychologist')(caseOpened())
      .when({ ...contact, entries: [{ ...entry, seal: undefined }] })
      .thenThrows('ENTRY_SEAL_INVALID', 400));
});
