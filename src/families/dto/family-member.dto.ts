import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { MEMBER_ROLES, MemberRole, SEXES, Sex } from '../family.events';

export class AddFamilyMemberDto {
  @ApiProperty({ example: 'Luca', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  givenName: string;

  @ApiProperty({ example: 'Bianchi', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  familyName: string;

  @ApiProperty({ example: '2015-03-02', format: 'date' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'birthDate must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  birthDate: string;

  @ApiProperty({ enum: SEXES, example: 'M', description: 'X: not stated' })
  @IsIn(SEXES)
  sex: Sex;

  @ApiProperty({ enum: MEMBER_ROLES, example: 'minor' })
  @IsIn(MEMBER_ROLES)
  role: MemberRole;

  @ApiPropertyOptional({ example: 'BNCLCU15C02F205X', description: 'Codice fiscale, checked with its check character' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Z0-9]{16}$/, { message: 'fiscalCode must be 16 upper-case letters and digits' })
  fiscalCode?: string;
}

export class CorrectFamilyMemberDto extends PartialType(AddFamilyMemberDto) {
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
