import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength, ValidateIf } from 'class-validator';
import { DISCIPLINES, Discipline, ENTRY_KINDS } from '../case.values';
import { LongText, MAX, OneOf, OnlyForKind } from './decorators';

/**
 * Art. 473-bis.27 c.p.c.: a fact, a statement (with who stated it) or an evaluation (with the method used).
 * statedBy is required for statements and refused otherwise; method likewise for evaluations.
 */
export class NarrativeEntryDto {
  @OneOf(ENTRY_KINDS, { example: 'statement' })
  kind!: 'fact' | 'statement' | 'evaluation';

  @LongText({ example: 'Says the boy has not slept well since the summer.' })
  text!: string;

  @ApiPropertyOptional({
    maxLength: MAX.name,
    example: 'mother',
    description: 'Required when kind is statement; refused otherwise.',
  })
  @ValidateIf((entry: NarrativeEntryDto) => entry.kind === 'statement' || entry.statedBy !== undefined)
  @OnlyForKind('statement')
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX.name)
  statedBy?: string;

  @ApiPropertyOptional({
    maxLength: MAX.name,
    example: 'semi-structured interview',
    description: 'Required when kind is evaluation; refused otherwise.',
  })
  @ValidateIf((entry: NarrativeEntryDto) => entry.kind === 'evaluation' || entry.method !== undefined)
  @OnlyForKind('evaluation')
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX.name)
  method?: string;

  @OneOf(DISCIPLINES, {
    required: false,
    example: 'psychological',
    description:
      'Clinical confidentiality: only workers of this discipline read the text; the rest of the team sees that the entry exists. ' +
      'Only a worker of that discipline may restrict an entry to it.',
  })
  restrictedTo?: Discipline;
}
