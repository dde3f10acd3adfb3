import { createPdfDocument } from './pdf-fonts';
import { renderToBuffer, parsePdf } from './testing/pdf-capture';
import { STYLES, applyStyle, textWidth } from './pdf-text';

const SETUP = { layout: 'portrait' as const, margin: 40, footerHeight: 20, title: 'prova' };

describe('text laid out one glyph per character', () => {
  it('draws exactly the width the layout measures, kerned pairs and ligatures included', () => {
    const doc = createPdfDocument(SETUP);
    for (const text of ['AVA To', 'officina fiore', 'b4cd8541450b668c26d67ece7ea01e25']) {
      for (const style of [STYLES.body, STYLES.label]) {
        const drawn = applyStyle(doc, style).widthOfString(text);
        expect(drawn).toBeCloseTo(textWidth(doc, text, style), 6);
      }
    }
  });

  it('shows a decomposed accent as the precomposed letter, in the drawing and in the text a court copies out', async () => {
    const decomposed = 'citta\u0300 e perche\u0301';
    const pdf = await renderToBuffer(async (out) => {
      const doc = createPdfDocument(SETUP);
      doc.pipe(out);
      const width = applyStyle(doc, STYLES.body).widthOfString(decomposed);
      expect(width).toBeCloseTo(doc.widthOfString('città e perché'), 6);
      doc.text(decomposed, 40, 40, { lineBreak: false });
      doc.end();
      await new Promise((resolve) => out.on('finish', resolve));
    });
    const { text } = await parsePdf(pdf);
    expect(text).toContain('città e perché');
  });

  it('keeps ligature letters apart, so "fi" is searchable as two letters', async () => {
    const pdf = await renderToBuffer(async (out) => {
      const doc = createPdfDocument(SETUP);
      doc.pipe(out);
      doc.text('affidamento fiduciario', 40, 40, { lineBreak: false });
      doc.end();
      await new Promise((resolve) => out.on('finish', resolve));
    });
    expect((await parsePdf(pdf)).text).toContain('affidamento fiduciario');
  });
});
