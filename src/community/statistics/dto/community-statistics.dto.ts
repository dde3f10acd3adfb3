import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { CalendarDate } from '../../../cases/dto/decorators';
import { ConsistencyQuery } from '../../../projections/read-your-writes';
import { FACILITY_KINDS } from '../../../carers/facilities/facility.events';
import { OccupancyView } from '../../../carers/facilities/dto/facility.view';
import { ParticipantsDto } from '../../initiatives/dto/initiative-outcome.dto';

/** GET /community/statistics: a period of Europe/Rome calendar days, both ends included. */
export class CommunityStatisticsQueryDto extends ConsistencyQuery {
  @CalendarDate({ example: '2026-01-01', description: 'First day of the period (included)' })
  from!: string;

  @CalendarDate({ example: '2026-12-31', description: 'Last day of the period (included); not before from' })
  to!: string;

  @ApiPropertyOptional({ example: '015146', description: 'Only initiatives this municipality promotes (ISTAT code); reports carry none' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'municipality must be an ISTAT code of 6 digits' })
  municipality?: string;
}

export class CountByKey {
  @ApiProperty() key: string;
  @ApiProperty({ type: 'integer' }) count: number;
}

export class FacilityOccupancyItem {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: FACILITY_KINDS }) kind: string;
  @ApiProperty({ example: '015146' }) municipality: string;
  @ApiProperty({ type: OccupancyView }) occupancy: OccupancyView;
}

export class CommunityStatisticsView {
  @ApiProperty({ example: { from: '2026-01-01', to: '2026-12-31' } }) period: { from: string; to: string };
  @ApiProperty({ nullable: true, type: String }) municipality: string | null;
  @ApiProperty({ type: 'integer', description: 'Initiatives held in the period' }) initiativesHeld: number;
  @ApiProperty({ type: ParticipantsDto, description: 'Participants of those initiatives, by category' }) participants: ParticipantsDto;
  @ApiProperty({ type: [CountByKey], description: 'Reports received in the period, by source kind' }) reportsBySource: CountByKey[];
  @ApiProperty({ type: [CountByKey], description: 'Those reports by screening outcome; awaiting-screening for the rest' })
  reportsByOutcome: CountByKey[];
  @ApiProperty({
    type: [FacilityOccupancyItem],
    description: 'Each open facility (of the municipality, when given) with its occupancy today',
  })
  facilities: FacilityOccupancyItem[];
}
