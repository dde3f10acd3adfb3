import { Authority, CalendarDate, Name, OccurredAt } from '../../dto/decorators';

/** POST /cases/{caseId}/prosieguo: a prosieguo amministrativo decree (R.D.L. 1404/1934 art. 25). */
export class GrantProsieguoDto {
  @Authority()
  authority!: string;

  @Name({ example: '301/2026' })
  decreeNumber!: string;

  @CalendarDate()
  decreeDate!: string;

  @CalendarDate({ example: '2028-06-30', description: 'No later than the 21st birthday' })
  until!: string;

  @CalendarDate({ description: 'When the young person consented' })
  youngPersonConsentedAt!: string;

  @OccurredAt()
  occurredAt?: string;
}
