import { CanActivate, ExecutionContext, Inject, Injectable, UseGuards, applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { Pool } from 'pg';
import { AuthenticatedRequest } from '../auth/auth.guard';
import { seesOnlyOwnCases } from '../auth/roles';
import { caseKind, isOnCase } from '../cases/case.decider';
import { isUuid } from '../common/ids';
import { PG_POOL } from '../database/database.tokens';
import { EventLog } from '../event-store/event-log';
import { EVENT_STORE, EventStore } from '../event-store/event-store';
import { ProjectionRunner } from '../projections/projection-runner';
import { Streams } from '../common/send-command';
import { FamilyNotVisibleError } from './family.errors';
import { familyStream } from './family.events';

export { FamilyNotVisibleError };

const CATCH_UP_MS = 2000;

/**
 * Need-to-know on households: a social worker, psychologist or educator reaches a family only as whoever registered
 * it or through a case of it they may see; coordinators and court liaison reach every family. Unknown families pass
 * here and are answered 404 by the handler.
 */
@Injectable()
export class FamilyAccessGuard implements CanActivate {
  constructor(
    private readonly log: EventLog,
    private readonly streams: Streams,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: ProjectionRunner,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const familyId = request.params?.familyId;
    const principal = request.principal;
    if (typeof familyId !== 'string' || !isUuid(familyId) || !principal || !seesOnlyOwnCases(principal)) return true;
    const registrant = await this.registrantOf(familyId);
    if (registrant === undefined || registrant === principal.id) return true;
    if (await this.seesACaseOf(familyId, principal.id)) return true;
    // The case list of a family is a read model: a case opened a moment ago may not be in it yet.
    if ((await this.caughtUp()) && (await this.seesACaseOf(familyId, principal.id))) return true;
    throw new FamilyNotVisibleError(familyId);
  }

  private async registrantOf(familyId: string): Promise<string | undefined> {
    for await (const event of this.log.store.readStream(familyStream(familyId), { maxCount: 1 })) {
      return String((event.metadata.actor as { id?: string } | undefined)?.id);
    }
    return undefined;
  }

  private async seesACaseOf(familyId: string, workerId: string): Promise<boolean> {
    const { rows } = await this.pool.query<{ case_id: string }>('SELECT case_id FROM caseload_cases WHERE family_id = $1', [familyId]);
    for (const { case_id } of rows) if (isOnCase((await this.streams.load(caseKind, case_id)).state, workerId)) return true;
    return false;
  }

  private async caughtUp(): Promise<boolean> {
    const head = await this.store.headPosition();
    if (head === undefined) return false;
    for (const deadline = Date.now() + CATCH_UP_MS; Date.now() < deadline; await new Promise((r) => setTimeout(r, 20))) {
      if (await this.runner.hasReached(head, ['caseload'])) return true;
    }
    return false;
  }
}

/** On a controller whose routes take :familyId. */
export const FamilyAccess = () =>
  applyDecorators(
    UseGuards(FamilyAccessGuard),
    ApiResponse({ status: 403, description: 'FAMILY_NOT_VISIBLE: not a household of a case you work on' }),
  );
