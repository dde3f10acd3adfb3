import { ParsedPdf } from './pdf-capture';

/** DejaVu embedded as TrueType subsets (/FontFile2), none of the standard 14 fonts, which readers would substitute. */
export const expectOnlyEmbeddedFonts = (pdf: Buffer): void => {
  const raw = pdf.toString('latin1');
  expect(raw).toContain('/FontFile2');
  expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans/);
  expect(raw).not.toContain('/BaseFont /Helvetica');
  expect(raw).not.toMatch(/\/Subtype \/Type1/);
};

/** Each page ends with the footer lines and its own "pagina N di M", M being the real page count. */
export const expectFooterOnEveryPage = (parsed: ParsedPdf, footerLines: string[]): void => {
  expect(parsed.pages).toHaveLength(parsed.numpages);
  parsed.pages.forEach((text, index) => {
    for (const line of footerLines) expect({ page: index + 1, has: text.includes(line) }).toEqual({ page: index + 1, has: true });
    expect(text).toContain(`pagina ${index + 1} di ${parsed.numpages}`);
  });
};
