import { BirthPlaceField } from './birth-place.dto';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';
import { BirthPlace, MEMBER_ROLES, MemberRole, SEXES, Sex } from '../family.events';

/** A new person's details are required unless personId links a person already in the registry. */
const newPerson = ValidateIf((body: { personId?: string }) => body.personId === undefined);

export class AddFamilyMemberDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Link a person of the registry instead of giving details (409 candidates name them)',
  })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @ApiPropertyOptional({ description: 'Register a new person even though the registry lists close matches' })
  @IsOptional()
  @IsBoolean()
  confirmNewPerson?: boolean;

  @ApiProperty({ example: 'Luca', maxLength: 100, description: 'Required unless personId is given' })
  @newPerson
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  givenName?: string;

  @ApiProperty({ example: 'Bianchi', maxLength: 100, description: 'Required unless personId is given' })
  @newPerson
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  familyName?: string;

  @ApiProperty({ example: '2015-03-02', format: 'date', description: 'Required unless personId is given' })
  @newPerson
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'birthDate must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  birthDate?: string;

  @ApiProperty({ enum: SEXES, example: 'M', description: 'X: not stated; required unless personId is given' })
  @newPerson
  @IsIn(SEXES)
  sex?: Sex;

  @ApiProperty({ enum: MEMBER_ROLES, example: 'minor' })
  @IsIn(MEMBER_ROLES)
  role: MemberRole;

  @ApiPropertyOptional({
    example: 'BNCLCU15C02F205X',
    description:
      'Codice fiscale: its check character, and its surname, name, birth date and sex parts against the person (omocodia allowed)',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Z0-9]{16}$/, { message: 'fiscalCode must be 16 upper-case letters and digits' })
  fiscalCode?: string;

  // Typed as the domain's union: the DTO checks each field, decide checks which form it is (BIRTH_PLACE_INVALID).
  @BirthPlaceField()
  birthPlace?: BirthPlace;
}

export class CorrectFamilyMemberDto extends PartialType(OmitType(AddFamilyMemberDto, ['personId', 'confirmNewPerson'] as const)) {
  @ApiProperty({ example: 'Birth date mistyped at registration', maxLength: 1000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

export class RemoveFamilyMemberDto {
  @ApiProperty({ example: 'Moved out of the household', maxLength: 1000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}
