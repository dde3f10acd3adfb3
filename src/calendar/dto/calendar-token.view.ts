import { ApiProperty } from '@nestjs/swagger';

/** The feed's address with its token: shown once, since only the token's hash is kept. */
export class CalendarTokenView {
  @ApiProperty({
    example: 'https://tutela.comune.example.it/workers/alice/calendar.ics?token=Qm9vLi4u',
    description: 'Subscribe to it in Outlook or Google Calendar (add calendar from URL); keep it private',
  })
  url!: string;
  @ApiProperty({ format: 'uuid', description: 'Names this token in the CalendarFeedTokenIssued and …Revoked events' }) tokenId!: string;
  @ApiProperty({ example: '2026-10-26T09:30:00+01:00' }) issuedAt!: string;
}
