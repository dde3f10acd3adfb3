import { Controller, Get, Headers, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { Roles } from '../auth/auth.guard';
import { ROLES } from '../auth/roles';
import { ApiQuery } from '../common/api-problems';
import { VocabularyLang, chooseLang, vocabularyIn } from './vocabulary.terms';

export class VocabularyQueryDto {
  @ApiPropertyOptional({ enum: ['it', 'en'], description: 'Default: the first of Accept-Language that is it or en; else it' })
  @IsOptional()
  @IsIn(['it', 'en'])
  lang?: VocabularyLang;
}

export class VocabularyDto {
  @ApiProperty({ enum: ['it', 'en'] }) lang: string;
  @ApiProperty({
    description: 'By enum, each value of the API with its label: { intakeKinds: { spontaneous: "spontanea", … }, … }',
    example: { riskLevels: { none: 'nessuno', low: 'basso', medium: 'medio', high: 'alto' } },
  })
  labels: Record<string, Record<string, string>>;
}

@ApiTags('vocabulary')
@Controller('vocabulary')
export class VocabularyController {
  @Get()
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Labels for every enum value of the API, in Italian or English, for front ends to show' })
  @ApiQuery()
  @ApiOkResponse({ type: VocabularyDto })
  get(@Query() query: VocabularyQueryDto, @Headers('accept-language') acceptLanguage?: string): VocabularyDto {
    const lang = chooseLang(query.lang, acceptLanguage);
    return { lang, labels: vocabularyIn(lang) };
  }
}
