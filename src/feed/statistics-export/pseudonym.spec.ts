import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keyIdOf, pseudonymOf } from './pseudonym';
import { PSEUDONYM_KEY_FILE, loadPseudonymKey } from './pseudonym-key';

const MINOR = '6f1d3a52-0c4e-4b8a-9d1e-2b7c5a9e0f11';
const OTHER_MINOR = '0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d';
const key = (text: string) => new TextEncoder().encode(text);
const KEY_A = key('a'.repeat(32));
const KEY_B = key('b'.repeat(32));

describe('the pseudonym of a minor', () => {
  it('is the same for the same minor under the same key, whatever the case of the id', () => {
    expect(pseudonymOf(KEY_A, MINOR)).toBe(pseudonymOf(KEY_A, MINOR));
    expect(pseudonymOf(KEY_A, MINOR.toUpperCase())).toBe(pseudonymOf(KEY_A, MINOR));
  });

  it('differs between minors, and under another key cannot be linked to the first', () => {
    expect(pseudonymOf(KEY_A, OTHER_MINOR)).not.toBe(pseudonymOf(KEY_A, MINOR));
    expect(pseudonymOf(KEY_B, MINOR)).not.toBe(pseudonymOf(KEY_A, MINOR));
  });

  it('is 256 bits of HMAC-SHA256 in hex and does not contain the id', () => {
    expect(pseudonymOf(KEY_A, MINOR)).toMatch(/^[0-9a-f]{64}$/);
    expect(pseudonymOf(KEY_A, MINOR)).not.toContain(MINOR.slice(0, 8));
  });

  it('comes with a short key id that tells keys apart without being the key', () => {
    expect(keyIdOf(KEY_A)).toMatch(/^[0-9a-f]{16}$/);
    expect(keyIdOf(KEY_A)).toBe(keyIdOf(key('a'.repeat(32))));
    expect(keyIdOf(KEY_B)).not.toBe(keyIdOf(KEY_A));
  });
});

describe('the pseudonym key', () => {
  let dataDir: string;
  const configured = (pseudonymKey?: string) => ({ dataDir, integrations: { pseudonymKey } });
  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'pseudonym-key-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is STATISTICS_PSEUDONYM_KEY when set, and then no file is written', () => {
    const loaded = loadPseudonymKey(configured('k'.repeat(40)));
    expect(loaded).toEqual({ key: key('k'.repeat(40)), keyId: keyIdOf(key('k'.repeat(40))) });
    expect(() => statSync(join(dataDir, PSEUDONYM_KEY_FILE))).toThrow();
  });

  it('is otherwise made once in DATA_DIR, readable by the owner only, and the same on every later load', () => {
    const first = loadPseudonymKey(configured());
    const file = join(dataDir, PSEUDONYM_KEY_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadPseudonymKey(configured())).toEqual(first);
    // Moving the file's text into STATISTICS_PSEUDONYM_KEY keeps every pseudonym.
    expect(loadPseudonymKey(configured(readFileSync(file, 'utf8')))).toEqual(first);
  });

  it('refuses a key file too short to keep pseudonyms unguessable', () => {
    writeFileSync(join(dataDir, PSEUDONYM_KEY_FILE), 'short');
    expect(() => loadPseudonymKey(configured())).toThrow(/no usable key/);
  });
});
