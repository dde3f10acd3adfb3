import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { SUPERVISED_ACTS } from '../../../cases/case.values';
import { ListQuery } from '../../list-query';

export const APPROVAL_STATUSES = ['pending', 'approved', 'returned', 'used'] as const;

/** GET /approvals */
export class ApprovalsQueryDto extends ListQuery {
  @ApiPropertyOptional({ enum: APPROVAL_STATUSES, default: 'pending' })
  @IsOptional()
  @IsIn(APPROVAL_STATUSES)
  status?: (typeof APPROVAL_STATUSES)[number];
}

export class ApprovalView {
  @ApiProperty({ format: 'uuid' }) approvalId: string;
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ enum: SUPERVISED_ACTS }) act: string;
  @ApiProperty({ description: "What it covers: the plan's id, the closure's reason, the report's head hash" }) subjectKey: string;
  @ApiProperty() submittedBy: string;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiProperty({ enum: APPROVAL_STATUSES }) status: string;
  @ApiProperty({ type: String, nullable: true }) decidedBy: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) decidedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was returned' }) reason: string | null;
}

export class ApprovalsPage {
  @ApiProperty({ type: [ApprovalView] }) items: ApprovalView[];
  @ApiProperty({ type: String, nullable: true, description: 'Cursor of the next page; null on the last' }) next: string | null;
}
