import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';

/** Either a comune (istatCode and name, checked against ISTAT's list) or a state abroad (country); 400 BIRTH_PLACE_INVALID otherwise. */
export class BirthPlaceDto {
  @ApiPropertyOptional({ example: '058091', pattern: '^\\d{6}$', description: 'ISTAT code of the comune of birth' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'birthPlace.istatCode must be an ISTAT code of 6 digits' })
  istatCode?: string;

  @ApiPropertyOptional({ example: 'Roma', maxLength: 200, description: 'Its name; answered with the official one' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ example: 'AL', pattern: '^[A-Z]{2}$', description: 'Born abroad: the state, ISO 3166-1 alpha-2' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'birthPlace.country must be an ISO 3166-1 alpha-2 code such as AL' })
  country?: string;
}

/** A person's optional birthplace, as registrations, members and corrections take it. */
export const BirthPlaceField = () =>
  applyDecorators(
    ApiPropertyOptional({ type: () => BirthPlaceDto, description: 'A comune { istatCode, name } or a state abroad { country }' }),
    IsOptional(),
    ValidateNested(),
    Type(() => BirthPlaceDto),
  );
