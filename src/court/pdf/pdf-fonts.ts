import PDFDocument from 'pdfkit';

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
 * No bufferPages: each page is written out as soon as the next one starts.
 */
export const createPdfDocument = (setup: PageSetup): PDFKit.PDFDocument =>
  new PDFDocument({
    size: 'A4',
    layout: setup.layout,
    margin: setup.margin,
    font: FONT_FILES.regular,
    bufferPages: false,
    info: { Title: setup.title, Creator: 'Tutela – Servizi Minori e Famiglia' },
    lang: 'it-IT',
  });
