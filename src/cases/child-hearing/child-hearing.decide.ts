import { Dated } from '../../common/decider';
import { InvalidInputError } from '../../common/domain-error';
import { ageOn, romeDate } from '../case.age';
import { Carrying, CaseContext } from '../case.command';
import { CaseEvent } from '../case.events';
import { assertNewId, guard } from '../case.guards';
import { CaseState } from '../case.state';

/** heardAt is the command's occurredAt: when the child was heard. */
export type HearChild = Omit<Carrying<'HearChild', 'ChildHeard'>, 'heardAt'>;
export type ChildHearingCommand = HearChild;

/** Art. 315-bis and 336-bis c.c.: the minor of twelve is heard; a younger one when capable of discernment. */
const HEARING_AGE = 12;

/**
 * The service's hearing of the child (ascolto del minore), its own fact: who listened, where, how, with whom, the
 * child's words (statements by the minor) and wishes. The judge's own hearing is the court's record, not this.
 */
export const hearChild = (cmd: Dated<HearChild>, state: CaseState, { now }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  assertNewId(state.childHearings, 'child hearing', cmd.hearingId);
  const opened = state.history.find((milestone) => milestone.kind === 'opened');
  if (opened?.occurredAt && cmd.occurredAt < opened.occurredAt) {
    throw new InvalidInputError('HEARD_BEFORE_CASE_OPENED', 'The hearing cannot come before the case was opened', {
      openedAt: opened.occurredAt,
    });
  }
  if (cmd.statements.length === 0 && cmd.wishes.length === 0) {
    throw new InvalidInputError('HEARING_WITHOUT_WORDS', "A hearing records the child's words or wishes: at least one of them");
  }
  const age = ageOn(state.minorBirthDate, romeDate(cmd.occurredAt));
  if (age < HEARING_AGE && !cmd.discernment?.trim()) {
    throw new InvalidInputError(
      'DISCERNMENT_NOT_STATED',
      `The child was ${age}: say why they were capable of discernment (art. 336-bis c.c.)`,
      {
        age,
      },
    );
  }
  const { caseId, hearingId, place, heardBy, present, method, discernment } = cmd;
  return [
    {
      type: 'ChildHeard',
      data: {
        caseId,
        hearingId,
        heardAt: cmd.occurredAt,
        place,
        heardBy: [...heardBy],
        present: [...present],
        method,
        statements: cmd.statements.map(({ text }) => ({ kind: 'statement' as const, statedBy: 'minore', text })),
        wishes: cmd.wishes.map(({ about, text }) => ({ about, text })),
        ...(discernment ? { discernment } : {}),
      },
    },
  ];
};
