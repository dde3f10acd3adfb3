import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runVerify } from '../../src/court/verify.cli';
import { TestApp } from './test-app';

/** Court e2e helpers: downloads as bytes, files on disk, and the verify CLI run in-process. */
export const download = (t: TestApp, token: string, path: string) =>
  t
    .http()
    .get(path)
    .set('Authorization', `Bearer ${token}`)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });

export const tempFiles = () => {
  const dir = mkdtempSync(join(tmpdir(), 'tutela-court-'));
  return (name: string, content: string | Buffer): string => {
    const file = join(dir, name);
    writeFileSync(file, content);
    return file;
  };
};

export const verifyCli = async (args: string[]): Promise<{ code: number; output: string }> => {
  const lines: string[] = [];
  const code = await runVerify(args, (line) => lines.push(line));
  return { code, output: lines.join('\n') };
};
