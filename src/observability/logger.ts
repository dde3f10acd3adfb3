import pino, { DestinationStream, Logger } from 'pino';
import pretty from 'pino-pretty';
import { LogLevel } from '../config/config';

export type { DestinationStream, Logger } from 'pino';

export interface LoggerOptions {
  level: LogLevel;
  /** Where the JSON lines go; unset: stdout (pretty only when a terminal is attached). */
  destination?: DestinationStream;
}

/**
 * The one root logger: JSON lines, one object each. Pretty output is for a person at a terminal only,
 * so that log shippers always get JSON.
 */
export const createRootLogger = ({ level, destination }: LoggerOptions): Logger => {
  // pid and hostname stay in every line: with several instances, they say which one wrote it.
  const options = { level, timestamp: pino.stdTimeFunctions.isoTime };
  if (destination) return pino(options, destination);
  if (process.stdout.isTTY) return pino(options, pretty({ colorize: true, sync: true, ignore: 'pid,hostname' }));
  return pino(options, pino.destination({ dest: 1, sync: true }));
};

/** Logs nothing: the OpenAPI generator and tests that do not capture lines. */
export const silentLogger = (): Logger => pino({ level: 'silent' });
