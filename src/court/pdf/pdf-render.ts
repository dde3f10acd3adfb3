import { PageSetup, createPdfDocument } from './pdf-fonts';
import { FooterText, Pen, drawFooter, openPen } from './pdf-layout';

/** Lays out a whole document on a pen; run twice, so it must read its input afresh each time. */
export type Layout = (pen: Pen) => Promise<void>;

/** Beyond this many unread bytes the layout waits for the reader: a slow download never piles the PDF up in memory. */
const UNREAD_LIMIT = 512 * 1024;

type Output = NodeJS.WritableStream & { writableNeedDrain?: boolean; destroyed?: boolean };

const outputDone = (out: Output): Promise<void> =>
  new Promise<void>((resolve, reject) => {
    out.once('finish', () => resolve());
    out.once('error', reject);
    // After 'finish' this is a no-op; before it, the reader went away (a closed connection).
    out.once('close', () => reject(new Error('PDF output closed before the document was complete')));
  });

const drainedOrClosed = (out: Output): Promise<void> =>
  new Promise<void>((resolve) => {
    const done = () => {
      for (const event of ['drain', 'close', 'error']) out.removeListener(event, done);
      resolve();
    };
    for (const event of ['drain', 'close', 'error']) out.once(event, done);
  });

/** The pen's pacing hook: returns once the reader has caught up (drain), or throws if it went away. */
const pacer = (doc: PDFKit.PDFDocument, out: Output) => async (): Promise<void> => {
  while (doc.readableLength > UNREAD_LIMIT) {
    if (out.destroyed) throw new Error('PDF output closed before the document was complete');
    // Not waiting for a drain means the pipe has bytes to move on the next turn of the event loop.
    await (out.writableNeedDrain ? drainedOrClosed(out) : new Promise<void>((resolve) => setImmediate(resolve)));
  }
};

/** The measuring pass, on a document never piped; it is dropped, fonts and all, before the drawing pass starts. */
const countPages = async (setup: PageSetup, footer: FooterText, layout: Layout): Promise<number> => {
  const measuring = openPen(createPdfDocument(setup), setup, footer, false, 0);
  await layout(measuring);
  return measuring.page;
};

/**
 * Runs the layout twice on identical documents: first only measuring, to count the pages, then drawing with
 * "pagina N di M" known. Resolves when out has taken every byte.
 */
export const renderTwoPass = async (setup: PageSetup, footer: FooterText, layout: Layout, out: NodeJS.WritableStream): Promise<void> => {
  const pageCount = await countPages(setup, footer, layout);
  const doc = createPdfDocument(setup);
  const done = outputDone(out);
  done.catch(() => undefined); // awaited below; a failure before that point must not be unhandled
  doc.pipe(out);
  const pen = { ...openPen(doc, setup, footer, true, pageCount), keepPace: pacer(doc, out) };
  try {
    await layout(pen);
    drawFooter(pen);
    if (pen.page !== pageCount) throw new Error(`PDF laid out on ${pen.page} pages after measuring ${pageCount}`);
  } catch (error) {
    doc.unpipe(out);
    throw error;
  }
  doc.end();
  await done;
};
