import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { INTAKE_KINDS, RISK_LEVELS } from '../../../cases/case.values';
import { ConsistencyQuery } from '../../read-your-writes';
import { CursorField, LimitField } from '../../../common/pagination';
import { WORKER_ID_MAX_LENGTH, WORKER_ID_PATTERN } from '../../../auth/roles';

/** An age in whole years, as the list's age bounds take it: a minor, or a young adult under prosieguo, at most 25. */
const AgeField = () =>
  applyDecorators(
    ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 25 }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(0),
    Max(25),
  );

export class CaseListQueryDto extends ConsistencyQuery {
  @ApiPropertyOptional({ enum: ['open', 'closed'] }) @IsOptional() @IsIn(['open', 'closed']) status?: 'open' | 'closed';
  @ApiPropertyOptional({ enum: INTAKE_KINDS }) @IsOptional() @IsIn(INTAKE_KINDS) intakeKind?: string;
  @ApiPropertyOptional({ example: '015146', description: 'ISTAT code' }) @IsOptional() @Matches(/^\d{6}$/) municipality?: string;
  @ApiPropertyOptional({ description: 'Worker id on the team' })
  @IsOptional()
  @Matches(WORKER_ID_PATTERN)
  @MaxLength(WORKER_ID_MAX_LENGTH)
  teamMember?: string;
  @ApiPropertyOptional({ description: 'Worker id of the case manager' })
  @IsOptional()
  @Matches(WORKER_ID_PATTERN)
  @MaxLength(WORKER_ID_MAX_LENGTH)
  caseManager?: string;
  @ApiPropertyOptional({ enum: RISK_LEVELS }) @IsOptional() @IsIn(RISK_LEVELS) riskLevel?: string;

  @ApiPropertyOptional({ description: 'Has an open protection measure or emergency placement' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  hasOpenProtectionMeasure?: boolean;

  @AgeField() minAge?: number;
  @AgeField() maxAge?: number;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsISO8601({ strict: true }) openedFrom?: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsISO8601({ strict: true }) openedTo?: string;
  @ApiPropertyOptional({ description: "Part of the minor's given or family name" })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @ApiPropertyOptional({
    enum: ['opened', 'nextDeadline'],
    default: 'opened',
    description: 'opened: newest first; nextDeadline: soonest first',
  })
  @IsOptional()
  @IsIn(['opened', 'nextDeadline'])
  sort?: 'opened' | 'nextDeadline';

  @LimitField() limit?: number;
  @CursorField() cursor?: string;
}
