import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsUUID } from 'class-validator';
import { CalendarDate, Nested, Text, Uuid } from '../../../cases/dto/decorators';
import { Places } from '../../facilities/dto/register-facility.dto';
import { AFFIDO_KINDS, AffidoKind } from '../foster-carer.events';

export class FosterAvailabilityDto {
  @ApiProperty({ enum: AFFIDO_KINDS, isArray: true, minItems: 1, maxItems: AFFIDO_KINDS.length, example: ['residential', 'emergency'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(AFFIDO_KINDS.length)
  @ArrayUnique()
  @IsIn(AFFIDO_KINDS, { each: true })
  accepts!: AffidoKind[];

  @Places('Children the household can take at once')
  places!: number;
}

/** POST /foster-carers */
export class RegisterFosterCarerDto {
  @Uuid({ description: 'The household (POST /families) the carers live in' })
  familyId!: string;

  @ApiProperty({
    type: String,
    format: 'uuid',
    isArray: true,
    minItems: 1,
    maxItems: 4,
    description: 'Adult members of that family who are the carers',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  carerIds!: string[];

  @Nested(() => FosterAvailabilityDto)
  availability!: FosterAvailabilityDto;

  @CalendarDate({ example: '2026-06-10', description: "Date of the service's suitability assessment (idoneità)" })
  assessedOn!: string;
}

/** POST /foster-carers/{fosterCarerId}/availability */
export class ChangeFosterAvailabilityDto {
  @Nested(() => FosterAvailabilityDto)
  availability!: FosterAvailabilityDto;
}

/** POST /foster-carers/{fosterCarerId}/withdrawal */
export class WithdrawFosterCarerDto {
  @CalendarDate()
  withdrawnOn!: string;

  @Text(1000, { example: 'The family moved away' })
  reason!: string;
}
