import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { CalendarDate } from '../../../cases/dto/decorators';
import { ConsistencyQuery } from '../../read-your-writes';

/** GET /statistics: a period of Europe/Rome calendar days, both ends included. */
export class StatisticsQueryDto extends ConsistencyQuery {
  @CalendarDate({ example: '2026-01-01', description: 'First day of the period (included)' })
  from!: string;

  @CalendarDate({ example: '2026-12-31', description: 'Last day of the period (included); not before from' })
  to!: string;

  @ApiPropertyOptional({ example: '015146', description: 'Only cases of families of this municipality (ISTAT code)' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'municipality must be an ISTAT code of 6 digits' })
  municipality?: string;
}
