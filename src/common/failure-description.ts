/**
 * What the log may say about an unexpected error: its class, its code and where in our code it happened, as a stack.
 * A database error's message and fields can quote the values of a row (a minor's name, a fiscal code) or a piece
 * of SQL, so only its SQLSTATE is kept. Error bodies never carry any of this.
 */
export const describeFailure = (error: unknown): string => {
  if (!(error instanceof Error)) return `non-Error thrown (${typeof error})`;
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 15);
  const code = (error as { code?: unknown }).code;
  const summary = isDatabaseError(error)
    ? `${error.name} SQLSTATE ${String(code)} (message withheld: it may quote data)`
    : `${error.name}${typeof code === 'string' ? ` [${code}]` : ''}: ${error.message.replace(/\s+/g, ' ').slice(0, 500)}`;
  return [summary, ...frames].join('\n');
};

/** node-postgres errors carry a five-character SQLSTATE and a severity. */
const isDatabaseError = (error: Error): boolean => {
  const { code, severity } = error as { code?: unknown; severity?: unknown };
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && typeof severity === 'string';
};
