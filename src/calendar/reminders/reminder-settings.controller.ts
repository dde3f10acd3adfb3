import { Body, Controller, Delete, HttpCode, Inject, Param, Put, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Pool } from 'pg';
import { OwnOnly, Roles } from '../../auth/auth.guard';
import { CASE_READERS } from '../../auth/roles';
import { ApiProblems } from '../../common/api-problems';
import { CLOCK, Clock } from '../../common/clock';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { PG_POOL } from '../../database/database.tokens';
import { WorkerIdParam } from '../../projections/caseload/worker-id-param';
import { romeIso } from '../../projections/deadlines/rome-time';
import { OwnCalendarGuard } from '../own-calendar';
import { ReminderSettingsDto, ReminderSettingsView } from './dto/reminder-settings.dto';

/**
 * Workers live in the identity provider, which gives tutela no e-mail: a worker who wants the digest gives one here.
 * A preference, not a fact of any case, so it is a row (replaced, deleted), not an event.
 */
@ApiTags('calendar')
@Controller('workers')
export class ReminderSettingsController {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(CLOCK) private readonly now: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Put(':workerId/reminder-settings')
  @Roles(...CASE_READERS)
  @OwnOnly()
  @UseGuards(OwnCalendarGuard)
  @ApiOperation({
    summary: 'Receive a daily e-mail digest of deadlines due in the next days and overdue ones',
    description: 'Only the worker themselves (403 NOT_YOUR_CALENDAR). Sent when SMTP_URL is configured; see REMINDER_DAYS_AHEAD.',
  })
  @ApiParam({ name: 'workerId', description: 'Token subject of the worker', example: 'alice' })
  @ApiBearerAuth()
  @ApiProblems(400, 401, 403, 413, 429)
  @ApiOkResponse({ type: ReminderSettingsView })
  async put(@Param('workerId', WorkerIdParam) workerId: string, @Body() body: ReminderSettingsDto): Promise<ReminderSettingsView> {
    const now = this.now();
    await this.pool.query(
      `INSERT INTO reminder_settings (worker_id, email, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (worker_id) DO UPDATE SET email = EXCLUDED.email, updated_at = EXCLUDED.updated_at`,
      [workerId, body.email, now],
    );
    return { email: body.email, updatedAt: romeIso(now), remindersEnabled: this.config.reminders.smtpUrl !== undefined };
  }

  @Delete(':workerId/reminder-settings')
  @HttpCode(204)
  @Roles(...CASE_READERS)
  @OwnOnly()
  @UseGuards(OwnCalendarGuard)
  @ApiOperation({
    summary: 'Stop the e-mail digest and forget the address',
    description: 'Only the worker themselves; 204 also when none was set.',
  })
  @ApiParam({ name: 'workerId', description: 'Token subject of the worker', example: 'alice' })
  @ApiBearerAuth()
  @ApiProblems(400, 401, 403, 429)
  @ApiNoContentResponse({ description: 'No digest will be sent' })
  async remove(@Param('workerId', WorkerIdParam) workerId: string): Promise<void> {
    await this.pool.query('DELETE FROM reminder_settings WHERE worker_id = $1', [workerId]);
  }
}
