import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '../../../common/pagination';
import { IsIn, IsISO8601, IsOptional, MaxLength } from 'class-validator';
import { DISCIPLINES, Discipline, ENTRY_KINDS, EntryKind } from '../../case.values';

/** limit and cursor as every list takes them; the entries are read from the stream, so there is no consistentWith. */
export class CaseEntriesQueryDto extends PageQuery {
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
}

export class CaseEntryDto {
  @ApiProperty({ type: 'integer' }) revision: number;
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
