import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { caseKind } from '../../cases/case.decider';
import { Streams } from '../../common/send-command';
import { CLOCK, Clock } from '../../common/clock';
import { RequestContext } from '../../common/request-context';
import { PG_POOL } from '../../database/database.tokens';
import { EventLog } from '../../event-store/event-log';
import { AuditTrailExport } from '../../cases/case.events';
import { ExportActor, ExportRange, EventSource } from '../audit-trail.types';
import { inclusionProofs, recordCheckpoint } from '../checkpoints/checkpoints';
import { AUDIT_SIGNING_KEY } from '../court.tokens';
import { AuditSigningKey } from '../signing/audit-signing-key';
import { BundleHeader, BundleSignature, bundleDigest } from './bundle';
import { CaseFileScan, scanCaseFile, spanEvents } from './case-file.scan';

export interface PinnedExport {
  exportId: string;
  digest: string;
  checkpointId?: string;
  heads: Array<{ stream: string; revision: number; headHash: string }>;
}

/** A recorded export, ready to be written in any format: its events are read again on demand. */
export interface PreparedExport {
  exportId: string;
  scan: CaseFileScan;
  header: BundleHeader;
  signature: BundleSignature;
  events: EventSource;
}

export interface ExportRequest {
  caseId: string;
  range: ExportRange;
  format: AuditTrailExport['format'];
  document: AuditTrailExport['document'];
  exporter: ExportActor;
  context: RequestContext;
}

/**
 * Scan, checkpoint, digest and sign, then record the export as an event, all before the first byte is sent:
 * a file that leaves the service is always in the case's history.
 */
@Injectable()
export class AuditTrailService {
  constructor(
    private readonly log: EventLog,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(AUDIT_SIGNING_KEY) private readonly key: AuditSigningKey,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly streams: Streams,
  ) {}

  async prepare(request: ExportRequest): Promise<PreparedExport> {
    const scan = await scanCaseFile(this.log, request.caseId, request.range);
    const exportedAt = this.clock().toISOString();
    const heads = scan.spans.map((s) => ({ stream: s.stream, revision: s.headRevision, headHash: s.headHash }));
    const fresh = { heads, missing: scan.missingStreams };
    const { checkpoint, leaves } = (await recordCheckpoint(this.pool, this.key, new Date(exportedAt), fresh))!;
    const proofs = await inclusionProofs(
      leaves,
      heads.map((h) => h.stream),
    );
    const header: BundleHeader = {
      caseId: request.caseId,
      checkpoint,
      exportedAt,
      exportedBy: request.exporter,
      familyId: scan.familyId,
      range: request.range,
      streams: scan.spans.map(({ inRange: _count, ...span }) => ({
        ...span,
        events: Math.max(0, span.lastRevision - span.firstRevision + 1),
        inclusion: proofs.get(span.stream)!,
      })),
    };
    const events = spanEvents(this.log, scan.spans, request.range, request.exporter.role);
    const digest = await bundleDigest(header, events);
    const signature: BundleSignature = {
      algorithm: 'Ed25519',
      keyId: this.key.keyId,
      digest,
      value: this.key.signDigest(digest),
      publicKey: this.key.publicJwk,
    };
    const exportId = randomUUID();
    await this.record(request, { exportId, digest, checkpointId: checkpoint.id, heads });
    return { exportId, scan, header, signature, events };
  }

  /** The export as a fact of the case (AuditTrailExported), appended before any byte is sent. */
  record(request: ExportRequest, pinned: PinnedExport) {
    const data: AuditTrailExport = {
      exportId: pinned.exportId,
      document: request.document,
      format: request.format,
      range: request.range,
      digest: pinned.digest,
      heads: pinned.heads.map((h) => ({ stream: h.stream, revision: h.revision, hash: h.headHash })),
      ...(pinned.checkpointId && { checkpointId: pinned.checkpointId }),
    };
    const command = { type: 'RecordAuditTrailExport' as const, caseId: request.caseId, export: data };
    return this.streams.send(caseKind, request.caseId, command, request.context);
  }
}
