import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { ListQuery } from '../../../projections/list-query';
import { INITIATIVE_KINDS } from '../initiative.events';
import { ParticipantsDto } from './initiative-outcome.dto';

export const INITIATIVE_STATUSES = ['planned', 'held', 'cancelled'] as const;

export class InitiativeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: INITIATIVE_KINDS }) kind: string;
  @ApiProperty({ type: [String], example: ['015146'] }) municipalities: string[];
  @ApiProperty({ type: [String], format: 'uuid' }) partnerIds: string[];
  @ApiProperty({ format: 'date-time' }) scheduledAt: string;
  @ApiProperty() place: string;
  @ApiProperty({ enum: INITIATIVE_STATUSES }) status: string;
  @ApiPropertyOptional({ type: ParticipantsDto }) participants?: ParticipantsDto;
}

export class InitiativeCalendarView {
  @ApiProperty({ type: [InitiativeView] }) items: InitiativeView[];
  @ApiProperty({ type: String, nullable: true, description: 'Cursor of the next page (pass it as `cursor`); null on the last page' })
  next: string | null;
}

/** GET /initiatives */
export class InitiativeCalendarQueryDto extends ListQuery {
  @ApiPropertyOptional({ enum: ['upcoming', 'past'], default: 'upcoming', description: 'upcoming: soonest first; past: latest first' })
  @IsOptional()
  @IsIn(['upcoming', 'past'])
  when?: 'upcoming' | 'past';

  @ApiPropertyOptional({ example: '015146', description: 'Only initiatives this municipality promotes (ISTAT code)' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'municipality must be an ISTAT code of 6 digits' })
  municipality?: string;
}
