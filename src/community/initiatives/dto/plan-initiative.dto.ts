import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsUUID, Matches } from 'class-validator';
import { Instant, Name, OneOf } from '../../../cases/dto/decorators';
import { INITIATIVE_KINDS, InitiativeKind } from '../initiative.events';

/** POST /initiatives */
export class PlanInitiativeDto {
  @Name({ example: 'Stare bene a scuola: incontro con i genitori' })
  title!: string;

  @OneOf(INITIATIVE_KINDS)
  kind!: InitiativeKind;

  @ApiProperty({
    type: String,
    isArray: true,
    minItems: 1,
    maxItems: 50,
    example: ['015146'],
    description: 'ISTAT codes of the promoting comuni',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @Matches(/^\d{6}$/, { each: true, message: 'each municipality must be an ISTAT code of 6 digits' })
  municipalities!: string[];

  @ApiProperty({ type: String, format: 'uuid', isArray: true, maxItems: 50, description: 'Registered, active partners' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID(undefined, { each: true })
  partnerIds!: string[];

  @Instant({ description: 'When it takes place' })
  scheduledAt!: string;

  @Name({ example: 'Aula magna, IC Manzoni' })
  place!: string;
}
