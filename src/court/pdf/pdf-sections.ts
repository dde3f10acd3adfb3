import { ExportedEntry } from '../audit-trail.types';
import { romeDateTime, streamLabel } from './pdf-format';
import { Pen, ensureRoom, heading, keepPace, noEntries, paragraph } from './pdf-layout';
import { Table, beginTable, endTable, tableRow } from './pdf-table';
import { STYLES, lineHeightOf } from './pdf-text';

const ENTRY_INDENT = 8;

/** Who said it, or how it was evaluated: what art. 473-bis.27 c.p.c. asks to keep apart from the facts. */
export const attributionOf = (entry: ExportedEntry): string | undefined => {
  if (entry.kind === 'statement') return `dichiarato da: ${entry.statedBy ?? 'non indicato'}`;
  if (entry.kind === 'evaluation') return `metodo: ${entry.method ?? 'non indicato'}`;
  return undefined;
};

const captionOf = (entry: ExportedEntry): string =>
  `${romeDateTime(entry.occurredAt)} · ${streamLabel(entry.stream)}, revisione ${entry.revision} · ${entry.eventType}`;

/** One entry: where it comes from, its attribution, then its text; the first lines are kept on one page. */
export const writeEntry = (pen: Pen, entry: ExportedEntry): void => {
  const attribution = attributionOf(entry);
  const attributionHeight = attribution ? lineHeightOf(pen.doc, STYLES.emphasis) : 0;
  ensureRoom(pen, lineHeightOf(pen.doc, STYLES.caption) + attributionHeight + 2 * lineHeightOf(pen.doc, STYLES.body));
  paragraph(pen, captionOf(entry), STYLES.caption, { indent: ENTRY_INDENT });
  if (attribution) paragraph(pen, attribution, STYLES.emphasis, { indent: ENTRY_INDENT });
  paragraph(pen, entry.text, STYLES.body, { indent: ENTRY_INDENT, gapAfter: 5 });
};

type EntrySource = AsyncIterable<ExportedEntry> | Iterable<ExportedEntry>;

/** A titled group of entries; the entries may be streamed (the audit trail) or a list (the report draft). */
export const writeEntriesSection = async (pen: Pen, title: string, entries: EntrySource): Promise<void> => {
  heading(pen, title);
  let written = 0;
  for await (const entry of entries) {
    writeEntry(pen, entry);
    written += 1;
    await keepPace(pen);
  }
  if (written === 0) noEntries(pen);
};

/** A titled table, or "Nessuna voce nel periodo" when it has no rows. */
export const writeTableSection = (pen: Pen, title: string, table: Table, rows: string[][]): void => {
  heading(pen, title);
  if (rows.length === 0) return noEntries(pen);
  beginTable(pen, table);
  for (const row of rows) tableRow(pen, table, row);
  endTable(pen);
};

/** The first page's title block. */
export const writeTitle = (pen: Pen, title: string, subtitle: string): void => {
  paragraph(pen, title, STYLES.title, { gapAfter: 2 });
  paragraph(pen, subtitle, STYLES.subtitle, { gapAfter: 8 });
};
