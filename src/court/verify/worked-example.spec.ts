import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson as storeCanonicalJson } from '../../event-store/canonical-json';
import { computeEventHash } from '../../event-store/hash-chain';
import { canonicalJson, eventHash } from './audit-core';

const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'audit-trail.md'), 'utf8');
const block = (label: string): string => {
  const match = new RegExp('```[a-z]+ ' + label + '\\n([\\s\\S]*?)\\n```').exec(doc);
  if (!match) throw new Error(`docs/audit-trail.md has no block ${label}`);
  return match[1];
};

describe('docs/audit-trail.md worked example', () => {
  const event = JSON.parse(block('worked-example-event'));
  const { hash: _hash, ...hashed } = event.metadata;

  it('shows the canonical bytes the verifier and the store both produce', () => {
    const canonical = block('worked-example-canonical');
    expect(canonicalJson({ type: event.type, data: event.data, metadata: hashed })).toBe(canonical);
    expect(storeCanonicalJson({ type: event.type, data: event.data, metadata: hashed })).toBe(canonical);
    expect(doc).toContain(`${Buffer.byteLength(canonical)} bytes in UTF-8`);
  });

  it('shows the hash both implementations compute', async () => {
    const hash = block('worked-example-hash');
    expect(event.metadata.hash).toBe(hash);
    expect(await eventHash(event.metadata.prevHash, event)).toBe(hash);
    expect(computeEventHash(event.metadata.prevHash, event)).toBe(hash);
  });

  it('the two canonical forms agree on escapes, numbers, key order and undefined', () => {
    const tricky = { z: 1, a: [undefined, -0, 1e21, 0.1, 'a"b\\c\n\t\u0001\u2028/é\ud800'], B: { y: null, x: undefined }, é: true };
    expect(canonicalJson(tricky)).toBe(storeCanonicalJson(tricky));
    expect(canonicalJson(tricky)).toBe('{"B":{"y":null},"a":[null,0,1e+21,0.1,"a\\"b\\\\c\\n\\t\\u0001\u2028/é\\ud800"],"z":1,"é":true}');
  });
});
