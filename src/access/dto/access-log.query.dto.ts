import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ConsistencyQuery } from '../../projections/read-your-writes';

export class AccessLogQueryDto extends ConsistencyQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 500, default: 100, description: 'The newest reads first' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiPropertyOptional({ description: 'The `next` cursor of the previous page' }) @IsOptional() @IsString() @MaxLength(500) cursor?: string;
}
