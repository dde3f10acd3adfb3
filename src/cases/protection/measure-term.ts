import { affidoEndDate } from '../../projections/deadlines/deadline.rules';
import { LegalBasis } from '../case.values';
import { MeasureState } from './protection.evolve';

const AFFIDO_BASES: ReadonlySet<string> = new Set<LegalBasis>(['l184-art4-consensual-affido', 'l184-art4-judicial-affido']);

export const isAffido = (legalBasis: string | undefined): boolean => legalBasis !== undefined && AFFIDO_BASES.has(legalBasis);

/** When an ordered measure ends by itself: its decree's end, else for affido 24 months from the start (art. 4 c. 4). */
export const termOf = (measure: Pick<MeasureState, 'legalBasis' | 'startsOn' | 'endsOn' | 'decree'>): string | undefined => {
  if (!isAffido(measure.legalBasis)) return measure.endsOn;
  return affidoEndDate(measure.startsOn ?? measure.decree?.decreeDate ?? '', measure.endsOn);
};
