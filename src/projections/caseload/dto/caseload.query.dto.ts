import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { ConsistencyQuery } from '../../read-your-writes';
import { CursorField, LimitField } from '../../../common/pagination';

export const ISTAT_CODE = /^\d{6}$/;

/** GET /workers/{workerId}/caseload */
export class WorkerCaseloadQueryDto extends ConsistencyQuery {
  @LimitField({ default: 100, description: 'Cases per page; the counts always cover every open case' }) limit?: number;
  @CursorField() cursor?: string;
}

/** GET /caseload */
export class CaseloadQueryDto extends ConsistencyQuery {
  @ApiPropertyOptional({ example: '015146', description: 'Only cases of families of this municipality (ISTAT code)' })
  @IsOptional()
  @Matches(ISTAT_CODE, { message: 'municipality must be an ISTAT code of 6 digits' })
  municipality?: string;
}
