import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'prettier';
import { RecordedProblem, SHARED_PROBLEM_CODES } from '../../src/openapi-problem-codes';
import { RECORDED_PROBLEM_CODES } from '../../src/openapi-problem-codes.recorded';
import { AnsweredProblem } from './problem-codes';

/**
 * Merges the problems a recorded test run saw (PROBLEM_CODES_RECORD_DIR, one JSON line each) into
 * src/openapi-problem-codes.recorded.ts. A code already there keeps its example, so a new recording changes only what is new.
 */
const main = async (dir: string) => {
  if (!existsSync(dir)) throw new Error(`nothing recorded in ${dir}`);
  const seen: Array<AnsweredProblem & { detail: string }> = readdirSync(dir)
    .flatMap((file) => readFileSync(join(dir, file), 'utf8').split('\n'))
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  const table: Record<string, Record<number, RecordedProblem[]>> = structuredClone(RECORDED_PROBLEM_CODES);
  const shared = (status: number, code: string) => (SHARED_PROBLEM_CODES[status] ?? []).includes(code);
  // Shared codes are declared for every operation with their status: only the status is kept for them.
  for (const { operation, status, code, detail } of seen) {
    const known = ((table[operation] ??= {})[status] ??= []);
    if (!shared(status, code) && !known.some((p) => p.code === code)) known.push({ code, detail });
  }
  // By code, for a stable file.
  const ordered = Object.fromEntries(
    Object.keys(table)
      .sort()
      .map((operation) => [
        operation,
        Object.fromEntries(
          Object.entries(table[operation]).map(([status, problems]) => [
            status,
            [...problems].sort((a, b) => a.code.localeCompare(b.code)),
          ]),
        ),
      ]),
  );
  const source = `import type { RecordedProblem } from './openapi-problem-codes';

/** Written by \`npm run problem-codes\` from a recorded test run; edit by recording again, not by hand. */
export const RECORDED_PROBLEM_CODES: Record<string, Record<number, RecordedProblem[]>> = ${JSON.stringify(ordered)};
`;
  const file = join(__dirname, '..', '..', 'src', 'openapi-problem-codes.recorded.ts');
  writeFileSync(file, await format(source, { filepath: file, printWidth: 140, singleQuote: true, trailingComma: 'all' }));
  console.log(`${seen.length} answers, ${Object.keys(ordered).length} operations: ${file}`);
};

main(process.argv[2] ?? '.problem-codes').catch((error) => {
  console.error(error);
  process.exit(1);
});
