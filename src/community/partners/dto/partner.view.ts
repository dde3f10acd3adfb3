import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { ListQuery } from '../../../projections/list-query';
import { PARTNER_KINDS, PartnerKind } from '../partner.events';
import { PartnerContactDto } from './partner-contact.dto';
import { ISTAT_CODE } from './register-partner.dto';

export class PartnerView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: PARTNER_KINDS }) kind: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: '015146' }) municipality: string;
  @ApiProperty({ type: PartnerContactDto }) contact: PartnerContactDto;
  @ApiProperty() active: boolean;
  @ApiProperty({ type: 'integer', example: 2 }) revision: number;
}

export class PartnerListItem {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: PARTNER_KINDS }) kind: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: '015146' }) municipality: string;
  @ApiProperty() active: boolean;
  @ApiProperty({ format: 'date-time' }) registeredAt: string;
}

export class PartnerListView {
  @ApiProperty({ type: [PartnerListItem] }) items: PartnerListItem[];
  @ApiProperty({ type: String, nullable: true, description: 'Cursor of the next page (pass it as `cursor`); null on the last page' })
  next: string | null;
}

/** GET /partners */
export class PartnerListQueryDto extends ListQuery {
  @ApiPropertyOptional({ example: '015146', description: 'Only partners of this municipality (ISTAT code)' })
  @IsOptional()
  @Matches(ISTAT_CODE, { message: 'municipality must be an ISTAT code of 6 digits' })
  municipality?: string;

  @ApiPropertyOptional({ enum: PARTNER_KINDS })
  @IsOptional()
  @IsIn(PARTNER_KINDS)
  kind?: PartnerKind;
}
