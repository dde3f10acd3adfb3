import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DISCIPLINES, Discipline, ENTRY_KINDS, EntryKind } from '../../case.values';

export class CaseEntriesQueryDto {
  @ApiPropertyOptional({ enum: ENTRY_KINDS }) @IsOptional() @IsIn(ENTRY_KINDS) kind?: EntryKind;

  @ApiPropertyOptional({ enum: DISCIPLINES, description: 'Entries of assessments of this discipline' })
  @IsOptional()
  @IsIn(DISCIPLINES)
  discipline?: Discipline;

  @ApiPropertyOptional({ description: 'Occurred at or after (ISO 8601 instant with offset)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @MaxLength(40)
  from?: string;

  @ApiPropertyOptional({ description: 'Occurred at or before (ISO 8601 instant with offset)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @MaxLength(40)
  to?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'The `next` cursor of the previous page' }) @IsOptional() @IsString() @MaxLength(100) cursor?: string;
}

export class CaseEntryDto {
  @ApiProperty() revision: number;
  @ApiProperty({ example: 'ContactRecorded' }) eventType: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ enum: ENTRY_KINDS }) kind: string;
  @ApiPropertyOptional({ description: 'Absent when the entry is restricted to another discipline (textDigest is given)' }) text?: string;
  @ApiPropertyOptional() statedBy?: string;
  @ApiPropertyOptional() method?: string;
  @ApiPropertyOptional({ enum: DISCIPLINES }) discipline?: string;
  @ApiPropertyOptional({ enum: DISCIPLINES }) restrictedTo?: string;
  @ApiPropertyOptional({ description: 'SHA-256 of seal + text, for a restricted entry' }) textDigest?: string;
}

export class CaseEntriesPageDto {
  @ApiProperty({ type: [CaseEntryDto] }) items: CaseEntryDto[];
  @ApiProperty({ nullable: true, type: String }) next: string | null;
}
