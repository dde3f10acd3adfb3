import { CanActivate, ExecutionContext, Inject, Injectable, UseGuards, applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { Pool } from 'pg';
import { AuthenticatedRequest } from '../auth/auth.guard';
import { seesOnlyOwnCases } from '../auth/roles';
import { caseKind, isOnCase } from '../cases/case.decider';
import { isUuid } from '../common/ids';
import { keepGuardRead } from '../common/guard-reads';
import { PG_POOL } from '../database/database.tokens';
import { minorGuardKind } from '../cases/minor-guard';
import { Streams } from '../common/send-command';
import { familyKind } from './family.decider';
import { FamilyState } from './family.state';
import { FamilyNotVisibleError } from './family.errors';

export { FamilyNotVisibleError };

/**
 * Need-to-know on households: a social worker, psychologist or educator reaches a family only as whoever registered
 * it or through a case of it they may see; coordinators and court liaison reach every family. Unknown families pass
 * here and are answered 404 by the handler.
 */
@Injectable()
export class FamilyAccessGuard implements CanActivate {
  constructor(
    private readonly streams: Streams,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const familyId = request.params?.familyId;
    const principal = request.principal;
    if (typeof familyId !== 'string' || !isUuid(familyId) || !principal || !seesOnlyOwnCases(principal)) return true;
    const read = await this.streams.load(familyKind, familyId);
    keepGuardRead(request, familyKind, familyId, read);
    const family = read.state;
    if (!family.exists || family.registeredBy === principal.id) return true;
    if (await this.seesAnOpenCaseOf(family, principal.id)) return true;
    if (await this.seesACaseOf(familyId, principal.id)) return true;
    throw new FamilyNotVisibleError(familyId);
  }

  /** The open case of each minor, from the minors' guard streams: no read model, so a case opened a moment ago counts. */
  private async seesAnOpenCaseOf(family: FamilyState, workerId: string): Promise<boolean> {
    for (const minor of family.members.filter((member) => member.role === 'minor')) {
      const { openCaseId } = (await this.streams.load(minorGuardKind, minor.id)).state;
      if (openCaseId && isOnCase((await this.streams.load(caseKind, openCaseId)).state, workerId)) return true;
    }
    return false;
  }

  /** Every case of the family, closed ones too, from the caseload read model. */
  private async seesACaseOf(familyId: string, workerId: string): Promise<boolean> {
    const { rows } = await this.pool.query<{ case_id: string }>('SELECT case_id FROM caseload_cases WHERE family_id = $1', [familyId]);
    for (const { case_id } of rows) if (isOnCase((await this.streams.load(caseKind, case_id)).state, workerId)) return true;
    return false;
  }
}

/** On a controller whose routes take :familyId. */
export const FamilyAccess = () =>
  applyDecorators(
    UseGuards(FamilyAccessGuard),
    ApiResponse({ status: 403, description: 'FAMILY_NOT_VISIBLE: not a household of a case you work on' }),
  );
