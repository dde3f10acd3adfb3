import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const dataDirFile = (dataDir: string, name: string): string => join(dataDir, name);

/**
 * A secret kept in DATA_DIR when none is configured: made once (mode 0600) by whichever process gets there first,
 * then read by every process. The JWT secret, the audit signing key and the pseudonym key all live this way.
 */
export const secretInDataDir = (dataDir: string, name: string, make: () => string): string => {
  const file = dataDirFile(dataDir, name);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    try {
      writeFileSync(file, make(), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process made it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return readFileSync(file, 'utf8');
};
