import { Position as EsdbPosition } from '@eventstore/db-client';
import { Position } from '../event-store';

/** An EventStoreDB $all position (commit, prepare), serialised as "<commit>-<prepare>". */
const FORMAT = /^(\d{1,20})-(\d{1,20})$/;

/** What a server sends for "no position" (-1 as an unsigned 64-bit integer). */
const UNSET = 2n ** 64n - 1n;

export const encodeEsdbPosition = ({ commit, prepare }: EsdbPosition): Position => `${commit}-${prepare}`;

export const decodeEsdbPosition = (position: Position): EsdbPosition => {
  const match = FORMAT.exec(position);
  if (!match) throw new TypeError(`Not an EventStoreDB position: ${position}`);
  return { commit: BigInt(match[1]), prepare: BigInt(match[2]) };
};

export const compareEsdbPositions = (a: Position, b: Position): number => {
  const left = decodeEsdbPosition(a);
  const right = decodeEsdbPosition(b);
  if (left.commit !== right.commit) return left.commit < right.commit ? -1 : 1;
  if (left.prepare === right.prepare) return 0;
  return left.prepare < right.prepare ? -1 : 1;
};

/** Servers before 22.6 send no $all position on stream reads; treat that as absent. */
export const knownPosition = (position: EsdbPosition | undefined): EsdbPosition | undefined =>
  position && position.commit !== UNSET && position.prepare !== UNSET ? position : undefined;
