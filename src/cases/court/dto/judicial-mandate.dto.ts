import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional } from 'class-validator';
import { JudicialMandateFieldsDto } from '../../dto/judicial-mandate.dto';
import { Authority, CalendarDate, CalendarDates, LongText, Name, OccurredAt, ReportEveryMonths, Text } from '../../dto/decorators';
import { MANDATE_KINDS, MandateKind } from '../../case.values';

/** POST /cases/{caseId}/judicial-mandates */
export class ReceiveJudicialMandateDto extends JudicialMandateFieldsDto {
  @OccurredAt()
  occurredAt?: string;
}

/** A later decree in the proceeding of mandates on this case. */
class LaterMandateDecreeDto {
  @Name({ example: '123/2026 R.G.', description: 'The proceeding whose mandates in force the decree changes' })
  proceedingNumber!: string;

  @Authority()
  authority!: string;

  @Name({ example: '77/2027' })
  decreeNumber!: string;

  @CalendarDate()
  decreeDate!: string;

  @OccurredAt()
  occurredAt?: string;
}

/** POST /cases/{caseId}/judicial-mandates/modifications */
export class ModifyJudicialMandateDto extends LaterMandateDecreeDto {
  @LongText({ example: 'Il servizio sostiene la madre e vigila sugli incontri con il padre.' })
  prescriptions!: string;

  @ApiPropertyOptional({ enum: MANDATE_KINDS, isArray: true, minItems: 1, maxItems: 20, description: 'What the service must now do' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsIn(MANDATE_KINDS, { each: true })
  mandates?: MandateKind[];

  @CalendarDates(20, { required: false, description: 'New report deadlines; they replace those after the decree' })
  reportDeadlines?: string[];

  @ReportEveryMonths('A standing report interval from the decree on; it replaces the report deadlines after the decree')
  reportEveryMonths?: number;
}

/** POST /cases/{caseId}/judicial-mandates/end */
export class EndJudicialMandateDto extends LaterMandateDecreeDto {
  @CalendarDate()
  endedOn!: string;

  @Text(4000, { required: false, example: 'Il procedimento è archiviato.' })
  reason?: string;
}
