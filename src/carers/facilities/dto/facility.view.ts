import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { ListQuery } from '../../../projections/list-query';
import { ISTAT_CODE } from '../../../community/partners/dto/register-partner.dto';
import { MunicipalityDto } from '../../../families/dto/register-family.dto';
import { FACILITY_KINDS, FacilityKind } from '../facility.events';
import { FacilityAuthorisationDto } from './register-facility.dto';

/** How many children are placed there now against how many places it has. */
export class OccupancyView {
  @ApiProperty({ type: 'integer', example: 2 }) capacity: number;
  @ApiProperty({ type: 'integer', example: 1, description: 'Children placed there now (placements started, not ended, revoked or lapsed)' })
  occupied: number;
  @ApiProperty({ type: 'integer', example: 1, description: 'capacity - occupied; negative when over capacity' }) free: number;
}

export class FacilityListItem {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: FACILITY_KINDS }) kind: string;
  @ApiProperty({ type: MunicipalityDto }) municipality: MunicipalityDto;
  @ApiProperty() open: boolean;
  @ApiProperty({ type: OccupancyView }) occupancy: OccupancyView;
}

export class FacilityView extends FacilityListItem {
  @ApiProperty() address: string;
  @ApiProperty({ type: FacilityAuthorisationDto }) authorisation: FacilityAuthorisationDto;
  @ApiPropertyOptional({ format: 'date' }) closedOn?: string;
  @ApiProperty({ type: 'integer', example: 1 }) revision: number;
}

export class FacilityListView {
  @ApiProperty({ type: [FacilityListItem] }) items: FacilityListItem[];
  @ApiProperty({ type: String, nullable: true, description: 'Cursor of the next page (pass it as `cursor`); null on the last page' })
  next: string | null;
}

/** GET /facilities */
export class FacilityListQueryDto extends ListQuery {
  @ApiPropertyOptional({ enum: FACILITY_KINDS })
  @IsOptional()
  @IsIn(FACILITY_KINDS)
  kind?: FacilityKind;

  @ApiPropertyOptional({ example: '015146', description: 'Only facilities in this municipality (ISTAT code)' })
  @IsOptional()
  @Matches(ISTAT_CODE, { message: 'municipality must be an ISTAT code of 6 digits' })
  municipality?: string;
}
