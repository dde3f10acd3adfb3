import { Dated } from '../../common/decider';
import { Carrying, CaseContext } from '../case.command';
import { legalBasisIncompatible, notFound, parentalConsentRequired, wrongState } from '../case.errors';
import { CaseEvent } from '../case.events';
import { assertDateNotAfter, assertNewId, assertNotBefore, guard } from '../case.guards';
import { plainConsent } from '../case.plain';
import { CaseState, MeasureState } from '../case.state';
import { LegalBasis, MEASURE_LEGAL_BASES, MeasureKind, PlaceRequest } from '../case.values';
import { assertNamesNoPlace, placeKindOfMeasure, placeNamed } from '../placement/placed-with.rules';

/** One table decides which basis a kind may rest on (case.values MEASURE_LEGAL_BASES). */
const assertBasisFits = (kind: MeasureKind, legalBasis: LegalBasis | undefined) => {
  const allowed = MEASURE_LEGAL_BASES[kind];
  if (legalBasis !== undefined && !allowed.includes(legalBasis)) throw legalBasisIncompatible(kind, legalBasis, allowed);
};

/** Protection measures: proposed by the service, ordered by a decree, ended. */

export type ProposeProtectionMeasure = Carrying<'ProposeProtectionMeasure', 'ProtectionMeasureProposed'>;
/** A measure that places the child names where (PlaceRequest); decide names the place from the facts its sender looked up. */
export type OrderProtectionMeasure = Omit<Carrying<'OrderProtectionMeasure', 'ProtectionMeasureOrdered'>, 'placedWith' | 'withParent'> &
  PlaceRequest;
export type EndProtectionMeasure = Carrying<'EndProtectionMeasure', 'ProtectionMeasureEnded'>;
export type ProtectionCommand = ProposeProtectionMeasure | OrderProtectionMeasure | EndProtectionMeasure;

const measureOf = (state: CaseState, measureId: string): MeasureState => {
  const measure = state.measures[measureId];
  if (!measure) throw notFound('MEASURE_NOT_FOUND', 'protection measure', measureId);
  if (measure.status === 'ended') throw wrongState('MEASURE_ALREADY_ENDED', 'protection measure', measureId, 'already ended');
  return measure;
};

export const proposeProtectionMeasure = (cmd: Dated<ProposeProtectionMeasure>, state: CaseState, { now }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  assertNewId(state.measures, 'protection measure', cmd.measureId);
  assertBasisFits(cmd.kind, cmd.legalBasis);
  const { caseId, measureId, kind, legalBasis, placeKind, reason } = cmd;
  return [{ type: 'ProtectionMeasureProposed', data: { caseId, measureId, kind, legalBasis, placeKind, reason } }];
};

export const orderProtectionMeasure = (cmd: Dated<OrderProtectionMeasure>, state: CaseState, { now, facts }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  const measure = measureOf(state, cmd.measureId);
  if (measure.status === 'ordered') {
    throw wrongState('MEASURE_ALREADY_ORDERED', 'protection measure', cmd.measureId, 'already ordered');
  }
  assertBasisFits(measure.kind, cmd.legalBasis);
  assertDateNotAfter('decreeDate', cmd.decreeDate, cmd.occurredAt);
  if (cmd.startsOn) assertNotBefore('endsOn', cmd.endsOn, cmd.startsOn);
  const consents = cmd.consents?.map(plainConsent);
  consents?.forEach((c) => assertDateNotAfter('consentedAt', c.consentedAt, cmd.occurredAt));
  // L. 184/1983 art. 4: a consensual affido rests on the consent of those holding parental responsibility.
  const holdersConsent = consents?.some((c) => c.role === 'parent' || c.role === 'guardian');
  if (cmd.legalBasis === 'l184-art4-consensual-affido' && !holdersConsent) throw parentalConsentRequired(cmd.measureId);
  const placeKind = placeKindOfMeasure(measure.kind, measure.placeKind);
  if (!placeKind) assertNamesNoPlace(measure.kind, cmd);
  const place = placeKind ? placeNamed(placeKind, cmd, facts.place, { emergency: false }) : {};
  const { caseId, measureId, authority, decreeNumber, decreeDate, legalBasis, startsOn, endsOn, reportEveryMonths } = cmd;
  return [
    {
      type: 'ProtectionMeasureOrdered',
      data: { caseId, measureId, authority, decreeNumber, decreeDate, legalBasis, startsOn, endsOn, reportEveryMonths, consents, ...place },
    },
  ];
};

export const endProtectionMeasure = (cmd: Dated<EndProtectionMeasure>, state: CaseState, { now }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  const measure = measureOf(state, cmd.measureId);
  assertDateNotAfter('endedOn', cmd.endedOn, cmd.occurredAt);
  if (measure.startsOn) assertNotBefore('endedOn', cmd.endedOn, measure.startsOn);
  const { caseId, measureId, endedOn, reason } = cmd;
  return [{ type: 'ProtectionMeasureEnded', data: { caseId, measureId, endedOn, reason } }];
};
