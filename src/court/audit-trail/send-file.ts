import { Logger } from '@nestjs/common';
import { Response } from 'express';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

const logger = new Logger('CourtExport');

/** Headers of a downloaded court file: personal data, never cached. */
export const startDownload = (res: Response, contentType: string, filename: string, digest: string): void => {
  res.status(200);
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Bundle-Digest', digest);
};

/**
 * Streams with backpressure. Headers are gone once bytes are, so a failure mid-way can only cut the connection:
 * the client sees a truncated file, which the verifier refuses. Only the failure is logged, never the body.
 */
export const streamTo = async (res: Response, write: (out: Writable) => Promise<void> | Readable): Promise<void> => {
  try {
    const written = write(res);
    if (written instanceof Readable) await pipeline(written, res);
    else await written;
  } catch (error) {
    logger.error(`court export cut short: ${(error as Error).message}`);
    res.destroy(error as Error);
  }
};
