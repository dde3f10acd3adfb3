import { deciderSpec } from '../common/testing/decider-spec';
import { MinorGuardEvent, minorGuardDecider } from './minor-guard';
import { CASE_ID, MINOR_ID, NOW, OTHER_CASE_ID } from './testing/case.fixtures';

const { given } = deciderSpec(minorGuardDecider, { now: NOW });
const opened = (caseId: string): MinorGuardEvent => ({ type: 'MinorCaseOpened', data: { minorId: MINOR_ID, caseId } });
const closed = (caseId: string): MinorGuardEvent => ({ type: 'MinorCaseClosed', data: { minorId: MINOR_ID, caseId } });
const claim = { type: 'ClaimMinor', minorId: MINOR_ID, caseId: CASE_ID } as const;

describe("the minor's guard: one open case per minor", () => {
  it('claims a minor with no open case, or one whose case closed', () => {
    given()
      .when(claim)
      .thenEvents([opened(CASE_ID)]);
    given(opened(OTHER_CASE_ID), closed(OTHER_CASE_ID))
      .when(claim)
      .thenEvents([opened(CASE_ID)]);
  });

  it('refuses a claim while another case holds the minor, naming it', () =>
    given(opened(OTHER_CASE_ID))
      .when(claim)
      .thenThrows('CASE_ALREADY_OPEN', 409, (e) => expect(e.extensions.openCaseId).toBe(OTHER_CASE_ID)));

  it('ignores a stale claim, but only while the guard has not moved since it was judged', () => {
    const staleClaim = { caseId: OTHER_CASE_ID, seen: 1 };
    given(opened(OTHER_CASE_ID))
      .when(claim, { staleClaim })
      .thenEvents([opened(CASE_ID)]);
    given(opened(OTHER_CASE_ID), opened(OTHER_CASE_ID)).when(claim, { staleClaim }).thenThrows('CASE_ALREADY_OPEN');
  });

  it('releases only its own case: after healing, the guard may already hold a newer one', () => {
    expect(given(opened(OTHER_CASE_ID), closed(CASE_ID)).state.openCaseId).toBe(OTHER_CASE_ID);
    given(opened(CASE_ID))
      .when({ type: 'ReleaseMinor', minorId: MINOR_ID, caseId: CASE_ID })
      .thenEvents([closed(CASE_ID)]);
  });

  it('remembers when its claim was recorded, to tell a crashed opening from one in flight', () =>
    expect(given(opened(CASE_ID)).state.claimRecordedAt).toBe(NOW.toISOString()));
});
