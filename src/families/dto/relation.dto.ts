import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { AUTHORITY_PATTERN } from '../../cases/case.values';
import { RELATION_KINDS, RelationKind } from '../family.events';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class GuardianshipDecreeDto {
  @ApiProperty({ example: 'tribunale-per-i-minorenni', maxLength: 100 })
  @Matches(AUTHORITY_PATTERN, { message: 'authority must be a lower-case slug such as tribunale-per-i-minorenni' })
  @MaxLength(100)
  authority: string;

  @ApiProperty({ example: '123/2026', maxLength: 50 }) @IsString() @IsNotEmpty() @MaxLength(50) decreeNumber: string;

  @ApiProperty({ example: '2026-02-01', format: 'date' })
  @Matches(DATE, { message: 'decreeDate must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  decreeDate: string;
}

export class RecordRelationDto {
  @ApiProperty({
    enum: RELATION_KINDS,
    description: 'parent-of, step-parent-of, guardian-of read "from is ... of to"; the others hold both ways',
  })
  @IsIn(RELATION_KINDS)
  kind: RelationKind;

  @ApiProperty({ format: 'uuid', description: 'A current member of this household' }) @IsUUID() fromId: string;

  @ApiProperty({ format: 'uuid', description: 'A current member of this household' }) @IsUUID() toId: string;

  @ApiPropertyOptional({ example: '2015-03-02', format: 'date' })
  @IsOptional()
  @Matches(DATE, { message: 'since must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  since?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 6, description: 'relative-of only: the degree of kinship (art. 76 c.c.)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(6)
  degree?: number;

  @ApiPropertyOptional({ type: GuardianshipDecreeDto, description: 'guardian-of only: the decree appointing the guardian' })
  @IsOptional()
  @ValidateNested()
  @Type(() => GuardianshipDecreeDto)
  decree?: GuardianshipDecreeDto;
}

export class EndRelationDto {
  @ApiProperty({ example: '2026-01-10', format: 'date' })
  @Matches(DATE, { message: 'endedOn must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  endedOn: string;

  @ApiPropertyOptional({ example: 'Separation', maxLength: 1000 }) @IsOptional() @IsString() @MaxLength(1000) reason?: string;
}
