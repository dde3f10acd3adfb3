import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Name, Nested } from '../../../cases/dto/decorators';

export class PartnerContactDto {
  @Name({ example: 'prof.ssa Anna Bianchi' })
  name!: string;

  @Name({ example: 'referente per il benessere a scuola' })
  role!: string;

  @ApiPropertyOptional({ example: 'anna.bianchi@icmanzoni.edu.it', format: 'email', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @IsEmail()
  email?: string;

  @ApiPropertyOptional({ example: '+39 02 1234567', pattern: '^\\+?[0-9 ]{6,20}$' })
  @IsOptional()
  @IsString()
  @Matches(/^\+?[0-9 ]{6,20}$/, { message: 'phone must be digits and spaces, optionally after +' })
  phone?: string;
}

/** POST /partners/{partnerId}/contact */
export class UpdatePartnerContactDto {
  @Nested(() => PartnerContactDto)
  contact!: PartnerContactDto;
}

/** POST /partners/{partnerId}/deactivation and /reactivation */
export class PartnerStatusChangeDto {
  @ApiProperty({ example: 'The project ended in June', maxLength: 1000 })
  @IsString()
  @MaxLength(1000)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason!: string;
}
