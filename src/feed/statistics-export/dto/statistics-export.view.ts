import { ApiProperty } from '@nestjs/swagger';
import {
  CLOSURE_REASONS,
  INTAKE_KINDS,
  INTERVENTION_KINDS,
  KNOWN_AUTHORITIES,
  MEASURE_KINDS,
  PLACE_KINDS,
  REFERRER_KINDS,
  RISK_LEVELS,
} from '../../../cases/case.values';
import { PSEUDONYMISATION_METHOD } from '../pseudonym';

/** Known courts by slug; any other slug is 'other', since a free slug could name more than a court. */
export const AUTHORITY_KINDS = [...KNOWN_AUTHORITIES, 'other'] as const;
const MONTH = { type: String, pattern: '^\\d{4}-\\d{2}$' };
const DAY = { type: String, format: 'date' };

export class ExportIntakeView {
  @ApiProperty({ enum: INTAKE_KINDS }) kind: string;
  @ApiProperty({ enum: REFERRER_KINDS, nullable: true, description: 'Semi-spontaneous intakes: who referred' }) referrerKind: string | null;
  @ApiProperty({ enum: AUTHORITY_KINDS, nullable: true, description: 'Judicial intakes: which authority' }) authorityKind: string | null;
  @ApiProperty({ ...DAY, example: '2026-01-12', description: 'Europe/Rome day the case opened' }) openedOn: string;
}

export class ExportAssessmentView {
  @ApiProperty({ enum: RISK_LEVELS }) riskLevel: string;
  @ApiProperty({ ...MONTH, example: '2026-02' }) completedMonth: string;
}

export class ExportInterventionView {
  @ApiProperty({ enum: INTERVENTION_KINDS }) kind: string;
  @ApiProperty({ ...DAY, example: '2026-02-01' }) startedOn: string;
  @ApiProperty({ ...DAY, nullable: true, description: 'null: not ended by the end of the period' }) endedOn: string | null;
}

export class ExportMeasureView {
  @ApiProperty({ enum: MEASURE_KINDS }) kind: string;
  @ApiProperty({ ...DAY, example: '2026-03-05', description: 'Date of the decree' }) orderedOn: string;
  @ApiProperty({ ...DAY, nullable: true, description: 'null: not ended by the end of the period' }) endedOn: string | null;
}

export class ExportPlacementView {
  @ApiProperty({ enum: PLACE_KINDS }) placeKind: string;
  @ApiProperty({ ...DAY, example: '2026-03-01', description: 'Europe/Rome day of the art. 403 c.c. placement' }) placedOn: string;
  @ApiProperty({ ...DAY, nullable: true, description: 'Date of the revocation decree; null: not revoked by the end of the period' })
  endedOn: string | null;
}

export class ExportClosureView {
  @ApiProperty({ enum: CLOSURE_REASONS }) reason: string;
  @ApiProperty({ ...MONTH, example: '2026-06' }) month: string;
}

/** One minor: kinds, months and dates under a pseudonym; no name, fiscal code, address, free text, worker or internal id. */
export class StatisticsExportMinorView {
  @ApiProperty({ example: '3f1c…', description: 'HMAC-SHA256 of the minor, hex: the same minor under the same key, always' })
  pseudonym: string;
  @ApiProperty({ ...MONTH, example: '2016-03' }) birthMonth: string;
  @ApiProperty({ type: String, nullable: true, example: '015146', description: "ISTAT code of the family's municipality" })
  municipalityIstat: string | null;
  @ApiProperty({ type: [ExportIntakeView], description: 'One per case of the minor active in the period, oldest first' })
  intakes: ExportIntakeView[];
  @ApiProperty({ type: [ExportAssessmentView] }) assessments: ExportAssessmentView[];
  @ApiProperty({ type: [ExportInterventionView] }) interventions: ExportInterventionView[];
  @ApiProperty({ type: [ExportMeasureView] }) protectionMeasures: ExportMeasureView[];
  @ApiProperty({ type: [ExportPlacementView] }) emergencyPlacements: ExportPlacementView[];
  @ApiProperty({ type: [ExportClosureView] }) closures: ExportClosureView[];
}

export class PseudonymisationView {
  @ApiProperty({ enum: [PSEUDONYMISATION_METHOD] }) method: string;
  @ApiProperty({ example: '9a0b1c2d3e4f5061', description: 'First 16 hex of the SHA-256 of the key: another keyId, unlinkable pseudonyms' })
  keyId: string;
}

export class ExportPeriodView {
  @ApiProperty({ example: '2026-01-01' }) from: string;
  @ApiProperty({ example: '2026-12-31' }) to: string;
}

export class StatisticsExportView {
  @ApiProperty({ type: ExportPeriodView }) period: ExportPeriodView;
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
  @ApiProperty({ type: PseudonymisationView }) pseudonymisation: PseudonymisationView;
  @ApiProperty({ type: [StatisticsExportMinorView], description: 'Ordered by pseudonym' }) minors: StatisticsExportMinorView[];
}
