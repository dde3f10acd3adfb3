import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { LEGAL_BASES, LegalBasis, MEASURE_KINDS, MeasureKind, PLACE_KINDS, PlaceKind } from '../../case.values';
import { ConsentDto } from '../../dto/consent.dto';
import { Authority, CalendarDate, LongText, Name, OccurredAt, OneOf } from '../../dto/decorators';
import { PlaceFields } from '../../dto/placed-with.dto';

/** POST /cases/{caseId}/protection-measures */
export class ProposeProtectionMeasureDto {
  @OneOf(MEASURE_KINDS, { example: 'foster-care' })
  kind!: MeasureKind;

  @OneOf(LEGAL_BASES, { required: false, example: 'l184-art4-consensual-affido' })
  legalBasis?: LegalBasis;

  @OneOf(PLACE_KINDS, { required: false, example: 'foster-family' })
  placeKind?: PlaceKind;

  @LongText({ example: 'The mother will be in hospital for several months.' })
  reason!: string;

  @OccurredAt()
  occurredAt?: string;
}

const CONSENSUAL_AFFIDO: LegalBasis = 'l184-art4-consensual-affido';

/** POST /cases/{caseId}/protection-measures/{measureId}/order */
export class OrderProtectionMeasureDto extends PlaceFields {
  @Authority({ example: 'giudice-tutelare' })
  authority!: string;

  @Name({ example: '45/2026' })
  decreeNumber!: string;

  @CalendarDate()
  decreeDate!: string;

  @OneOf(LEGAL_BASES, { example: 'l184-art4-consensual-affido' })
  legalBasis!: LegalBasis;

  @CalendarDate({ required: false })
  startsOn?: string;

  @CalendarDate({ required: false, description: 'Affido: at most 24 months from the start unless the TM extends it' })
  endsOn?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 24, description: 'Report interval set by the decree (affido default: 6)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24)
  reportEveryMonths?: number;

  @ApiPropertyOptional({
    type: () => ConsentDto,
    isArray: true,
    maxItems: 20,
    description: 'Required for a consensual affido: the consent of the parent(s) holding parental responsibility',
  })
  @ValidateIf((dto: OrderProtectionMeasureDto) => dto.legalBasis === CONSENSUAL_AFFIDO || dto.consents !== undefined)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ConsentDto)
  consents?: ConsentDto[];

  @OccurredAt()
  occurredAt?: string;
}

/** POST /cases/{caseId}/protection-measures/{measureId}/end */
export class EndProtectionMeasureDto {
  @CalendarDate()
  endedOn!: string;

  @LongText({ example: 'Return home after the mother recovered.' })
  reason!: string;

  @OccurredAt()
  occurredAt?: string;
}
