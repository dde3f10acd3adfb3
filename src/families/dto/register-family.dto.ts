import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNotEmpty, IsObject, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';

export class MunicipalityDto {
  @ApiProperty({ example: '015146', description: "ISTAT code of a current comune (6 digits), from ISTAT's list" })
  @IsString()
  @Matches(/^\d{6}$/, { message: 'istatCode must be the 6-digit ISTAT code' })
  istatCode: string;

  @ApiProperty({
    example: 'Milano',
    maxLength: 200,
    description: 'Its name, compared without accents, case or apostrophes (forli is Forlì); the official name is kept and answered',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;
}

export class RegisterFamilyDto {
  @ApiProperty({ type: MunicipalityDto })
  @IsObject()
  @ValidateNested()
  @Type(() => MunicipalityDto)
  municipality: MunicipalityDto;

  @ApiProperty({ example: 'Via Roma 1', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  address: string;
}
