import { Writable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ExportedEvent } from '../audit-trail.types';
import { renderAuditTrailPdf } from './audit-trail.pdf';
import { expectFooterOnEveryPage, expectOnlyEmbeddedFonts } from './testing/pdf-assertions';
import { ParsedPdf, discardingSink, parsePdf, renderToBuffer } from './testing/pdf-capture';
import { CASE_ID, headerFor, sourceOf, syntheticEvent, syntheticSource } from './testing/synthetic-events';

const MB = 1024 * 1024;

/** jest runs without --expose-gc, but V8 still hands its gc function to a new context once the flag is set. */
const collectGarbage = (): (() => void) => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
};

/**
 * Renders a lazily generated case into a sink that keeps nothing. peak: the highest heapUsed seen, garbage included;
 * retained: the highest heapUsed right after a collection, four times per pass over the events: what the render holds.
 */
const heapDuring = async (count: number) => {
  const gc = collectGarbage();
  gc();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  let retained = before;
  const sink = discardingSink();
  const source = syntheticSource(count, (revision) => {
    if (revision % 50 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    if ((revision + 1) % (count / 4) === 0) {
      gc();
      retained = Math.max(retained, process.memoryUsage().heapUsed);
    }
  });
  await renderAuditTrailPdf(headerFor(count), source, sink);
  return { peak: peak - before, retained: retained - before, bytes: sink.bytes };
};

const linesOf = (parsed: ParsedPdf) => parsed.text.split('\n');
const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('audit trail PDF', () => {
  const header = headerFor(40);
  let pdf: Buffer;
  let parsed: ParsedPdf;

  beforeAll(async () => {
    pdf = await renderToBuffer((out) => renderAuditTrailPdf(header, syntheticSource(40), out));
    parsed = await parsePdf(pdf);
  });

  it('opens with the case, the minor, the period, the exporter and the head of the chain', () => {
    expect(parsed.pages[0]).toContain('Registro degli eventi del fascicolo');
    expect(parsed.text).toContain(CASE_ID);
    expect(parsed.text).toContain('Niccolò Esposito, nato/a il 14/05/2016');
    expect(parsed.text).toContain('Comune di Forlì');
    expect(parsed.text).toContain('dal 01/01/2024, 01:00:00 ad oggi (data di registrazione)');
    expect(parsed.text).toContain('Giulia Bianchi (giulia.bianchi, ruolo court-liaison)');
    expect(parsed.text).toMatch(/Eventi nel periodo\s*40/);
    expect(parsed.text).toMatch(new RegExp(`Hash di testa\\s*${header.headHash}`));
  });

  it('lists every event with its revision, stream, type, dates, author and hash', () => {
    const event = syntheticEvent(9);
    expect(parsed.text).toContain('ProtectionMeasureProposed');
    expect(parsed.text).toContain('nucleo');
    expect(parsed.text).toContain('alice.rossi (social-worker)');
    expect(parsed.text).toContain(event.metadata.hash.slice(0, 16));
    expect(parsed.text).toContain(`hash ${event.metadata.hash}`);
  });

  it('groups the narrative entries under Fatti, Dichiarazioni and Valutazioni, with who said it and the method', () => {
    expect(linesOf(parsed)).toEqual(expect.arrayContaining(['Fatti', 'Dichiarazioni', 'Valutazioni']));
    expect(parsed.text).toContain('dichiarato da: madre');
    expect(parsed.text).toContain('dichiarato da: insegnante');
    expect(parsed.text).toContain('metodo: osservazione diretta');
    expect(linesOf(parsed).indexOf('Dichiarazioni')).toBeGreaterThan(linesOf(parsed).indexOf('Fatti'));
  });

  it('keeps accented Italian as text', () => {
    expect(parsed.text).toContain('la casa è in ordine');
    expect(parsed.text).toContain('più o meno bene');
    expect(parsed.text).toContain('qualche difficoltà');
  });

  it('puts the digest, the head hash and "pagina N di M" on every page, M being the page count', () => {
    expect(parsed.numpages).toBeGreaterThan(2);
    expect(parsed.text).toContain('pagina 1 di');
    expect(parsed.pages[parsed.numpages - 1]).toContain(`pagina ${parsed.numpages} di ${parsed.numpages}`);
    expectFooterOnEveryPage(parsed, [`Impronta del fascicolo (SHA-256): ${header.digest}`, `Hash di testa: ${header.headHash}`]);
  });

  it('embeds its fonts', () => expectOnlyEmbeddedFonts(pdf));

  it('lists only the events in range, at Rome time, and says when a section is empty', async () => {
    const measure = syntheticEvent(1);
    const inRange: ExportedEvent = { ...measure, metadata: { ...measure.metadata, occurredAt: '2024-07-01T22:30:00.000Z' } };
    const contact = syntheticEvent(3);
    const outOfRange: ExportedEvent = { ...contact, inRange: false, type: 'ContactRecorded', id: 'fuori-periodo' };
    const range = { axis: 'occurred' as const, from: null, to: '2024-07-31T21:59:59.000Z' };
    const pdf = await renderToBuffer((out) => renderAuditTrailPdf(headerFor(2, { range }), sourceOf([inRange, outOfRange]), out));
    const { text } = await parsePdf(pdf);
    expect(text).toContain("dall'inizio al 31/07/2024, 23:59:59 (data del fatto)");
    expect(text).toContain('02/07/2024,\n00:30:00');
    expect(text).not.toContain('fuori-periodo');
    expect(text).not.toContain('la casa è in ordine');
    expect(occurrences(text, 'Nessuna voce nel periodo')).toBe(3);
  });

  it('stops with an error, never hangs, when the reader goes away', async () => {
    const leaving = new Writable({
      write(_chunk, _encoding, callback) {
        process.nextTick(() => leaving.destroy());
        callback();
      },
    });
    const rendering = renderAuditTrailPdf(headerFor(300), syntheticSource(300), leaving);
    await expect(rendering).rejects.toThrow('closed before the document was complete');
  });

  it('keeps memory flat: 10,000 events do not take ~10 times the heap of 1,000', async () => {
    const small = await heapDuring(1_000);
    const large = await heapDuring(10_000);
    expect(large.bytes).toBeGreaterThan(8 * small.bytes);
    expect(large.peak).toBeLessThan(150 * MB);
    expect(large.retained).toBeLessThan(small.retained + 10 * MB);
  }, 300_000);
});
