import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { ConsistencyQuery } from '../../read-your-writes';

export const ISTAT_CODE = /^\d{6}$/;

/** GET /workers/{workerId}/caseload */
export class WorkerCaseloadQueryDto extends ConsistencyQuery {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 200,
    default: 100,
    description: 'Cases per page; the counts always cover every open case',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'The `next` cursor of the previous page' }) @IsOptional() @IsString() @MaxLength(500) cursor?: string;
}

/** GET /caseload */
export class CaseloadQueryDto extends ConsistencyQuery {
  @ApiPropertyOptional({ example: '015146', description: 'Only cases of families of this municipality (ISTAT code)' })
  @IsOptional()
  @Matches(ISTAT_CODE, { message: 'municipality must be an ISTAT code of 6 digits' })
  municipality?: string;
}
