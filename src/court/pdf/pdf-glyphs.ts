/** The parts of fontkit and of pdfkit's embedded font that one-glyph-per-character layout needs. */
interface FontkitGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

interface GlyphPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

interface GlyphRun {
  glyphs: FontkitGlyph[];
  positions: GlyphPosition[];
  advanceWidth: number;
}

interface EmbeddedFont {
  font?: { glyphsForString?: (text: string) => FontkitGlyph[] };
  scale?: number;
  layout: (text: string, features?: unknown, onlyWidth?: boolean) => GlyphRun;
  unshaped?: true;
}

/**
 * Lays text out one glyph per character, at its advance width, without OpenType shaping. Shaping (kerning,
 * ligatures, mark placement) was 70% of a 10,000-event export's time, spent on hashes and timestamps that never
 * use it. Without it the glyphs a court copies out are exactly the recorded characters, and the width drawn is
 * the width the layout measured. Text is NFC-normalised first, so accented letters stay one precomposed glyph.
 */
const unshapedLayout = (toGlyphs: (text: string) => FontkitGlyph[], scale: number) => {
  // A few hundred distinct characters in practice; a glyph is looked up in the font's cmap once.
  const glyphOf = new Map<string, FontkitGlyph>();
  const glyphsOf = (text: string): FontkitGlyph[] =>
    Array.from(text.normalize('NFC'), (character) => {
      let glyph = glyphOf.get(character);
      if (!glyph) glyphOf.set(character, (glyph = toGlyphs(character)[0] ?? toGlyphs('\uFFFD')[0]));
      return glyph;
    });
  return (text: string): GlyphRun => {
    const glyphs = glyphsOf(text);
    let advanceWidth = 0;
    const positions = glyphs.map((glyph) => {
      const width = glyph.advanceWidth * scale;
      advanceWidth += width;
      return { xAdvance: width, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: width };
    });
    return { glyphs, positions, advanceWidth };
  };
};

/** Applied to the document's current font; a font pdfkit did not load from a TrueType file is left as it is. */
export const layOutWithoutShaping = (doc: PDFKit.PDFDocument): void => {
  const font = (doc as unknown as { _font?: EmbeddedFont })._font;
  const fontkit = font?.font;
  if (!font || font.unshaped || !fontkit?.glyphsForString || typeof font.scale !== 'number') return;
  font.layout = unshapedLayout((text) => fontkit.glyphsForString!(text), font.scale);
  font.unshaped = true;
};
