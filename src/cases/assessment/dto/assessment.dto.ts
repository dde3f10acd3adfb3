import { DISCIPLINES, Discipline, NEED_DOMAINS, NeedDomain, RISK_LEVELS, RiskLevel } from '../../case.values';
import { LongText, NestedList, OccurredAt, OneOf, TextList } from '../../dto/decorators';

/** A need the assessment found, in one domain of the child's and family's life. */
export class NeedDto {
  @OneOf(NEED_DOMAINS, { example: 'education' })
  domain!: NeedDomain;

  @LongText({ example: 'Frequenza scolastica irregolare: 40 assenze nel quadrimestre' })
  description!: string;
}

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

  @NestedList(() => NeedDto, 30, { required: false, description: 'Needs found; the case view gives their ids for plan goals' })
  needs?: NeedDto[];

  @OccurredAt()
  occurredAt?: string;
}

/** POST /cases/{caseId}/assessments/{assessmentId}/entries: one entry. */
export class RecordAssessmentEntryDto extends NarrativeEntryDto {
  @OccurredAt()
  occurredAt?: string;
}
