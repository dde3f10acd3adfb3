import { Inject, Injectable, Logger } from '@nestjs/common';
import { CLOCK, Clock } from '../../common/clock';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { RequestContext } from '../../common/request-context';
import { CommandAnswer, CommandOutcome, IfMatchValue, RevisionMismatchError, Streams } from '../../common/send-command';
import { lookUpPartners } from '../../community/partners/partner-lookup';
import { reportKind } from '../../community/reports/report.decider';
import { familyKind } from '../../families/family.decider';
import { CaseFacts } from '../case.command';
import { authorizeOnCase, caseDecider, caseKind } from '../case.decider';
import { caseNotFound, familyNotFound } from '../case.errors';
import { CaseState, initialCaseState } from '../case.state';
import { MinorGuardState, STALE_CLAIM_MS, StaleClaim, minorGuardKind, openCaseIdOf } from '../minor-guard';
import { CloseCase, OpenCase, ReopenCase } from './lifecycle.decide';

type Outcome = CommandOutcome<CaseState>;

/** The guard's appends are steps of the case's command: its Idempotency-Key is kept by the case's append. */
const withoutKey = ({ idempotency, ...context }: RequestContext): RequestContext => context;

/** Opening, closing and reopening: the case commands that also keep the minor's guard stream (minor-guard.ts). */
@Injectable()
export class CaseOpenings {
  private readonly logger = new Logger('CaseOpenings');

  constructor(
    private readonly streams: Streams,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Family first (404 when missing), then the claim on the minor's guard, then CaseOpened on a new stream. */
  async open(command: OpenCase, context: RequestContext, answer: CommandAnswer): Promise<Outcome> {
    const family = await this.streams.load(familyKind, command.familyId);
    if (!family.state.exists) throw familyNotFound(command.familyId);
    const members = family.state.members.map(({ id, role, birthDate }) => ({ id, role, birthDate }));
    const facts: CaseFacts = { family: { familyId: command.familyId, members }, ...(await this.communitySources(command)) };
    await this.claim(command, command.minorId, initialCaseState, facts, context);
    const opening = { facts: { ...facts, openCaseIdForMinor: command.caseId }, answer, newStream: true };
    return this.streams.send(caseKind, command.caseId, command, context, opening);
  }

  /** The partner and the report a referral cites, as facts for decide. */
  private async communitySources({ intake }: OpenCase): Promise<Pick<CaseFacts, 'partners' | 'reportExists'>> {
    if (intake.kind !== 'semi-spontaneous') return {};
    const partners = intake.partnerId ? await lookUpPartners(this.streams, [intake.partnerId]) : [];
    const reportExists = intake.reportId ? (await this.streams.load(reportKind, intake.reportId)).state.exists : false;
    return { partners, reportExists };
  }

  /** The case first (it is the truth), then the guard; a failed release is healed by the next opening (staleClaim). */
  async close(command: CloseCase, context: RequestContext, ifMatch: IfMatchValue): Promise<Outcome> {
    const facts = { supervisedActs: this.config.supervisedActs };
    const outcome = await this.streams.send(caseKind, command.caseId, command, context, { ifMatch, facts });
    const { minorId } = outcome.state;
    const release = { type: 'ReleaseMinor', minorId, caseId: command.caseId, occurredAt: command.occurredAt } as const;
    await this.streams.send(minorGuardKind, minorId, release, withoutKey(context)).catch((error: unknown) => {
      this.logger.warn(`case ${command.caseId} closed, its guard not released (the next opening heals it): ${String(error)}`);
    });
    return outcome;
  }

  /** Like an opening: the claim on the minor's guard, then CaseReopened; a stranger or a stale If-Match is refused before the claim. */
  async reopen(command: ReopenCase, context: RequestContext, ifMatch: IfMatchValue): Promise<Outcome> {
    const read = await this.streams.load(caseKind, command.caseId);
    if (read.state.status === 'none') throw caseNotFound(command.caseId);
    authorizeOnCase(read.state, context.actor);
    if (typeof ifMatch === 'bigint' && ifMatch !== read.revision) throw new RevisionMismatchError(ifMatch, read.revision);
    await this.claim(command, read.state.minorId, read.state, {}, context);
    return this.streams.send(caseKind, command.caseId, command, context, { ifMatch, facts: { openCaseIdForMinor: command.caseId } });
  }

  /**
   * Claims the minor for the case. The case's own decide runs dry first, on the open case the guard names: a refused
   * opening appends nothing, not even its claim; a rival claim appended since is refused by the guard's own decide.
   * Failures after the claim are not compensated (the case append may have committed unseen); staleClaim heals them.
   */
  private async claim(command: OpenCase | ReopenCase, minorId: string, state: CaseState, facts: CaseFacts, context: RequestContext) {
    const guard = await this.streams.load(minorGuardKind, minorId);
    const staleClaim = await this.staleClaim(guard.state);
    const now = this.clock();
    const dated = { ...command, occurredAt: command.occurredAt ?? now.toISOString() };
    const openCaseIdForMinor = openCaseIdOf(guard.state, staleClaim);
    caseDecider.decide(dated, state, { now, actor: context.actor, facts: { ...facts, openCaseIdForMinor } });
    const claim = { type: 'ClaimMinor', minorId, caseId: command.caseId, occurredAt: command.occurredAt } as const;
    await this.streams.send(minorGuardKind, minorId, claim, withoutKey(context), { facts: { staleClaim } });
  }

  private async staleClaim(guard: MinorGuardState): Promise<StaleClaim | undefined> {
    const caseId = guard.openCaseId;
    if (caseId === undefined) return undefined;
    // recordedAt comes from the store's wall clock, so the claim's age is measured on the wall clock too.
    if (Date.now() - Date.parse(String(guard.claimRecordedAt)) < STALE_CLAIM_MS) return undefined;
    const claimed = await this.streams.load(caseKind, caseId);
    return claimed.state.status === 'open' ? undefined : { caseId, seen: guard.seen };
  }
}
