import { NextCursor } from '../../../common/pagination';
import { ApiProperty } from '@nestjs/swagger';
import { RISK_LEVELS, TEAM_ROLES } from '../../../cases/case.values';

export const UNASSESSED = 'unassessed';

export class MunicipalityView {
  @ApiProperty({
    type: String,
    nullable: true,
    example: '015146',
    description: 'ISTAT code; null while the family is unknown to the read model',
  })
  istatCode: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Milano' }) name: string | null;
}

export class WorkerCaseView {
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ enum: TEAM_ROLES, description: "The worker's role on this case" }) role: string;
  @ApiProperty() isCaseManager: boolean;
  @ApiProperty({ format: 'date-time' }) assignedAt: string;
  @ApiProperty({ format: 'date-time' }) openedAt: string;
  @ApiProperty({ type: MunicipalityView }) municipality: MunicipalityView;
  @ApiProperty({ enum: RISK_LEVELS, nullable: true, type: String, description: 'Of the latest completed assessment; null before any' })
  riskLevel: string | null;
}

export class RoleCountView {
  @ApiProperty({ enum: TEAM_ROLES }) role: string;
  @ApiProperty({ type: 'integer', example: 4 }) openCases: number;
}

export class RiskCountView {
  @ApiProperty({ enum: [...RISK_LEVELS, UNASSESSED] }) riskLevel: string;
  @ApiProperty({ type: 'integer', example: 2 }) openCases: number;
}

export class WorkerCaseloadView {
  @ApiProperty({ example: 'alice' }) workerId: string;
  @ApiProperty({ type: String, nullable: true, example: 'Alice Rossi', description: 'As last assigned; null when never assigned' }) name:
    string | null;
  @ApiProperty({ type: 'integer', example: 7, description: 'Open cases the worker is on the team of' }) openCases: number;
  @ApiProperty({ type: 'integer', example: 3 }) asCaseManager: number;
  @ApiProperty({ type: [RoleCountView] }) byRole: RoleCountView[];
  @ApiProperty({ type: [RiskCountView] }) byRiskLevel: RiskCountView[];
  @ApiProperty({ type: [WorkerCaseView], description: 'Oldest opened first' }) cases: WorkerCaseView[];
  @NextCursor() next: string | null;
}

export class WorkerCountView {
  @ApiProperty({ example: 'alice' }) workerId: string;
  @ApiProperty({ example: 'Alice Rossi' }) name: string;
  @ApiProperty({ enum: TEAM_ROLES, isArray: true }) roles: string[];
  @ApiProperty({ type: 'integer', example: 7 }) openCases: number;
  @ApiProperty({ type: 'integer', example: 3 }) asCaseManager: number;
}

export class RoleTotalView {
  @ApiProperty({ enum: TEAM_ROLES }) role: string;
  @ApiProperty({ type: 'integer', example: 12, description: 'Open cases with at least one member in this role' }) openCases: number;
  @ApiProperty({ type: 'integer', example: 4, description: 'Workers in this role on open cases' }) workers: number;
}

export class MunicipalityCountView extends MunicipalityView {
  @ApiProperty({ type: 'integer', example: 9 }) openCases: number;
}

export class CaseloadOverviewView {
  @ApiProperty({ type: String, nullable: true, description: 'The municipality filter, if any' }) municipality: string | null;
  @ApiProperty({ type: 'integer', example: 20 }) openCases: number;
  @ApiProperty({ type: 'integer', example: 1 }) withoutCaseManager: number;
  @ApiProperty({ type: 'integer', example: 0 }) withoutTeam: number;
  @ApiProperty({ type: [WorkerCountView], description: 'Most open cases first' }) byWorker: WorkerCountView[];
  @ApiProperty({ type: [RoleTotalView] }) byRole: RoleTotalView[];
  @ApiProperty({ type: [MunicipalityCountView], description: 'Most open cases first' }) byMunicipality: MunicipalityCountView[];
}
