import { readFileSync } from 'fs';
import { join } from 'path';
import { ISTAT_COMUNI_URL, ISTAT_LICENCE, writeComuni } from './comuni-update';

/**
 * npm run comuni:update [-- --file <path>] [--date YYYY-MM-DD] [--out <path>]
 * Without --file it downloads ISTAT's current list; the date defaults to the file's Last-Modified (or today).
 */
const option = (name: string): string | undefined => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
};

const download = async (): Promise<{ bytes: Buffer; date?: string }> => {
  const response = await fetch(ISTAT_COMUNI_URL);
  if (!response.ok) throw new Error(`ISTAT answered ${response.status} for ${ISTAT_COMUNI_URL}`);
  const modified = response.headers.get('last-modified');
  return {
    bytes: Buffer.from(await response.arrayBuffer()),
    date: modified ? new Date(modified).toISOString().slice(0, 10) : undefined,
  };
};

const main = async (): Promise<void> => {
  const file = option('file');
  const { bytes, date } = file ? { bytes: readFileSync(file), date: undefined } : await download();
  const out = option('out') ?? join(__dirname, '../../../reference-data/comuni/comuni.json');
  const source = {
    date: option('date') ?? date ?? new Date().toISOString().slice(0, 10),
    retrievedFrom: option('retrieved-from') ?? (file ? `a copy of ${ISTAT_COMUNI_URL}` : ISTAT_COMUNI_URL),
    licence: ISTAT_LICENCE,
  };
  const count = writeComuni(bytes, source, out);
  console.log(`${count} comuni, valid at ${source.date}, written to ${out}`);
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
