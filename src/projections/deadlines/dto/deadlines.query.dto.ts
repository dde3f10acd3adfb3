import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsISO8601, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { ConsistencyQuery } from '../../read-your-writes';
import { CursorField, LimitField } from '../../../common/pagination';
import { DEADLINE_KINDS, DEADLINE_STATUSES, DeadlineKind, DeadlineStatus } from '../deadline.rules';
import { WORKER_ID_MAX_LENGTH, WORKER_ID_PATTERN } from '../../../auth/roles';

/** GET /deadlines: every filter is optional; lapsed and overdue rows come first, then the rest, each soonest first. */
export class DeadlinesQueryDto extends ConsistencyQuery {
  @ApiPropertyOptional({
    format: 'date-time',
    example: '2026-12-01T00:00:00+01:00',
    description: 'Only deadlines due before this instant; a bare date is Rome midnight',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  @MaxLength(40)
  dueBefore?: string;

  @ApiPropertyOptional({
    pattern: WORKER_ID_PATTERN.source,
    maxLength: WORKER_ID_MAX_LENGTH,
    description: 'Only cases where this worker is now on the team',
  })
  @IsOptional()
  @Matches(WORKER_ID_PATTERN)
  @MaxLength(WORKER_ID_MAX_LENGTH)
  workerId?: string;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() caseId?: string;

  @ApiPropertyOptional({
    enum: DEADLINE_STATUSES,
    description: 'Without it: lapsed (overdue) first, then open and met; cancelled only when asked',
  })
  @IsOptional()
  @IsIn(DEADLINE_STATUSES)
  status?: DeadlineStatus;

  @ApiPropertyOptional({ enum: DEADLINE_KINDS }) @IsOptional() @IsIn(DEADLINE_KINDS) kind?: DeadlineKind;

  @ApiPropertyOptional({ description: 'Also rows not yet shown (the 18th birthday appears 90 days ahead)', default: false })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  includeNotYetShown?: boolean;

  @LimitField() limit?: number;
  @CursorField() cursor?: string;
}
