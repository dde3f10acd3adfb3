import { createRootLogger } from './logger';
import { PinoNestLogger } from './nest-logger';

const capture = (level: 'info' | 'warn' = 'info') => {
  const lines: Array<Record<string, unknown>> = [];
  const logger = new PinoNestLogger(
    createRootLogger({ level, destination: { write: (line: string) => void lines.push(JSON.parse(line)) } }),
  );
  return { logger, lines };
};

describe("Nest's logs through pino", () => {
  it('maps levels and takes the context from the last argument', () => {
    const { logger, lines } = capture();
    logger.log('started', 'NestApplication');
    logger.warn('slow', 'Projections');
    logger.debug('hidden at info', 'Database');
    expect(lines).toEqual([
      expect.objectContaining({ level: 30, context: 'NestApplication', msg: 'started' }),
      expect.objectContaining({ level: 40, context: 'Projections', msg: 'slow' }),
    ]);
  });

  it('keeps an error stack apart from the context, as Nest passes them', () => {
    const { logger, lines } = capture();
    const stack = 'Error: boom\n    at somewhere (file.ts:1:1)';
    logger.error('failed', stack, 'ProblemFilter');
    logger.error('failed again', stack);
    logger.error('no stack', undefined, 'ProblemFilter');
    logger.error(new Error('thrown'), 'Worker');
    expect(lines[0]).toMatchObject({ level: 50, context: 'ProblemFilter', stack, msg: 'failed' });
    expect(lines[1]).toMatchObject({ stack, msg: 'failed again' });
    expect(lines[1].context).toBeUndefined();
    expect(lines[2]).toMatchObject({ context: 'ProblemFilter', msg: 'no stack' });
    expect(lines[2].stack).toBeUndefined();
    expect(lines[3]).toMatchObject({ context: 'Worker', msg: 'thrown', err: expect.objectContaining({ message: 'thrown' }) });
  });

  it('honours the configured level', () => {
    const { logger, lines } = capture('warn');
    logger.log('quiet', 'X');
    logger.warn('loud', 'X');
    expect(lines.map((line) => line.msg)).toEqual(['loud']);
  });
});
