import { Dated } from '../../common/decider';
import { Carrying, CaseCommandFields, CaseContext } from '../case.command';
import {
  decreeRequired,
  extensionNotByTm,
  extensionNotLater,
  laterEndIsExtension,
  legalBasisIncompatible,
  measureAlreadyOrdered,
  measureNotOrdered,
  measureTermExpired,
  measureWithoutTerm,
  notFound,
  parentalConsentRequired,
  wrongState,
} from '../case.errors';
import { CaseEvent } from '../case.events';
import { assertDateNotAfter, assertNewId, assertNotBefore, guard } from '../case.guards';
import { plainConsent } from '../case.plain';
import { CaseState, MeasureState } from '../case.state';
import { Decree, LegalBasis, MEASURE_LEGAL_BASES, MeasureKind, PlaceRequest } from '../case.values';
import { isAffido, termOf } from './measure-term';
import { assertNamesNoPlace, placeKindOfMeasure, placeNamed } from '../placement/placed-with.rules';

/** One table decides which basis a kind may rest on (case.values MEASURE_LEGAL_BASES). */
const assertBasisFits = (kind: MeasureKind, legalBasis: LegalBasis | undefined) => {
  const allowed = MEASURE_LEGAL_BASES[kind];
  if (legalBasis !== undefined && !allowed.includes(legalBasis)) throw legalBasisIncompatible(kind, legalBasis, allowed);
};

/** Protection measures: proposed by the service, ordered by a decree, extended or modified by later decrees, ended. */

export type ProposeProtectionMeasure = Carrying<'ProposeProtectionMeasure', 'ProtectionMeasureProposed'>;
/** A measure that places the child names where (PlaceRequest); decide names the place from the facts its sender looked up. */
export type OrderProtectionMeasure = Omit<Carrying<'OrderProtectionMeasure', 'ProtectionMeasureOrdered'>, 'placedWith' | 'withParent'> &
  PlaceRequest;
export type EndProtectionMeasure = Carrying<'EndProtectionMeasure', 'ProtectionMeasureEnded'>;
/** The decide adds what the measure already says (basis, previous end, the terms in force). */
export type ExtendProtectionMeasure = { type: 'ExtendProtectionMeasure' } & CaseCommandFields &
  Decree & { measureId: string; endsOn: string; reason: string; reportEveryMonths?: number };
export type ModifyProtectionMeasure = { type: 'ModifyProtectionMeasure' } & CaseCommandFields &
  Decree & { measureId: string; prescriptions: string; endsOn?: string; reportEveryMonths?: number };
export type ProtectionCommand =
  ProposeProtectionMeasure | OrderProtectionMeasure | ExtendProtectionMeasure | ModifyProtectionMeasure | EndProtectionMeasure;

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
  if (measure.status === 'ordered') throw measureAlreadyOrdered(cmd.measureId);
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

/** A later decree on an ordered measure: dated after the order, not after the fact. */
const orderedMeasureFor = (cmd: Dated<ExtendProtectionMeasure | ModifyProtectionMeasure>, state: CaseState): MeasureState => {
  const measure = measureOf(state, cmd.measureId);
  if (measure.status !== 'ordered' || !measure.decree) throw measureNotOrdered(cmd.measureId);
  assertDateNotAfter('decreeDate', cmd.decreeDate, cmd.occurredAt);
  assertNotBefore('decreeDate', cmd.decreeDate, measure.decree.decreeDate);
  return measure;
};

const decreeOf = ({ authority, decreeNumber, decreeDate }: Decree): Decree => ({ authority, decreeNumber, decreeDate });

/** Proroga: only a term not yet run out is extended, to a later end; an affido only by the TM (L. 184/1983 art. 4 c. 4). */
export const extendProtectionMeasure = (cmd: Dated<ExtendProtectionMeasure>, state: CaseState, { now }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  const measure = orderedMeasureFor(cmd, state);
  const term = termOf(measure);
  if (!term) throw measureWithoutTerm(cmd.measureId);
  if (cmd.decreeDate > term) throw measureTermExpired(cmd.measureId, term);
  if (cmd.endsOn <= term) throw extensionNotLater(cmd.endsOn, term);
  if (isAffido(measure.legalBasis) && cmd.authority !== 'tribunale-per-i-minorenni') throw extensionNotByTm(cmd.authority);
  const reportEveryMonths = cmd.reportEveryMonths ?? measure.reportEveryMonths;
  const data = { caseId: cmd.caseId, measureId: cmd.measureId, ...decreeOf(cmd), legalBasis: measure.legalBasis! };
  return [
    {
      type: 'ProtectionMeasureExtended',
      data: { ...data, previousEndsOn: term, endsOn: cmd.endsOn, reason: cmd.reason, reportEveryMonths },
    },
  ];
};

/** A decree changing a measure in force: prescriptions, cadence, or an earlier end (a later one is an extension). */
export const modifyProtectionMeasure = (cmd: Dated<ModifyProtectionMeasure>, state: CaseState, { now }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  const measure = orderedMeasureFor(cmd, state);
  const term = termOf(measure);
  if (term && cmd.decreeDate > term) throw measureTermExpired(cmd.measureId, term);
  if (cmd.endsOn && term && cmd.endsOn > term) throw laterEndIsExtension(cmd.endsOn, term);
  assertNotBefore('endsOn', cmd.endsOn, cmd.decreeDate);
  const inForce = { endsOn: cmd.endsOn ?? term, reportEveryMonths: cmd.reportEveryMonths ?? measure.reportEveryMonths };
  const { caseId, measureId, prescriptions, endsOn, reportEveryMonths } = cmd;
  const data = { caseId, measureId, ...decreeOf(cmd), legalBasis: measure.legalBasis!, prescriptions, endsOn, reportEveryMonths };
  return [{ type: 'ProtectionMeasureModified', data: { ...data, inForce } }];
};

/** A measure the court ordered ends at its term, or earlier by a decree; a proposal is simply withdrawn. */
export const endProtectionMeasure = (cmd: Dated<EndProtectionMeasure>, state: CaseState, { now }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  const measure = measureOf(state, cmd.measureId);
  assertDateNotAfter('endedOn', cmd.endedOn, cmd.occurredAt);
  if (measure.startsOn) assertNotBefore('endedOn', cmd.endedOn, measure.startsOn);
  const term = measure.status === 'ordered' ? termOf(measure) : undefined;
  const beforeTerm = measure.status === 'ordered' && (term === undefined || cmd.endedOn < term);
  if (beforeTerm && !cmd.decree) throw decreeRequired(cmd.measureId, term);
  if (cmd.decree) assertDateNotAfter('decree.decreeDate', cmd.decree.decreeDate, cmd.occurredAt);
  const { caseId, measureId, endedOn, reason } = cmd;
  const decree = cmd.decree && decreeOf(cmd.decree);
  return [{ type: 'ProtectionMeasureEnded', data: { caseId, measureId, endedOn, reason, ...(decree && { decree }) } }];
};
