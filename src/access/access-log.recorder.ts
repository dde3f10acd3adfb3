import { WrongExpectedRevisionError } from '../event-store/event-store';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EventLog } from '../event-store/event-log';
import { romeDate } from '../common/rome-date';
import { RequestContext } from '../common/request-context';

export const CASE_ACCESSED = 'CaseAccessed';
/**
 * One access-log stream per Rome day and process, apart from the case streams: reading never moves a case's revision,
 * and instances never contend for one stream.
 */
export const accessLogStream = (at: Date, instance: string) => `access-log-${romeDate(at)}-${instance}`;

export interface AccessEntry {
  caseId?: string;
  familyId?: string;
  /** A person of the registry whose record was read (GET /people/{personId}). */
  personId?: string;
  /** The route read, e.g. GET /cases/:caseId/timeline. */
  what: string;
}

interface Pending {
  entry: AccessEntry;
  context: RequestContext;
  done: { resolve: () => void; reject: (error: unknown) => void };
}

const WINDOW_MS = 2;
const MAX_BATCH = 200;

/**
 * Group commit: reads that arrive within a couple of milliseconds share one append, and each read answers only
 * once its entry is stored. A read costs at most one short wait, never a write of its own.
 */
@Injectable()
export class AccessLogRecorder {
  private pending: Pending[] = [];
  private timer?: NodeJS.Timeout;
  /** One append at a time: reads that arrive during one wait for the next, and share it. */
  private writing: Promise<void> = Promise.resolve();

  private readonly instance = randomUUID().slice(0, 8);
  /** This process alone writes its stream, so it knows the head: each append is one statement at that revision. */
  private head?: { stream: string; revision: bigint; hash: string };

  constructor(private readonly log: EventLog) {}

  record(entry: AccessEntry, context: RequestContext): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ entry, context, done: { resolve, reject } });
      if (this.pending.length >= MAX_BATCH) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), WINDOW_MS);
    });
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.writing = this.writing.then(() => this.write());
  }

  private async write(): Promise<void> {
    const batch = this.pending.splice(0);
    if (batch.length === 0) return;
    const now = new Date();
    const drafts = batch.map(({ entry, context }) => ({
      type: CASE_ACCESSED,
      data: { ...entry, requestId: context.requestId },
      metadata: {
        actor: context.actor,
        correlationId: context.correlationId,
        causationId: context.requestId,
        occurredAt: now.toISOString(),
      },
    }));
    try {
      const stream = accessLogStream(now, this.instance);
      const known = this.head?.stream === stream ? this.head : undefined;
      const appended = await this.log
        .append(stream, drafts, known ? known.revision : 'no_stream', known && { head: known.hash })
        .catch((error: unknown) => {
          if (!(error instanceof WrongExpectedRevisionError)) throw error;
          return this.log.append(stream, drafts, 'any'); // the head was not what this process thought: ask the store
        });
      this.head = { stream, revision: appended.nextRevision, hash: appended.headHash };
      batch.forEach(({ done }) => done.resolve());
    } catch (error) {
      batch.forEach(({ done }) => done.reject(error));
    }
  }
}
