import { mkdirSync, writeFileSync } from 'fs';
import { dirname } from 'path';
import { ComuniFile, ComuniSource } from './comune';
import { comuniFromIstatCsv } from './istat-csv';

export const ISTAT_COMUNI_URL = 'https://www.istat.it/storage/codici-unita-amministrative/Elenco-comuni-italiani.csv';
export const ISTAT_LICENCE = 'Creative Commons Attribution (CC BY), source: ISTAT';

/** One comune a line, so that a yearly update reads as a diff of the comuni that changed. */
export const comuniJson = (file: ComuniFile): string =>
  `{\n"source": ${JSON.stringify(file.source)},\n"comuni": [\n${file.comuni.map((c) => JSON.stringify(c)).join(',\n')}\n]\n}\n`;

/** Rewrites the shipped list from ISTAT's CSV; answers how many comuni it wrote. */
export const writeComuni = (csv: Buffer, source: Omit<ComuniSource, 'publisher' | 'url'>, out: string): number => {
  const comuni = comuniFromIstatCsv(csv);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, comuniJson({ source: { publisher: 'ISTAT', url: ISTAT_COMUNI_URL, ...source }, comuni }));
  return comuni.length;
};
