import { BirthPlace } from '../../families/family.events';
import { BirthPlaceDto, BirthPlaceField } from '../../families/dto/birth-place.dto';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { SEXES, Sex } from '../../families/family.events';
import { ListQuery } from '../../projections/list-query';

export class PersonIdentityDto {
  @ApiProperty({ example: 'Anna', maxLength: 100 }) @IsString() @IsNotEmpty() @MaxLength(100) givenName: string;

  @ApiProperty({ example: 'Ferri', maxLength: 100 }) @IsString() @IsNotEmpty() @MaxLength(100) familyName: string;

  @ApiProperty({ example: '1988-04-12', format: 'date' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'birthDate must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  birthDate: string;

  @ApiProperty({ enum: SEXES, example: 'F', description: 'X: not stated' }) @IsIn(SEXES) sex: Sex;

  @ApiPropertyOptional({
    example: 'FRRNNA88D52H501F',
    description:
      'Codice fiscale: its check character, and its surname, name, birth date and sex parts against the person (omocodia allowed)',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Z0-9]{16}$/, { message: 'fiscalCode must be 16 upper-case letters and digits' })
  fiscalCode?: string;

  @ApiPropertyOptional({ example: ['IT'], description: 'ISO 3166-1 alpha-2 codes', maxItems: 5 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'citizenship must hold ISO 3166-1 alpha-2 codes such as IT' })
  citizenship?: string[];

  // Typed as the domain's union: the DTO checks each field, decide checks which form it is (BIRTH_PLACE_INVALID).
  @BirthPlaceField()
  birthPlace?: BirthPlace;
}

export class RegisterPersonDto extends PersonIdentityDto {
  @ApiPropertyOptional({ description: 'Register even though people with close names and the same birth date exist (409 listed them)' })
  @IsOptional()
  @IsBoolean()
  confirmNewPerson?: boolean;
}

export class CorrectPersonDto extends PartialType(PersonIdentityDto) {
  @ApiProperty({ example: 'Birth date mistyped at registration', maxLength: 1000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

export class MergePersonDto {
  @ApiProperty({ format: 'uuid', description: 'The record that stays: this one is merged into it' }) @IsUUID() into: string;

  @ApiProperty({ example: 'Registered twice, once with a misspelled name', maxLength: 1000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

export class PeopleSearchDto extends ListQuery {
  @ApiProperty({
    description: 'A name (any order, accents and typos tolerated), a prefix of it, or a fiscal code',
    minLength: 2,
    maxLength: 100,
  })
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  q: string;
}

export class FamiliesSearchDto extends ListQuery {
  @ApiPropertyOptional({ description: "A member's name or fiscal code, or a case's R.G. number", minLength: 2, maxLength: 100 })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'ISTAT code of the municipality', example: '040012' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'municipality must be a six-digit ISTAT code' })
  municipality?: string;
}

export class HouseholdRefDto {
  @ApiProperty({ format: 'uuid' }) familyId: string;
  @ApiProperty({ example: 'parent' }) role: string;
}

export class PersonSummaryDto {
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty() givenName: string;
  @ApiProperty() familyName: string;
  @ApiProperty({ format: 'date' }) birthDate: string;
  @ApiProperty({ enum: SEXES }) sex: string;
  @ApiProperty({ nullable: true, type: String }) fiscalCode: string | null;
  @ApiProperty({ type: [HouseholdRefDto] }) households: HouseholdRefDto[];
}

export class PeoplePageDto {
  @ApiProperty({ type: [PersonSummaryDto] }) items: PersonSummaryDto[];
  @ApiProperty({ nullable: true, type: String, description: 'cursor of the next page' }) next: string | null;
}

export class PersonViewDto extends PersonSummaryDto {
  @ApiPropertyOptional({ type: [String] }) citizenship?: string[];
  @ApiPropertyOptional({ type: () => BirthPlaceDto, description: 'A comune { istatCode, name } or a state abroad { country }' })
  birthPlace?: BirthPlaceDto;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'Set once merged: the record that stands for this person' })
  mergedInto: string | null;
  @ApiProperty({ type: 'integer' }) revision: number;
}
