import { FONT_FILES, Face } from './pdf-fonts';

export interface TextStyle {
  face: Face;
  size: number;
  color: string;
}

export const STYLES = {
  title: { face: 'bold', size: 15, color: '#000000' },
  subtitle: { face: 'regular', size: 9, color: '#333333' },
  heading: { face: 'bold', size: 12, color: '#000000' },
  label: { face: 'bold', size: 8.5, color: '#000000' },
  body: { face: 'regular', size: 8.5, color: '#000000' },
  emphasis: { face: 'bold', size: 8, color: '#222222' },
  caption: { face: 'regular', size: 6.5, color: '#555555' },
  cell: { face: 'regular', size: 7, color: '#000000' },
  cellHeader: { face: 'bold', size: 7, color: '#000000' },
  note: { face: 'regular', size: 5.5, color: '#555555' },
  footer: { face: 'regular', size: 6.5, color: '#333333' },
} satisfies Record<string, TextStyle>;

const ELLIPSIS = '…';

export const applyStyle = (doc: PDFKit.PDFDocument, style: TextStyle): PDFKit.PDFDocument =>
  doc.font(FONT_FILES[style.face]).fontSize(style.size);

/** Per face, the width of each character at 1 pt: bounded by the distinct characters of the texts, a few hundred in practice. */
const CHARACTER_WIDTHS: Record<Face, Map<string, number>> = { regular: new Map(), bold: new Map() };

/**
 * The sum of the characters' advance widths: exactly what is drawn, since text is laid out without shaping
 * (pdf-glyphs.ts). Both passes measure with this, so their line counts agree.
 */
export const textWidth = (doc: PDFKit.PDFDocument, text: string, style: TextStyle): number => {
  const widths = CHARACTER_WIDTHS[style.face];
  let total = 0;
  for (const character of text) {
    let width = widths.get(character);
    if (width === undefined) {
      width = applyStyle(doc, style).widthOfString(character) / style.size;
      widths.set(character, width);
    }
    total += width;
  }
  return total * style.size;
};

export const lineHeightOf = (doc: PDFKit.PDFDocument, style: TextStyle): number => applyStyle(doc, style).currentLineHeight(true);

/** Splits a token wider than the line (a hash, an id) where it stops fitting. */
const breakToken = (doc: PDFKit.PDFDocument, token: string, style: TextStyle, width: number): string[] => {
  const pieces: string[] = [];
  let piece = '';
  let pieceWidth = 0;
  for (const character of token) {
    const characterWidth = textWidth(doc, character, style);
    if (piece && pieceWidth + characterWidth > width) {
      pieces.push(piece);
      piece = '';
      pieceWidth = 0;
    }
    piece += character;
    pieceWidth += characterWidth;
  }
  return piece ? [...pieces, piece] : pieces;
};

/** Cuts the last kept line so that it ends with an ellipsis and still fits: the reader sees that text was left out. */
const withEllipsis = (doc: PDFKit.PDFDocument, line: string, style: TextStyle, width: number): string => {
  let kept = line.trimEnd();
  while (kept && textWidth(doc, kept + ELLIPSIS, style) > width) kept = kept.slice(0, -1).trimEnd();
  return kept + ELLIPSIS;
};

/**
 * Greedy word wrap with the fonts' own character widths. Both passes wrap with this function, so the measured and the
 * drawn line counts cannot disagree; maxLines bounds a cell's height (and the work) whatever the text's length.
 */
export const wrapText = (doc: PDFKit.PDFDocument, text: string, style: TextStyle, width: number, maxLines = Infinity): string[] => {
  const space = textWidth(doc, ' ', style);
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (lines.length > maxLines) break;
      const wordWidth = textWidth(doc, word, style);
      if (line && lineWidth + space + wordWidth <= width) {
        line += ` ${word}`;
        lineWidth += space + wordWidth;
        continue;
      }
      if (line) lines.push(line);
      const pieces = wordWidth <= width ? [word] : breakToken(doc, word, style, width);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1];
      lineWidth = textWidth(doc, line, style);
    }
    if (lines.length > maxLines) break;
    lines.push(line);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(doc, kept[maxLines - 1], style, width);
  return kept;
};
