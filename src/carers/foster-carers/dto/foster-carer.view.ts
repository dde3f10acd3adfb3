import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ListQuery } from '../../../projections/list-query';
import { OccupancyView } from '../../facilities/dto/facility.view';
import { AFFIDO_KINDS, AffidoKind } from '../foster-carer.events';
import { FosterAvailabilityDto } from './register-foster-carer.dto';

export class CarerView {
  @ApiProperty({ format: 'uuid', description: 'Member id in the family' }) memberId: string;
  @ApiProperty({ example: 'Luca Rossi' }) name: string;
}

export class FosterCarerListItem {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) familyId: string;
  @ApiProperty({ example: 'Luca Rossi, Anna Bianchi', description: 'The carers, as named at registration' }) names: string;
  @ApiProperty({ enum: AFFIDO_KINDS, isArray: true }) accepts: string[];
  @ApiProperty({ format: 'date' }) assessedOn: string;
  @ApiProperty() active: boolean;
  @ApiProperty({ type: OccupancyView, description: 'capacity is the places offered' }) occupancy: OccupancyView;
}

export class FosterCarerView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) familyId: string;
  @ApiProperty({ type: [CarerView] }) carers: CarerView[];
  @ApiProperty({ type: FosterAvailabilityDto }) availability: FosterAvailabilityDto;
  @ApiProperty({ format: 'date' }) assessedOn: string;
  @ApiProperty() active: boolean;
  @ApiPropertyOptional({ format: 'date' }) withdrawnOn?: string;
  @ApiProperty({ type: OccupancyView }) occupancy: OccupancyView;
  @ApiProperty({ type: 'integer', example: 1 }) revision: number;
}

export class FosterCarerListView {
  @ApiProperty({ type: [FosterCarerListItem] }) items: FosterCarerListItem[];
  @ApiProperty({ type: String, nullable: true, description: 'Cursor of the next page (pass it as `cursor`); null on the last page' })
  next: string | null;
}

/** GET /foster-carers */
export class FosterCarerListQueryDto extends ListQuery {
  @ApiPropertyOptional({ enum: AFFIDO_KINDS, description: 'Only households accepting this kind of affido' })
  @IsOptional()
  @IsIn(AFFIDO_KINDS)
  accepts?: AffidoKind;
}
