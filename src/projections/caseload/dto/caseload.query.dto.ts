import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { ConsistencyQuery } from '../../read-your-writes';

export const ISTAT_CODE = /^\d{6}$/;

/** GET /workers/{workerId}/caseload */
export class WorkerCaseloadQueryDto extends ConsistencyQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 100, description: 'Cases per page; the counts always cover every open case' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100000, default: 0, description: 'The `nextOffset` of the previous page' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100000)
  offset?: number;
}

/** GET /caseload */
export class CaseloadQueryDto extends ConsistencyQuery {
  @ApiPropertyOptional({ example: '015146', description: 'Only cases of families of this municipality (ISTAT code)' })
  @IsOptional()
  @Matches(ISTAT_CODE, { message: 'municipality must be an ISTAT code of 6 digits' })
  municipality?: string;
}
