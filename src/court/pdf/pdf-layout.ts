import { PageSetup } from './pdf-fonts';
import { STYLES, TextStyle, applyStyle, lineHeightOf, textWidth, wrapText } from './pdf-text';

/** What every page's footer says: lines on the left, the page number on the right of the first line. */
export type FooterText = (page: number, pageCount: number) => { lines: string[]; pageLabel: string };

/**
 * Where the layout stands. The measuring pass and the drawing pass run the same layout code on a pen each: with
 * draw false nothing is drawn and pages are only counted, so the drawing pass knows "pagina N di M" in advance.
 */
export interface Pen {
  doc: PDFKit.PDFDocument;
  draw: boolean;
  setup: PageSetup;
  footer: FooterText;
  page: number;
  /** 0 while measuring. */
  pageCount: number;
  y: number;
  /** Repeats a table's header after a page break. */
  onNewPage?: (pen: Pen) => void;
  /** Drawing pass only: waits while the reader is behind. */
  keepPace?: () => Promise<void>;
}

export const pageText = (page: number, pageCount: number): string => `pagina ${page} di ${pageCount}`;

export const openPen = (doc: PDFKit.PDFDocument, setup: PageSetup, footer: FooterText, draw: boolean, pageCount: number): Pen => ({
  doc,
  draw,
  setup,
  footer,
  page: 1,
  pageCount,
  y: setup.margin,
});

export const contentLeft = (pen: Pen): number => pen.setup.margin;
export const contentWidth = (pen: Pen): number => pen.doc.page.width - 2 * pen.setup.margin;
export const contentBottom = (pen: Pen): number => pen.doc.page.height - pen.setup.margin - pen.setup.footerHeight;

/** Text at an absolute place with lineBreak off: pdfkit then never wraps nor adds a page on its own. */
export const drawText = (pen: Pen, text: string, x: number, y: number, style: TextStyle): void => {
  if (!pen.draw || !text) return;
  applyStyle(pen.doc, style).fillColor(style.color).text(text, x, y, { lineBreak: false });
};

export const drawLines = (pen: Pen, lines: string[], x: number, y: number, style: TextStyle): void => {
  const lineHeight = lineHeightOf(pen.doc, style);
  lines.forEach((line, index) => drawText(pen, line, x, y + index * lineHeight, style));
};

export const drawRule = (pen: Pen, y: number, color = '#bbbbbb'): void => {
  if (!pen.draw) return;
  pen.doc
    .moveTo(contentLeft(pen), y)
    .lineTo(contentLeft(pen) + contentWidth(pen), y)
    .lineWidth(0.4)
    .strokeColor(color)
    .stroke();
};

/** Drawn inside the band kept free below the content, so it can never push text onto a new page. */
export const drawFooter = (pen: Pen): void => {
  if (!pen.draw) return;
  const { lines, pageLabel } = pen.footer(pen.page, pen.pageCount);
  const top = contentBottom(pen) + 6;
  drawRule(pen, top - 3, '#888888');
  drawLines(pen, lines, contentLeft(pen), top, STYLES.footer);
  drawText(pen, pageLabel, contentLeft(pen) + contentWidth(pen) - textWidth(pen.doc, pageLabel, STYLES.footer), top, STYLES.footer);
};

export const newPage = (pen: Pen): void => {
  drawFooter(pen);
  if (pen.draw) pen.doc.addPage();
  pen.page += 1;
  pen.y = pen.setup.margin;
  pen.onNewPage?.(pen);
};

/** A block that does not fit below starts a new page; one taller than a page starts at the top and is the caller's to bound. */
export const ensureRoom = (pen: Pen, height: number): void => {
  if (pen.y + height > contentBottom(pen) && pen.y > pen.setup.margin) newPage(pen);
};

export interface ParagraphOptions {
  indent?: number;
  gapAfter?: number;
  maxLines?: number;
  /** Height to keep on the same page after the first line (a heading with its first entry). */
  keepWithNext?: number;
}

/** Wrapped text that flows line by line across pages. */
export const paragraph = (pen: Pen, text: string, style: TextStyle, options: ParagraphOptions = {}): void => {
  const indent = options.indent ?? 0;
  const lineHeight = lineHeightOf(pen.doc, style);
  const lines = wrapText(pen.doc, text, style, contentWidth(pen) - indent, options.maxLines);
  lines.forEach((line, index) => {
    ensureRoom(pen, lineHeight + (index === 0 ? (options.keepWithNext ?? 0) : 0));
    drawText(pen, line, contentLeft(pen) + indent, pen.y, style);
    pen.y += lineHeight;
  });
  pen.y += options.gapAfter ?? 0;
};

export const heading = (pen: Pen, text: string): void => {
  pen.y += 6;
  paragraph(pen, text, STYLES.heading, { gapAfter: 4, keepWithNext: 3 * lineHeightOf(pen.doc, STYLES.body) });
};

/** Called between rows and entries, where waiting for the reader is safe. */
export const keepPace = async (pen: Pen): Promise<void> => {
  if (pen.keepPace) await pen.keepPace();
};

export const NO_ENTRIES = 'Nessuna voce nel periodo';

export const noEntries = (pen: Pen): void => paragraph(pen, NO_ENTRIES, STYLES.body, { gapAfter: 4 });
