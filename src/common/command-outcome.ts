import { Position } from '../event-store/event-store';
import { DomainError } from './domain-error';

export interface CommandOutcome<S> {
  revision: bigint;
  position: Position;
  state: S;
  /** What the command's answer names: the created id, and where to read it. */
  answer?: { id?: string; location?: string };
}

export class RevisionMismatchError extends DomainError {
  constructor(expected: bigint | 'stream_exists', actual: bigint | undefined) {
    super('REVISION_MISMATCH', 'The record changed since you read it (If-Match does not match); reload it and retry', 412, {
      expectedRevision: String(expected),
      currentRevision: actual === undefined ? null : actual.toString(),
    });
  }
}
