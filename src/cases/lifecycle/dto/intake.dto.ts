import { ApiProperty } from '@nestjs/swagger';
import { Equals } from 'class-validator';
import { REFERRER_KINDS, ReferrerKind } from '../../case.values';
import { JudicialMandateFieldsDto } from '../../dto/judicial-mandate.dto';
import { LongText, Name, Nested, OneOf, Uuid } from '../../dto/decorators';

/** The three intake kinds of POST /cases; `kind` picks the class (see OpenCaseDto). */
export class SpontaneousIntakeDto {
  @ApiProperty({ enum: ['spontaneous'] })
  @Equals('spontaneous')
  kind!: 'spontaneous';

  @Uuid({ description: 'A parent or guardian of the family, or the minor' })
  requesterId!: string;

  @LongText({ example: 'Asks for help: the boy refuses to go to school.' })
  reason!: string;
}

export class ReferrerDto {
  @OneOf(REFERRER_KINDS)
  kind!: ReferrerKind;

  @Name({ example: 'IC Manzoni' })
  organisation!: string;

  @Name({ example: 'prof.ssa Anna Bianchi' })
  contactPerson!: string;
}

export class SemiSpontaneousIntakeDto {
  @ApiProperty({ enum: ['semi-spontaneous'] })
  @Equals('semi-spontaneous')
  kind!: 'semi-spontaneous';

  @Nested(() => ReferrerDto)
  referrer!: ReferrerDto;

  @LongText({ example: 'Frequent absences since October.' })
  reason!: string;

  @Uuid({ required: false, description: 'A registered, active community partner who referred the minor' })
  partnerId?: string;

  @Uuid({ required: false, description: 'The report (segnalazione) the case is opened from' })
  reportId?: string;
}

export class JudicialIntakeDto extends JudicialMandateFieldsDto {
  @ApiProperty({ enum: ['judicial'] })
  @Equals('judicial')
  kind!: 'judicial';
}

export const INTAKE_DTOS = [SpontaneousIntakeDto, SemiSpontaneousIntakeDto, JudicialIntakeDto] as const;
export type IntakeDto = SpontaneousIntakeDto | SemiSpontaneousIntakeDto | JudicialIntakeDto;
