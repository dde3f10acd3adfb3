import { Position } from '../event-store';

/** A Postgres position is (transaction_id, global_position), serialised as "<xid>-<gp>". */
export interface PostgresPosition {
  transactionId: bigint;
  globalPosition: bigint;
}

const FORMAT = /^(\d{1,20})-(\d{1,20})$/;

export const encodePosition = (transactionId: bigint | string, globalPosition: bigint | string): Position =>
  `${transactionId}-${globalPosition}`;

export const decodePosition = (position: Position): PostgresPosition => {
  const match = FORMAT.exec(position);
  if (!match) throw new InvalidPositionError(position);
  return { transactionId: BigInt(match[1]), globalPosition: BigInt(match[2]) };
};

export const comparePostgresPositions = (a: Position, b: Position): number => {
  const left = decodePosition(a);
  const right = decodePosition(b);
  if (left.transactionId !== right.transactionId) return left.transactionId < right.transactionId ? -1 : 1;
  if (left.globalPosition === right.globalPosition) return 0;
  return left.globalPosition < right.globalPosition ? -1 : 1;
};

export class InvalidPositionError extends Error {
  constructor(readonly position: string) {
    super(`Not a position of this event store: ${position}`);
    this.name = 'InvalidPositionError';
  }
}
