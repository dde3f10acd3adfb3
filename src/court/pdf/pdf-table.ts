import { Pen, contentLeft, contentWidth, drawLines, drawRule, ensureRoom } from './pdf-layout';
import { STYLES, TextStyle, lineHeightOf, wrapText } from './pdf-text';

export interface Column {
  title: string;
  /** A share of the content width: the same table fits portrait and landscape pages. */
  share: number;
  /** Bounds the row's height: a longer cell ends with an ellipsis. */
  maxLines?: number;
  style?: TextStyle;
}

export interface Table {
  columns: Column[];
  /** Without a header row the table is a plain two-column list (labels and values). */
  showHeader: boolean;
  style: TextStyle;
  padding: number;
  ruled: boolean;
}

/** A row's text already wrapped: measured once, then drawn or only counted. */
interface LaidOutRow {
  cells: string[][];
  note: string[];
  height: number;
}

const columnBounds = (pen: Pen, table: Table): Array<{ x: number; width: number }> => {
  const total = table.columns.reduce((sum, column) => sum + column.share, 0);
  let x = contentLeft(pen);
  return table.columns.map((column) => {
    const width = (contentWidth(pen) * column.share) / total;
    const bounds = { x, width };
    x += width;
    return bounds;
  });
};

const layOutRow = (pen: Pen, table: Table, cells: string[], note: string | undefined, header: boolean): LaidOutRow => {
  const bounds = columnBounds(pen, table);
  const styleOf = (column: Column) => (header ? STYLES.cellHeader : (column.style ?? table.style));
  const wrapped = table.columns.map((column, index) =>
    wrapText(pen.doc, cells[index] ?? '', styleOf(column), bounds[index].width - 2 * table.padding, header ? undefined : column.maxLines),
  );
  const noteLines = note ? wrapText(pen.doc, note, STYLES.note, contentWidth(pen) - 2 * table.padding, 2) : [];
  const cellsHeight = Math.max(...wrapped.map((lines, index) => lines.length * lineHeightOf(pen.doc, styleOf(table.columns[index]))));
  const noteHeight = noteLines.length * lineHeightOf(pen.doc, STYLES.note);
  return { cells: wrapped, note: noteLines, height: cellsHeight + noteHeight + 2 * table.padding };
};

const drawRow = (pen: Pen, table: Table, row: LaidOutRow, header: boolean): void => {
  const bounds = columnBounds(pen, table);
  if (header && pen.draw) pen.doc.rect(contentLeft(pen), pen.y, contentWidth(pen), row.height).fillColor('#e8e8e8').fill();
  let tallest = 0;
  row.cells.forEach((lines, index) => {
    const style = header ? STYLES.cellHeader : (table.columns[index].style ?? table.style);
    drawLines(pen, lines, bounds[index].x + table.padding, pen.y + table.padding, style);
    tallest = Math.max(tallest, lines.length * lineHeightOf(pen.doc, style));
  });
  drawLines(pen, row.note, contentLeft(pen) + table.padding, pen.y + table.padding + tallest, STYLES.note);
  if (table.ruled) drawRule(pen, pen.y + row.height);
  pen.y += row.height;
};

const headerRow = (pen: Pen, table: Table): void => {
  if (table.showHeader)
    drawRow(
      pen,
      table,
      layOutRow(
        pen,
        table,
        table.columns.map((column) => column.title),
        undefined,
        true,
      ),
      true,
    );
};

/** Starts a table: its header row now and again at the top of every page the table continues on. */
export const beginTable = (pen: Pen, table: Table): void => {
  const firstRowRoom = 4 * lineHeightOf(pen.doc, table.style);
  ensureRoom(
    pen,
    layOutRow(
      pen,
      table,
      table.columns.map((column) => column.title),
      undefined,
      true,
    ).height + firstRowRoom,
  );
  headerRow(pen, table);
  pen.onNewPage = (next) => headerRow(next, table);
};

export const endTable = (pen: Pen): void => {
  pen.onNewPage = undefined;
  pen.y += 6;
};

/** A row that does not fit goes whole to the next page: rows are never split, their height is bounded by maxLines. */
export const tableRow = (pen: Pen, table: Table, cells: string[], note?: string): void => {
  const row = layOutRow(pen, table, cells, note, false);
  ensureRoom(pen, row.height);
  drawRow(pen, table, row, false);
};

/** A value with its label on the left, e.g. "Fascicolo: <id>"; the label column is a quarter of the width. */
export const FIELDS_TABLE: Table = {
  columns: [
    { title: '', share: 1, style: STYLES.label },
    { title: '', share: 3, style: STYLES.body },
  ],
  showHeader: false,
  style: STYLES.body,
  padding: 1.5,
  ruled: false,
};

export const fields = (pen: Pen, rows: Array<[string, string]>): void => {
  for (const [label, value] of rows) tableRow(pen, FIELDS_TABLE, [label, value]);
  pen.y += 4;
};
