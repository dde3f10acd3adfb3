import { Comune } from './comune';

/**
 * ISTAT's Elenco-comuni-italiani.csv: Windows-1252, `;`-separated, a header whose quoted cells hold line breaks.
 * Columns are found by their documented header, so a new column in a later release does not shift the others.
 */
const COLUMNS = {
  istatCode: 'Codice Comune formato alfanumerico',
  name: 'Denominazione in italiano',
  otherName: 'Denominazione altra lingua',
  province: "Denominazione dell'Unità territoriale sovracomunale",
  sigla: 'Sigla automobilistica',
  belfiore: 'Codice Catastale del comune',
} as const;

/** One record per line, cells split on `;`, quotes (doubled inside) allowed to span lines. */
export const parseSemicolonCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') quoted = !quoted;
    else if (quoted) cell += char;
    else if (char === ';') endCell();
    else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows.filter((cells) => cells.some((c) => c.trim() !== ''));
};

const header = (cell: string): string => cell.replace(/\s+/g, ' ').trim();

export class IstatCsvError extends Error {}

/** The comuni of ISTAT's CSV, read as latin1 (Windows-1252 differs only in characters no comune's name uses). */
export const comuniFromIstatCsv = (bytes: Buffer): Comune[] => {
  const [head, ...records] = parseSemicolonCsv(bytes.toString('latin1'));
  if (!head) throw new IstatCsvError('The file is empty');
  const index = Object.fromEntries(
    Object.entries(COLUMNS).map(([field, title]) => {
      const at = head.findIndex((cell) => header(cell).startsWith(title));
      if (at < 0) throw new IstatCsvError(`The column "${title}" is missing: is this ISTAT's Elenco-comuni-italiani.csv?`);
      return [field, at];
    }),
  ) as Record<keyof typeof COLUMNS, number>;
  const comuni = records.map((cells, line): Comune => {
    const at = (field: keyof typeof COLUMNS) => (cells[index[field]] ?? '').trim();
    const comune: Comune = {
      istatCode: at('istatCode'),
      name: at('name'),
      ...(at('otherName') && { otherName: at('otherName') }),
      province: at('province'),
      sigla: at('sigla'),
      belfiore: at('belfiore'),
    };
    if (!/^\d{6}$/.test(comune.istatCode) || !/^[A-Z]\d{3}$/.test(comune.belfiore) || !comune.name)
      throw new IstatCsvError(`Record ${line + 2} is not a comune: ${cells.join(';')}`);
    return comune;
  });
  return comuni.sort((a, b) => a.istatCode.localeCompare(b.istatCode));
};
