import { Matches } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { Name, Nested, OneOf } from '../../../cases/dto/decorators';
import { PARTNER_KINDS, PartnerKind } from '../partner.events';
import { PartnerContactDto } from './partner-contact.dto';

export const ISTAT_CODE = /^\d{6}$/;

/** POST /partners */
export class RegisterPartnerDto {
  @OneOf(PARTNER_KINDS)
  kind!: PartnerKind;

  @Name({ example: 'IC Manzoni' })
  name!: string;

  @ApiProperty({ example: '015146', pattern: '^\\d{6}$', description: 'ISTAT code of the comune where the partner works' })
  @Matches(ISTAT_CODE, { message: 'municipality must be an ISTAT code of 6 digits' })
  municipality!: string;

  @Nested(() => PartnerContactDto)
  contact!: PartnerContactDto;
}
