import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { Text, WorkerId } from '../../dto/decorators';
import { MAX_GRANT_HOURS, MAX_GRANT_REASON_LENGTH } from '../access-grants.decide';

/** POST /cases/{caseId}/access-grants: the grant starts now, so it takes no occurredAt. */
export class GrantCaseAccessDto {
  @WorkerId({ description: 'The worker (token subject) who is not on the team and needs to read the case' })
  workerId!: string;

  @Text(MAX_GRANT_REASON_LENGTH, { example: 'On-call night duty: the minor was brought to the emergency room' })
  reason!: string;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: MAX_GRANT_HOURS,
    example: 12,
    description: 'How long the grant runs, in whole hours',
  })
  @IsInt()
  @Min(1)
  @Max(MAX_GRANT_HOURS)
  hours!: number;
}

/** POST /cases/{caseId}/access-grants/{workerId}/revocation */
export class RevokeCaseAccessDto {
  @Text(MAX_GRANT_REASON_LENGTH, { required: false, example: 'The worker has been assigned to the team' })
  reason?: string;
}
