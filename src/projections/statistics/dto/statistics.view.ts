import { ApiProperty } from '@nestjs/swagger';
import { CLOSURE_REASONS, INTAKE_KINDS, MEASURE_KINDS, NEED_DOMAINS, REFERRER_KINDS } from '../../../cases/case.values';

export class PeriodView {
  @ApiProperty({ format: 'date', example: '2026-01-01' }) from: string;
  @ApiProperty({ format: 'date', example: '2026-12-31' }) to: string;
}

export class IntakeCountView {
  @ApiProperty({ enum: INTAKE_KINDS }) kind: string;
  @ApiProperty({ type: 'integer', example: 4 }) count: number;
}

export class ReferrerCountView {
  @ApiProperty({ enum: REFERRER_KINDS }) kind: string;
  @ApiProperty({ type: 'integer', example: 2 }) count: number;
}

export class MeasureCountView {
  @ApiProperty({ enum: MEASURE_KINDS }) kind: string;
  @ApiProperty({ type: 'integer', example: 1 }) count: number;
}

export class ClosureCountView {
  @ApiProperty({ enum: CLOSURE_REASONS }) reason: string;
  @ApiProperty({ type: 'integer', example: 3 }) count: number;
}

export class OpenedView {
  @ApiProperty({ type: 'integer', example: 7, description: 'Cases opened in the period (first opening; reopenings are counted apart)' })
  total: number;
  @ApiProperty({ type: [IntakeCountView], description: 'Every intake kind, zeros included' }) byIntakeKind: IntakeCountView[];
  @ApiProperty({ type: [ReferrerCountView], description: 'Semi-spontaneous intakes by who referred; every kind, zeros included' })
  byReferrerKind: ReferrerCountView[];
}

export class MeasuresOrderedView {
  @ApiProperty({ type: 'integer', example: 2, description: 'Protection measures whose decree is dated in the period' }) total: number;
  @ApiProperty({ type: [MeasureCountView] }) byKind: MeasureCountView[];
}

export class ClosuresView {
  @ApiProperty({
    type: 'integer',
    example: 3,
    description: 'Closures dated in the period (a case closed, reopened and closed again counts twice)',
  })
  total: number;
  @ApiProperty({ type: [ClosureCountView] }) byReason: ClosureCountView[];
}

export class NeedDomainCountView {
  @ApiProperty({ enum: NEED_DOMAINS }) domain: string;
  @ApiProperty({ type: 'integer', example: 2 }) count: number;
}

export class NeedCountsView {
  @ApiProperty({ type: 'integer', example: 5 }) total: number;
  @ApiProperty({ type: [NeedDomainCountView] }) byDomain: NeedDomainCountView[];
}

export class NeedsView {
  @ApiProperty({ type: NeedCountsView, description: 'Needs assessments found in the period' }) identified: NeedCountsView;
  @ApiProperty({ type: NeedCountsView, description: 'Needs met in the period: a review found a goal answering them achieved' })
  met: NeedCountsView;
  @ApiProperty({ type: NeedCountsView, description: 'Needs found by the last day and not met by then' }) unmetAtEnd: NeedCountsView;
}

/** Counts only: no case, family or person can be read back from them. */
export class StatisticsView {
  @ApiProperty({ type: PeriodView }) period: PeriodView;
  @ApiProperty({ type: String, nullable: true, example: '015146' }) municipality: string | null;
  @ApiProperty({ type: OpenedView }) opened: OpenedView;
  @ApiProperty({ type: 'integer', example: 1, description: 'Reopenings dated in the period' }) reopened: number;
  @ApiProperty({ type: 'integer', example: 25, description: 'Cases open at the end of the last day of the period' }) openAtEnd: number;
  @ApiProperty({ type: MeasuresOrderedView }) measuresOrdered: MeasuresOrderedView;
  @ApiProperty({
    type: 'integer',
    example: 1,
    description: 'Emergency placements (art. 403 c.c.) made in the period, by the service, without a decree',
  })
  emergencyPlacements: number;
  @ApiProperty({ type: ClosuresView }) closures: ClosuresView;
  @ApiProperty({ type: NeedsView }) needs: NeedsView;
}
