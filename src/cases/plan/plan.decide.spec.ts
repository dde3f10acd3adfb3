import { deciderSpec } from '../../common/testing/decider-spec';
import { caseDecider } from '../case.decider';
import { CaseEvent } from '../case.events';
import { CASE_ID, MINOR_ID, MOTHER_ID, NOW, caseOpened, family, id, on } from '../testing/case.fixtures';

const { given } = deciderSpec(caseDecider, { now: NOW });

const P = id(10);
const I = id(11);
const planned = [{ kind: 'home-educational-support' as const, provider: 'Coop. Il Melograno' }];
const drafted: CaseEvent = {
  type: 'SupportPlanDrafted',
  data: {
    caseId: CASE_ID,
    planId: P,
    goals: ['regular school attendance'],
    interventions: planned,
    nextReviewOn: '2027-02-01',
  },
};
const consents = [{ name: 'Maria Esposito', role: 'parent' as const, memberId: MOTHER_ID, consentedAt: '2026-11-09' }];
const agreed: CaseEvent = { type: 'SupportPlanAgreed', data: { caseId: CASE_ID, planId: P, consents } };
const intervention = {
  planId: P,
  interventionId: I,
  kind: 'home-educational-support' as const,
  provider: 'Coop. Il Melograno',
  startedOn: '2026-11-09',
  expectedEndOn: '2027-05-31',
};
const started: CaseEvent = { type: 'InterventionStarted', data: { caseId: CASE_ID, ...intervention } };
const ended: CaseEvent = {
  type: 'InterventionEnded',
  data: { caseId: CASE_ID, planId: P, interventionId: I, endedOn: '2026-11-10', outcome: 'goal met' },
};
const closed: CaseEvent = { type: 'SupportPlanClosed', data: { caseId: CASE_ID, planId: P, reason: 'goals met' } };

