import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn } from 'class-validator';
import { MANDATE_KINDS, MandateKind } from '../case.values';
import { Authority, CalendarDate, CalendarDates, Name, ReportEveryMonths } from './decorators';

/** What the Judicial Authority sets in a mandate: shared by the judicial intake and a further mandate. */
export class JudicialMandateFieldsDto {
  @Authority()
  authority!: string;

  @Name({ example: '123/2026 R.G.' })
  proceedingNumber!: string;

  @CalendarDate({ example: '2026-11-02' })
  decreeDate!: string;

  @ApiProperty({ enum: MANDATE_KINDS, isArray: true, minItems: 1, maxItems: 20, example: ['investigation-and-assessment'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsIn(MANDATE_KINDS, { each: true })
  mandates!: MandateKind[];

  @CalendarDates(20, { description: 'The report deadlines the judge set (YYYY-MM-DD); may be empty.' })
  reportDeadlines!: string[];

  @ReportEveryMonths('A standing report interval the decree sets, besides or instead of fixed dates')
  reportEveryMonths?: number;
}
