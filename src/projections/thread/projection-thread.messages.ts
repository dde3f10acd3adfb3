import { LogLevel } from '../../config/config';
import { Position } from '../../event-store/event-store';
import { WorkerOptions, WorkerState } from '../projection-worker';

/** What the projection thread is started with: plain data, since it shares no objects with the API thread. */
export interface ThreadData {
  connectionString: string;
  /** Names from the application's projections: the thread builds the same definitions itself. */
  names: string[];
  worker: WorkerOptions;
  poolSize: number;
  logLevel: LogLevel;
}

export interface FollowerState {
  name: string;
  state: WorkerState;
  holdsLock: boolean;
}

export type ToThread = { type: 'appended' } | { type: 'stop' };

export type FromThread =
  { type: 'committed'; name: string; position: Position } | { type: 'states'; states: FollowerState[] } | { type: 'stopped' };
