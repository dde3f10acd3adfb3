import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateIf, ValidateNested } from 'class-validator';
import { LEGAL_BASES, LegalBasis, MEASURE_KINDS, MeasureKind, PLACE_KINDS, PlaceKind } from '../../case.values';
import { ConsentDto } from '../../dto/consent.dto';
import { Authority, CalendarDate, LongText, Name, Nested, OccurredAt, OneOf, ReportEveryMonths } from '../../dto/decorators';
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

  @ReportEveryMonths('Report interval set by the decree (affido default: 6); other measures report only when it is set')
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

/** The decree a court-ordered measure is changed or ended by. */
export class DecreeDto {
  @Authority()
  authority!: string;

  @Name({ example: '112/2027' })
  decreeNumber!: string;

  @CalendarDate()
  decreeDate!: string;
}

/** POST /cases/{caseId}/protection-measures/{measureId}/end */
export class EndProtectionMeasureDto {
  @CalendarDate()
  endedOn!: string;

  @LongText({ example: 'Return home after the mother recovered.' })
  reason!: string;

  @Nested(() => DecreeDto, {
    required: false,
    description: 'Required when an ordered measure ends before its term: the decree that ends it',
  })
  decree?: DecreeDto;

  @OccurredAt()
  occurredAt?: string;
}

/** POST /cases/{caseId}/protection-measures/{measureId}/extensions */
export class ExtendProtectionMeasureDto extends DecreeDto {
  @CalendarDate({ description: "The new end of the measure's term, later than the current one" })
  endsOn!: string;

  @LongText({ example: "Sospendere l'affidamento recherebbe pregiudizio al minore." })
  reason!: string;

  @ReportEveryMonths('A new report interval, when the decree changes it')
  reportEveryMonths?: number;

  @OccurredAt()
  occurredAt?: string;
}

/** POST /cases/{caseId}/protection-measures/{measureId}/modifications */
export class ModifyProtectionMeasureDto extends DecreeDto {
  @LongText({ example: 'Incontri protetti con il padre ogni quindici giorni.' })
  prescriptions!: string;

  @CalendarDate({ required: false, description: 'An earlier end than the current term; a later one is an extension' })
  endsOn?: string;

  @ReportEveryMonths('A new report interval, when the decree changes it')
  reportEveryMonths?: number;

  @OccurredAt()
  occurredAt?: string;
}
