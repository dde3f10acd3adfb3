/** A cell a spreadsheet would read as a formula (=, +, -, @, tab, CR) gets a leading apostrophe (OWASP CSV injection). */
export const neutralise = (cell: string): string => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

/** RFC 4180: quoted when it holds a quote, a comma or a line break; quotes doubled. */
export const csvCell = (value: string): string => {
  const safe = neutralise(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** One RFC 4180 record, CRLF-terminated. */
export const csvRow = (cells: string[]): string => `${cells.map(csvCell).join(',')}\r\n`;

/** Leads a UTF-8 file so that spreadsheets read its accents as UTF-8. */
export const UTF8_BOM = '\uFEFF';
