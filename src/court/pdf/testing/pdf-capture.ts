import { PassThrough, Writable } from 'node:stream';

// The package index runs a debug self-test when required directly; its lib entry is the parser alone.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfParse = require('pdf-parse/lib/pdf-parse.js') as (data: Buffer, options?: object) => Promise<{ numpages: number; text: string }>;

interface TextItem {
  str: string;
  transform: number[];
}
interface PageData {
  getTextContent: () => Promise<{ items: TextItem[] }>;
}

export interface ParsedPdf {
  numpages: number;
  text: string;
  pages: string[];
}

/** Renders into memory: only for the small documents of the content tests. */
export const renderToBuffer = async (render: (out: NodeJS.WritableStream) => Promise<void>): Promise<Buffer> => {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await render(out);
  return Buffer.concat(chunks);
};

/** pdf-parse's own page text (a line per baseline), kept page by page. */
export const parsePdf = async (pdf: Buffer): Promise<ParsedPdf> => {
  const pages: string[] = [];
  const pagerender = async (page: PageData) => {
    let text = '';
    let lastY: number | undefined;
    for (const item of (await page.getTextContent()).items) {
      text += lastY === undefined || lastY === item.transform[5] ? item.str : `\n${item.str}`;
      lastY = item.transform[5];
    }
    pages.push(text);
    return text;
  };
  const { numpages, text } = await pdfParse(pdf, { pagerender });
  return { numpages, text, pages };
};

/** Takes every byte and keeps none, counting them. */
export const discardingSink = (): Writable & { bytes: number } => {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      sink.bytes += chunk.length;
      callback();
    },
  }) as Writable & { bytes: number };
  sink.bytes = 0;
  return sink;
};
