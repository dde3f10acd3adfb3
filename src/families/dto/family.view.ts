import { BirthPlaceDto } from './birth-place.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MEMBER_ROLES, RELATION_KINDS, SEXES } from '../family.events';
import { GuardianshipDecreeDto } from './relation.dto';
import { MunicipalityDto } from './register-family.dto';

export class FamilyMemberView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() givenName: string;
  @ApiProperty() familyName: string;
  @ApiProperty({ format: 'date' }) birthDate: string;
  @ApiProperty({ enum: SEXES }) sex: string;
  @ApiProperty({ enum: MEMBER_ROLES }) role: string;
  @ApiPropertyOptional() fiscalCode?: string;
  @ApiPropertyOptional({ type: () => BirthPlaceDto, description: 'A comune { istatCode, name } or a state abroad { country }' })
  birthPlace?: BirthPlaceDto;
  @ApiPropertyOptional({ format: 'uuid', description: 'The person registry id (the same as id), when the member is one' })
  personId?: string;
}

export class FamilyRelationView {
  @ApiProperty({ format: 'uuid' }) relationId: string;
  @ApiProperty({ enum: RELATION_KINDS }) kind: string;
  @ApiProperty({ format: 'uuid' }) fromId: string;
  @ApiProperty({ format: 'uuid' }) toId: string;
  @ApiPropertyOptional({ format: 'date' }) since?: string;
  @ApiPropertyOptional({ type: 'integer' }) degree?: number;
  @ApiPropertyOptional({ type: GuardianshipDecreeDto }) decree?: GuardianshipDecreeDto;
  @ApiPropertyOptional({ format: 'date', description: 'Set once the relation ended' }) endedOn?: string;
}

export class FamilySummaryMemberView {
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty() givenName: string;
  @ApiProperty() familyName: string;
  @ApiProperty({ format: 'date' }) birthDate: string;
  @ApiProperty({ enum: MEMBER_ROLES }) role: string;
}

export class FamilySummaryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: MunicipalityDto }) municipality: MunicipalityDto;
  @ApiProperty() address: string;
  @ApiProperty({ type: [FamilySummaryMemberView] }) members: FamilySummaryMemberView[];
}

export class FamiliesPageView {
  @ApiProperty({ type: [FamilySummaryView] }) items: FamilySummaryView[];
  @ApiProperty({ nullable: true, type: String }) next: string | null;
}

export class FamilyView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: MunicipalityDto }) municipality: MunicipalityDto;
  @ApiProperty() address: string;
  @ApiProperty({ type: [FamilyMemberView] }) members: FamilyMemberView[];
  @ApiProperty({ type: [FamilyRelationView], description: 'Current and ended relations between members' }) relations: FamilyRelationView[];
  @ApiProperty({ type: 'integer', example: 2 }) revision: number;
}
