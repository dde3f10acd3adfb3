import { randomBytes } from 'node:crypto';
import { HttpCode, PipeTransform, SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Roles } from '../auth/auth.guard';
import { CASE_WRITERS, Role, WORKER_ID_MAX_LENGTH, WORKER_ID_PATTERN } from '../auth/roles';
import { ApiCommand } from '../common/api-problems';
import { CommandResultDto } from '../common/command-result';
import { InvalidInputError } from '../common/domain-error';
import { NarrativeEntry } from './case.values';
import { NarrativeEntryDto } from './dto/narrative-entry.dto';

/** What the case controllers share: one way to declare a command route, and the path and body pieces they all read. */

/** Set on case command routes: the command engine authorizes them on the state it folds (caseKind.authorize). */
export const CASE_COMMAND = 'tutela:case-command';

export interface CaseCommandAnswer {
  /** 201 with the new sub-entity's id, or 200. */
  answer?: 'created' | 'ok';
  description?: string;
  /** Kept from before the areas were split: clients generate code from it. */
  operationId?: string;
  /** Who may send it; the team and coordinators unless said. */
  roles?: Role[];
}

/** A command on an existing case: writers only, If-Match and Idempotency-Key. */
export const CaseCommand = (summary: string, { answer = 'ok', description, operationId, roles = CASE_WRITERS }: CaseCommandAnswer = {}) =>
  applyDecorators(
    SetMetadata(CASE_COMMAND, true),
    Roles(...roles),
    ApiOperation({ summary, description, ...(operationId && { operationId }) }),
    ApiCommand({ onExisting: true }),
    ...(answer === 'created'
      ? [ApiCreatedResponse({ type: CommandResultDto, description: 'id is the new sub-entity' })]
      : [HttpCode(200), ApiOkResponse({ type: CommandResultDto })]),
  );

/** Workers are token subjects, not UUIDs: the path id follows the body's rule, and anything else is 400 INVALID_ID. */
export const WorkerIdParam: PipeTransform<string, string> = {
  transform: (value) => {
    if (typeof value !== 'string' || value.length > WORKER_ID_MAX_LENGTH || !WORKER_ID_PATTERN.test(value)) {
      throw new InvalidInputError('INVALID_ID', 'The worker id in the path must be a token subject (letters, digits, . _ @ -)');
    }
    return value;
  },
};

/** The DTO has checked statedBy / method against the kind, which its type cannot say. */
export const asEntry = (entry: NarrativeEntryDto): NarrativeEntry =>
  // A restricted entry's seal is drawn here, not in decide, which stays pure.
  (entry.restrictedTo ? { ...entry, seal: randomBytes(16).toString('hex') } : entry) as NarrativeEntry;
