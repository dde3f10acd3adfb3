import { Logger } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RequestContext } from '../common/request-context';
import { CommandOutcome, RevisionMismatchError, loadStream } from '../common/stream-command';
import { EventLog } from '../event-store/event-log';
import { familyStream } from '../families/family.events';
import { familyFold } from '../families/family.state';
import { FamilyFacts } from './case.commands-types';
import { closeCase, openCase, reopenCase } from './case.decide';
import { caseNotFound, familyNotFound } from './case.errors';
import { CaseState, initialCaseState } from './case.state';
import { caseFold, caseStream } from './case.stream';
import { ClosureReason, Intake } from './case.values';
import { CaseCommands, IfMatchValue } from './case.http';
import { MinorGuard } from './minor-guard';

/** Opening, closing and reopening: the case commands that also keep the minor's guard stream (minor-guard.ts). */
type Outcome = CommandOutcome<CaseState>;

export class OpenCaseCommand extends Command<Outcome> {
  constructor(
    readonly caseId: string,
    readonly body: { familyId: string; minorId: string; intake: Intake; occurredAt?: string },
    readonly context: RequestContext,
  ) {
    super();
  }
}

export class CloseCaseCommand extends Command<Outcome> {
  constructor(
    readonly caseId: string,
    readonly body: { reason: ClosureReason; note?: string; occurredAt?: string },
    readonly context: RequestContext,
    readonly ifMatch: IfMatchValue,
  ) {
    super();
  }
}

export class ReopenCaseCommand extends Command<Outcome> {
  constructor(
    readonly caseId: string,
    readonly body: { reason: string; occurredAt?: string },
    readonly context: RequestContext,
    readonly ifMatch: IfMatchValue,
  ) {
    super();
  }
}

/** Family first (404 when missing), then the claim on the minor's guard, then CaseOpened on a new stream. */
@CommandHandler(OpenCaseCommand)
export class OpenCaseHandler implements ICommandHandler<OpenCaseCommand, Outcome> {
  constructor(
    private readonly log: EventLog,
    private readonly cases: CaseCommands,
    private readonly guard: MinorGuard,
  ) {}

  async execute({ caseId, body, context }: OpenCaseCommand): Promise<Outcome> {
    const family = await loadStream(this.log, familyStream(body.familyId), familyFold);
    if (!family.state.exists) throw familyNotFound(body.familyId);
    const facts: FamilyFacts = {
      familyId: body.familyId,
      members: family.state.members.map(({ id, role, birthDate }) => ({ id, role, birthDate })),
    };
    const { familyId, minorId, intake, occurredAt } = body;
    const open = (state: CaseState, now: Date, openCaseIdForMinor: string | undefined) =>
      openCase({ caseId, familyId, minorId, intake, occurredAt: occurredAt ?? now.toISOString() }, state, now, {
        family: facts,
        openCaseIdForMinor,
      });
    await this.guard.claim({ minorId, caseId, occurredAt, context }, (openCaseId, now) => open(initialCaseState, now, openCaseId));
    return this.cases.send({ caseId, occurredAt, context }, (state, now) => open(state, now, caseId));
  }
}

/** The case first (it is the truth), then the guard; a failed release is healed by the next opening (staleClaim). */
@CommandHandler(CloseCaseCommand)
export class CloseCaseHandler implements ICommandHandler<CloseCaseCommand, Outcome> {
  private readonly logger = new Logger('CloseCaseHandler');

  constructor(
    private readonly cases: CaseCommands,
    private readonly guard: MinorGuard,
  ) {}

  async execute({ caseId, body, context, ifMatch }: CloseCaseCommand): Promise<Outcome> {
    const { reason, note, occurredAt } = body;
    const outcome = await this.cases.send({ caseId, occurredAt, context, ifMatch }, (state, now, at) =>
      closeCase({ caseId, reason, note, occurredAt: at }, state, now),
    );
    await this.guard.release({ minorId: outcome.state.minorId, caseId, occurredAt, context }).catch((error: unknown) => {
      this.logger.warn(`case ${caseId} closed, its guard not released (the next opening heals it): ${String(error)}`);
    });
    return outcome;
  }
}

/** Like an opening: the claim on the minor's guard, then CaseReopened; a stale If-Match is refused before the claim. */
@CommandHandler(ReopenCaseCommand)
export class ReopenCaseHandler implements ICommandHandler<ReopenCaseCommand, Outcome> {
  constructor(
    private readonly log: EventLog,
    private readonly cases: CaseCommands,
    private readonly guard: MinorGuard,
  ) {}

  async execute({ caseId, body, context, ifMatch }: ReopenCaseCommand): Promise<Outcome> {
    const read = await loadStream(this.log, caseStream(caseId), caseFold);
    if (read.state.status === 'none') throw caseNotFound(caseId);
    if (typeof ifMatch === 'bigint' && ifMatch !== read.revision) throw new RevisionMismatchError(ifMatch, read.revision);
    const { reason, occurredAt } = body;
    const reopen = (state: CaseState, now: Date, openCaseIdForMinor: string | undefined) =>
      reopenCase({ caseId, reason, occurredAt: occurredAt ?? now.toISOString() }, state, now, { openCaseIdForMinor });
    await this.guard.claim({ minorId: read.state.minorId, caseId, occurredAt, context }, (openCaseId, now) =>
      reopen(read.state, now, openCaseId),
    );
    return this.cases.send({ caseId, occurredAt, context, ifMatch }, (state, now) => reopen(state, now, caseId));
  }
}
