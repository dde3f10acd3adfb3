import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, MaxLength } from 'class-validator';

/** PUT /workers/{workerId}/reminder-settings: where the daily deadline digest goes. */
export class ReminderSettingsDto {
  @ApiProperty({ example: 'alice.rossi@comune.example.it', format: 'email', maxLength: 254 })
  @MaxLength(254)
  @IsEmail({ allow_display_name: false, require_tld: false })
  email!: string;
}

export class ReminderSettingsView {
  @ApiProperty({ example: 'alice.rossi@comune.example.it' }) email!: string;
  @ApiProperty({ example: '2026-10-26T09:30:00+01:00' }) updatedAt!: string;
  @ApiProperty({ description: 'false while SMTP_URL is unset: the address is kept, nothing is sent' }) remindersEnabled!: boolean;
}
