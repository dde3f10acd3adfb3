import { LoggerService } from '@nestjs/common';
import { Logger } from 'pino';

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/**
 * Nest's own logs (start-up, the problem filter, the projection runner) through pino, as JSON lines.
 * Nest passes the context as the last string argument and, for errors, a stack before it.
 */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    if (!this.logger.isLevelEnabled(level)) return;
    const rest = [...params];
    const last = rest[rest.length - 1];
    const fields: Record<string, unknown> = {};
    if (typeof last === 'string' && !(level === 'error' && rest.length === 1 && looksLikeStack(last))) {
      fields.context = last;
      rest.pop();
    }
    if (message instanceof Error) {
      this.logger[level]({ ...fields, err: message }, message.message);
      return;
    }
    const stack = rest.find((param) => typeof param === 'string');
    if (level === 'error' && stack !== undefined) fields.stack = stack;
    if (typeof message === 'string') this.logger[level](fields, message);
    else this.logger[level]({ ...fields, detail: message });
  }
}

const looksLikeStack = (text: string): boolean => /\n\s+at /.test(text);
