import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MEMBER_ROLES, SEXES } from '../family.events';
import { MunicipalityDto } from './register-family.dto';

export class FamilyMemberView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() givenName: string;
  @ApiProperty() familyName: string;
  @ApiProperty({ format: 'date' }) birthDate: string;
  @ApiProperty({ enum: SEXES }) sex: string;
  @ApiProperty({ enum: MEMBER_ROLES }) role: string;
  @ApiPropertyOptional() fiscalCode?: string;
}

export class FamilyView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: MunicipalityDto }) municipality: MunicipalityDto;
  @ApiProperty() address: string;
  @ApiProperty({ type: [FamilyMemberView] }) members: FamilyMemberView[];
  @ApiProperty({ example: 2 }) revision: number;
}
