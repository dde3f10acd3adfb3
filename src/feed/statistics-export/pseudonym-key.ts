import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { dataDirFile, secretInDataDir } from '../../config/data-dir-secret';
import { keyIdOf } from './pseudonym';

export const PSEUDONYM_KEY_FILE = 'statistics-pseudonym-key';

export interface PseudonymKey {
  key: Uint8Array;
  keyId: string;
}

/**
 * STATISTICS_PSEUDONYM_KEY, else a key generated once in DATA_DIR, as the JWT secret is. The file holds text used
 * as the env value would be, so moving it into STATISTICS_PSEUDONYM_KEY keeps every pseudonym.
 */
export const loadPseudonymKey = (config: { dataDir: string; integrations: { pseudonymKey?: string } }): PseudonymKey => {
  const text = config.integrations.pseudonymKey ?? keyFromDataDir(config.dataDir);
  const key = new TextEncoder().encode(text);
  return { key, keyId: keyIdOf(key) };
};

const keyFromDataDir = (dataDir: string): string => {
  const file = dataDirFile(dataDir, PSEUDONYM_KEY_FILE);
  const text = secretInDataDir(dataDir, PSEUDONYM_KEY_FILE, () => randomBytes(32).toString('base64url')).trim();
  // A short key would make every pseudonym guessable: refuse rather than export with it.
  if (text.length < 32) throw new Error(`${file} holds no usable key (under 32 characters): remove it to have one made`);
  return text;
};

/** Loaded on the first export, not at start: apps that never export (tests, the OpenAPI generator) write no key. */
@Injectable()
export class PseudonymKeyHolder {
  private loaded?: PseudonymKey;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  current(): PseudonymKey {
    return (this.loaded ??= loadPseudonymKey(this.config));
  }
}
