import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { Pool } from 'pg';
import { Public } from '../auth/auth.guard';
import { PG_POOL } from '../database/database.tokens';
import { EVENT_STORE, EventStore } from '../event-store/event-store';
import { ProjectionRunner } from '../projections/projection-runner';

/** Readiness never hangs: each probe has its own deadline, well inside 5 s. */
const PROBE_TIMEOUT_MS = 2000;

const withDeadline = <T>(work: Promise<T>): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<never>(
      (_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS)),
    ),
  ]).finally(() => clearTimeout(timer));
};

const probe = async (check: () => Promise<unknown>): Promise<{ status: 'up' | 'down'; latencyMs: number; error?: string }> => {
  const started = Date.now();
  try {
    await withDeadline(check());
    return { status: 'up', latencyMs: Date.now() - started };
  } catch (error) {
    return { status: 'down', latencyMs: Date.now() - started, error: (error as Error).message };
  }
};

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: ProjectionRunner,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Liveness: the process answers' })
  @ApiOkResponse({ schema: { example: { status: 'ok' } } })
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  @ApiOperation({ summary: 'Readiness: Postgres and the event store answer; each projection with its checkpoint and lag' })
  @ApiOkResponse({ schema: { example: { status: 'ready', checks: { postgres: { status: 'up', latencyMs: 1 } } } } })
  @ApiServiceUnavailableResponse({ description: 'A dependency is down or does not answer within 2 s' })
  async ready(@Res({ passthrough: true }) res: Response) {
    const [postgres, eventStore] = await Promise.all([probe(() => this.pool.query('SELECT 1')), probe(() => this.store.ping())]);
    const ready = postgres.status === 'up' && eventStore.status === 'up';
    res.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    const projections = ready ? await withDeadline(this.runner.status()).catch((e: Error) => ({ error: e.message })) : undefined;
    // A failing projection degrades the service but does not take the instance out of the load balancer.
    const degraded = Array.isArray(projections) && projections.some((p) => p.lastError);
    return { status: ready ? (degraded ? 'degraded' : 'ready') : 'unavailable', checks: { postgres, eventStore }, projections };
  }
}