describe('support plan (Progetto Quadro)', () => {
  it('is drafted with goals and planned interventions', () =>
    given(caseOpened())
      .when({
        type: 'DraftSupportPlan',
        ...on(),
        planId: P,
        goals: ['regular school attendance'],
        interventions: planned,
        nextReviewOn: '2027-02-01',
      })
      .thenEvents([drafted]));

  it('records the family agreement: who consented and when', () =>
    given(caseOpened(), drafted)
      .when({ type: 'AgreeSupportPlan', ...on(), planId: P, consents })
      .thenEvents([agreed]));

  it('refuses a second agreement, an unknown plan, and a consent dated after the fact', () => {
    given(caseOpened(), drafted, agreed)
      .when({ type: 'AgreeSupportPlan', ...on(), planId: P, consents })
      .thenThrows('SUPPORT_PLAN_ALREADY_AGREED', 409);
    given(caseOpened())
      .when({ type: 'AgreeSupportPlan', ...on(), planId: P, consents })
      .thenThrows('SUPPORT_PLAN_NOT_FOUND', 404);
    given(caseOpened(), drafted)
      .when({ type: 'AgreeSupportPlan', ...on(), planId: P, consents: [{ ...consents[0], consentedAt: '2026-11-12' }] })
      .thenThrows('DATE_AFTER_OCCURRED_AT', 400);
  });

  it('starts and ends an intervention', () => {
    given(caseOpened(), drafted, agreed)
      .when({ type: 'StartIntervention', ...on(), ...intervention })
      .thenEvents([started]);
    given(caseOpened(), drafted, agreed, started)
      .when({ type: 'EndIntervention', ...on(), planId: P, interventionId: I, endedOn: '2026-11-10', outcome: 'goal met' })
      .thenEvents([ended]);
  });

  it('refuses an intervention ending before it started, or ending twice, or unknown', () => {
    given(caseOpened(), drafted, started)
      .when({ type: 'EndIntervention', ...on(), planId: P, interventionId: I, endedOn: '2026-11-01' })
      .thenThrows('END_BEFORE_START', 400);
    given(caseOpened(), drafted, started, ended)
      .when({ type: 'EndIntervention', ...on(), planId: P, interventionId: I, endedOn: '2026-11-10' })
      .thenThrows('INTERVENTION_ALREADY_ENDED', 409);
    given(caseOpened(), drafted)
      .when({ type: 'EndIntervention', ...on(), planId: P, interventionId: I, endedOn: '2026-11-10' })
      .thenThrows('INTERVENTION_NOT_FOUND', 404);
  });

  it('refuses an intervention whose start lies after the fact', () =>
    given(caseOpened(), drafted)
      .when({ type: 'StartIntervention', ...on(), ...intervention, startedOn: '2026-12-01' })
      .thenThrows('DATE_AFTER_OCCURRED_AT', 400));

  it('is reviewed with an outcome and the next review date', () =>
    given(caseOpened(), drafted)
      .when({ type: 'ReviewSupportPlan', ...on(), planId: P, reviewedOn: '2026-11-10', outcome: 'on track', nextReviewOn: '2027-05-10' })
      .thenEvents([
        {
          type: 'SupportPlanReviewed',
          data: { caseId: CASE_ID, planId: P, reviewedOn: '2026-11-10', outcome: 'on track', nextReviewOn: '2027-05-10' },
        },
      ]));

  it('refuses a next review before the review', () =>
    given(caseOpened(), drafted)
      .when({ type: 'ReviewSupportPlan', ...on(), planId: P, reviewedOn: '2026-11-10', outcome: 'x', nextReviewOn: '2026-10-01' })
      .thenThrows('END_BEFORE_START', 400));

  it('closes once its interventions have ended', () => {
    given(caseOpened(), drafted, started)
      .when({ type: 'CloseSupportPlan', ...on(), planId: P, reason: 'goals met' })
      .thenThrows('INTERVENTIONS_STILL_ACTIVE', 409, (e) => expect(e.extensions.interventionIds).toEqual([I]));
    given(caseOpened(), drafted, started, ended)
      .when({ type: 'CloseSupportPlan', ...on(), planId: P, reason: 'goals met' })
      .thenEvents([closed]);
  });

  it('refuses any change to a closed plan', () => {
    const closedPlan = given(caseOpened(), drafted, closed);
    closedPlan.when({ type: 'StartIntervention', ...on(), ...intervention }).thenThrows('SUPPORT_PLAN_CLOSED', 409);
    closedPlan
      .when({ type: 'ReviewSupportPlan', ...on(), planId: P, reviewedOn: '2026-11-10', outcome: 'x' })
      .thenThrows('SUPPORT_PLAN_CLOSED', 409);
    closedPlan.when({ type: 'CloseSupportPlan', ...on(), planId: P }).thenThrows('SUPPORT_PLAN_CLOSED', 409);
  });

  describe('work with the parent in difficulty', () => {
    const stranger = id(99);
    const draft = {
      type: 'DraftSupportPlan' as const,
      caseId: CASE_ID,
      planId: P,
      goals: ['regular school attendance'],
      interventions: [{ kind: 'anti-violence-centre' as const, targetPersonId: MOTHER_ID }],
      parentGoals: [{ personId: MOTHER_ID, goal: 'A stable home within six months' }],
    };

    it('drafts goals and interventions for an adult of the household', () =>
      given(caseOpened())
        .when(draft, { family })
        .thenEvents([
          {
            type: 'SupportPlanDrafted',
            data: {
              caseId: CASE_ID,
              planId: P,
              goals: ['regular school attendance'],
              interventions: [{ kind: 'anti-violence-centre', targetPersonId: MOTHER_ID }],
              nextReviewOn: undefined,
              parentGoals: [{ personId: MOTHER_ID, goal: 'A stable home within six months' }],
            },
          },
        ]));

    it('refuses a person outside the household, and a minor as the target of work for adults', () => {
      given(caseOpened())
        .when({ ...draft, parentGoals: [{ personId: stranger, goal: 'x' }] }, { family })
        .thenThrows('TARGET_NOT_IN_FAMILY', 400);
      given(caseOpened())
        .when({ ...draft, interventions: [{ kind: 'parenting-support', targetPersonId: MINOR_ID }] }, { family })
        .thenThrows('TARGET_NOT_ADULT', 400);
      given(caseOpened(), drafted)
        .when({ type: 'StartIntervention', caseId: CASE_ID, ...intervention, targetPersonId: stranger }, { family })
        .thenThrows('TARGET_NOT_IN_FAMILY', 400);
    });

    it('starts an intervention for the mother', () =>
      given(caseOpened(), drafted)
        .when(
          { type: 'StartIntervention', caseId: CASE_ID, ...intervention, kind: 'housing-support', targetPersonId: MOTHER_ID },
          { family },
        )
        .thenEvents([
          { type: 'InterventionStarted', data: { caseId: CASE_ID, ...intervention, kind: 'housing-support', targetPersonId: MOTHER_ID } },
        ]));

    it('records a contact with the people of the household met, a minor among them if so', () => {
      const contact = {
        type: 'RecordContact' as const,
        caseId: CASE_ID,
        contactId: id(12),
        kind: 'interview' as const,
        participants: ['madre'],
        entries: [{ kind: 'fact' as const, text: 'Colloquio con la madre da sola' }],
      };
      given(caseOpened())
        .when({ ...contact, personIds: [MOTHER_ID, MINOR_ID] }, { family })
        .thenEvents([
          {
            type: 'ContactRecorded',
            data: {
              caseId: CASE_ID,
              contactId: id(12),
              kind: 'interview',
              participants: ['madre'],
              entries: [{ kind: 'fact', text: 'Colloquio con la madre da sola' }],
              personIds: [MOTHER_ID, MINOR_ID],
            },
          },
        ]);
      given(caseOpened())
        .when({ ...contact, personIds: [stranger] }, { family })
        .thenThrows('TARGET_NOT_IN_FAMILY', 400);
    });
  });
});
