import { HttpCode, Injectable, PipeTransform, applyDecorators } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Roles } from '../auth/auth.guard';
import { CASE_WRITERS } from '../auth/roles';
import { ApiCommand } from '../common/api-problems';
import { CommandResultDto } from '../common/command-result';
import { InvalidInputError } from '../common/domain-error';
import { RequestContext } from '../common/request-context';
import { CommandOutcome } from '../common/stream-command';
import { StreamCommand } from '../common/stream-command.bus';
import { CaseEvent } from './case.events';
import { CaseState } from './case.state';
import { caseFold, caseStream } from './case.stream';
import { NarrativeEntry } from './case.values';
import { WORKER_ID_MAX_LENGTH, WORKER_ID_PATTERN } from '../auth/roles';
import { NarrativeEntryDto } from './dto/narrative-entry.dto';

/** What the case controllers share: one way to send a command, one way to declare it. */
export type IfMatchValue = bigint | 'stream_exists' | undefined;

export interface CaseTarget {
  caseId: string;
  /** From the body; absent means now (the command handler's clock). */
  occurredAt?: string;
  context: RequestContext;
  ifMatch?: IfMatchValue;
}

/** A decide of the case, given the instant its fact occurred (the body's, or the handler's now). */
export type CaseDecision = (state: CaseState, now: Date, occurredAt: string) => CaseEvent[];

@Injectable()
export class CaseCommands {
  constructor(private readonly commands: CommandBus) {}

  /** One StreamCommand on case-<id>: the generic path reads, folds, decides and appends; occurredAt is the same in data and metadata. */
  send({ caseId, occurredAt, context, ifMatch }: CaseTarget, decide: CaseDecision): Promise<CommandOutcome<CaseState>> {
    return this.commands.execute<StreamCommand<CaseState, CaseEvent>, CommandOutcome<CaseState>>(
      new StreamCommand(caseStream(caseId), caseFold, (state, now) => decide(state, now, occurredAt ?? now.toISOString()), context, {
        ifMatch,
        occurredAt,
      }),
    );
  }
}

/** A command on an existing case: writers only, If-Match and Idempotency-Key; 201 with the new sub-entity's id, or 200. */
export const CaseCommand = (summary: string, answer: 'created' | 'ok' = 'ok', description?: string) =>
  applyDecorators(
    Roles(...CASE_WRITERS),
    ApiOperation({ summary, description }),
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
export const asEntry = (entry: NarrativeEntryDto): NarrativeEntry => entry as NarrativeEntry;
