import { DISCIPLINES, Discipline, RISK_LEVELS, RiskLevel } from '../../case.values';
import { LongText, OccurredAt, OneOf, TextList } from '../../dto/decorators';

import { NarrativeEntryDto } from '../../dto/narrative-entry.dto';

/** POST /cases/{caseId}/assessments */
export class StartAssessmentDto {
  @OneOf(DISCIPLINES, { example: 'psychological' })
  discipline!: Discipline;

  @OccurredAt()
  occurredAt?: string;
}

/** POST /cases/{caseId}/assessments/{assessmentId}/completion */
export class CompleteAssessmentDto {
  @OneOf(RISK_LEVELS, { example: 'medium' })
  riskLevel!: RiskLevel;

  @TextList(50, { example: ['social isolation of the mother'] })
  riskFactors!: string[];

  @TextList(50, { example: ['grandmother nearby, engaged'] })
  protectiveFactors!: string[];

  @LongText({ required: false })
  summary?: string;

  @OccurredAt()
  occurredAt?: string;
}

/** POST /cases/{caseId}/assessments/{assessmentId}/entries: one entry. */
export class RecordAssessmentEntryDto extends NarrativeEntryDto {
  @OccurredAt()
  occurredAt?: string;
}
