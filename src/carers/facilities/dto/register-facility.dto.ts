import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { CalendarDate, Name, Nested, OneOf, Text } from '../../../cases/dto/decorators';
import { MunicipalityDto } from '../../../families/dto/register-family.dto';
import { FACILITY_KINDS, FacilityKind } from '../facility.events';

export const MAX_PLACES = 200;

/** Places: a whole number from 1 (a facility with no place hosts nobody; closing it is FacilityClosed). */
export const Places = (description: string) =>
  applyDecorators(
    ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_PLACES, example: 2, description }),
    IsInt(),
    Min(1),
    Max(MAX_PLACES),
  );

export class FacilityAuthorisationDto {
  @Name({ example: 'Lombardia', description: 'The region that authorised the facility to operate' })
  region!: string;

  @Name({ example: 'DGR 1234/2024', description: 'Number of the authorising act' })
  actNumber!: string;

  @CalendarDate({ example: '2024-03-15' })
  actDate!: string;
}

/** POST /facilities */
export class RegisterFacilityDto {
  @Name({ example: 'Comunità Casa Aurora' })
  name!: string;

  @OneOf(FACILITY_KINDS, { example: 'comunita-madre-bambino' })
  kind!: FacilityKind;

  @Places('Authorised places')
  capacity!: number;

  @Nested(() => MunicipalityDto)
  municipality!: MunicipalityDto;

  @Text(500, { example: 'Via dei Mille 12' })
  address!: string;

  @Nested(() => FacilityAuthorisationDto)
  authorisation!: FacilityAuthorisationDto;
}

/** POST /facilities/{facilityId}/capacity */
export class ChangeFacilityCapacityDto {
  @Places('Authorised places from now on')
  capacity!: number;

  @Text(1000, { example: 'New authorisation DGR 99/2026' })
  reason!: string;
}

/** POST /facilities/{facilityId}/closure */
export class CloseFacilityDto {
  @CalendarDate({ example: '2026-12-31' })
  closedOn!: string;

  @Text(1000, { example: 'The cooperative ended the service' })
  reason!: string;
}
