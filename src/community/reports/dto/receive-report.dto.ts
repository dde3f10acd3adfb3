import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { LongText, MAX, Name, Nested, OccurredAt, OneOf, OnlyForKind } from '../../../cases/dto/decorators';
import { AGE_BANDS, AgeBand, REPORT_SOURCE_KINDS, ReportSourceKind } from '../report.events';

export class ReportSourceDto {
  @OneOf(REPORT_SOURCE_KINDS)
  kind!: ReportSourceKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required when kind is partner: a registered, active partner' })
  @ValidateIf((source: ReportSourceDto) => source.kind === 'partner' || source.partnerId !== undefined)
  @OnlyForKind('partner')
  @IsUUID()
  partnerId?: string;

  @ApiPropertyOptional({ example: 'Consultorio familiare ASST Nord', maxLength: MAX.name, description: 'Required when kind is service' })
  @ValidateIf((source: ReportSourceDto) => source.kind === 'service' || source.service !== undefined)
  @OnlyForKind('service')
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX.name)
  service?: string;
}

export class ReporterDto {
  @Name({ example: 'prof.ssa Anna Bianchi' })
  name!: string;

  @Name({ required: false, example: '+39 02 1234567', description: 'Phone or email, as the reporter gave it' })
  contact?: string;
}

export class ReportedMinorDto {
  @Name({ required: false, example: 'Giulia' })
  givenName?: string;

  @OneOf(AGE_BANDS, { required: false })
  ageBand?: AgeBand;

  @Name({ required: false, example: 'IC Manzoni, 2ª media' })
  school?: string;
}

/** POST /community/reports */
export class ReceiveReportDto {
  @Nested(() => ReportSourceDto)
  source!: ReportSourceDto;

  @Nested(() => ReporterDto, { description: 'Shown only to coordinators and, once a case is opened from the report, its team' })
  reporter!: ReporterDto;

  @Nested(() => ReportedMinorDto, { description: 'What the reporter knows of the minor; every field is optional' })
  minor!: ReportedMinorDto;

  @LongText({ example: 'Bruises on her arms, twice this month; she says she fell.' })
  concern!: string;

  @ApiProperty({ description: 'Serious harm feared: screening is due within 24 hours' })
  @IsBoolean()
  seriousHarm!: boolean;

  @OccurredAt()
  occurredAt?: string;
}
