import PDFDocument from 'pdfkit';
import { layOutWithoutShaping } from './pdf-glyphs';

/** The faces a court PDF uses; both are TrueType files embedded (as subsets) in the document. */
export type Face = 'regular' | 'bold';

/** require.resolve, not a path relative to this file, so the fonts are found from src/ under jest and from dist/ alike. */
export const FONT_FILES: Record<Face, string> = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

export interface PageSetup {
  layout: 'portrait' | 'landscape';
  /** Points on every side; the footer sits inside the bottom margin's band above it. */
  margin: number;
  /** Points kept free above the bottom margin for the footer. */
  footerHeight: number;
  title: string;
}

/**
 * An A4 document that never touches the standard 14 fonts (they are not embedded): the default font is DejaVu Sans.
 * No bufferPages: each page is written out as soon as the next one starts. No layout cache: without shaping, laying a
 * word out costs less than keeping it, and the hashes of thousands of events would grow the cache without bound.
 */
export const createPdfDocument = (setup: PageSetup): PDFKit.PDFDocument => {
  const doc = new PDFDocument({
    size: 'A4',
    layout: setup.layout,
    margin: setup.margin,
    font: FONT_FILES.regular,
    bufferPages: false,
    fontLayoutCache: false,
    info: { Title: setup.title, Creator: 'Tutela – Servizi Minori e Famiglia' },
    lang: 'it-IT',
  });
  for (const face of ['bold', 'regular'] as const) layOutWithoutShaping(doc.font(FONT_FILES[face]));
  return doc;
};
