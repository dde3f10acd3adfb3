import { computeEventHash, GENESIS_HASH } from '../../event-store/hash-chain';
import { eventHash } from '../../court/verify/audit-core';
import { hashedForm, readableBy, textDigestOf } from './sealed-entries';

const seal = '0123456789abcdef0123456789abcdef';
const restricted = {
  kind: 'evaluation',
  method: 'colloquio clinico',
  text: 'Tratti depressivi della madre.',
  restrictedTo: 'psychological',
  seal,
};
const open = { kind: 'fact', text: 'Casa in ordine.' };
const data = { caseId: 'c-1', contactId: 'k-1', entries: [open, restricted] };
const metadata = { actor: { id: 'paola', role: 'psychologist' }, occurredAt: '2026-11-20T10:00:00.000Z', prevHash: GENESIS_HASH };

describe('clinical confidentiality: restricted entries', () => {
  it('leaves data without restricted entries exactly as it is, so older events hash as they always did', () => {
    expect(hashedForm({ caseId: 'c-1', entries: [open], nested: { list: [1, 'a', null] } })).toEqual({
      caseId: 'c-1',
      entries: [open],
      nested: { list: [1, 'a', null] },
    });
  });

  it('hashes a restricted text as the digest of its seal and text', () => {
    const { text: _text, ...rest } = restricted;
    expect(hashedForm(data)).toEqual({ ...data, entries: [open, { ...rest, textDigest: textDigestOf(seal, restricted.text) }] });
  });

  it('shows the text to its discipline only; others see the entry, its discipline and its digest', () => {
    expect(readableBy('psychologist', data)).toEqual({ data, withheld: 0 });
    const forSocialWorker = readableBy('social-worker', data);
    expect(forSocialWorker.withheld).toBe(1);
    expect(JSON.stringify(forSocialWorker.data)).not.toContain('depressivi');
    expect((forSocialWorker.data as typeof data).entries[1]).toMatchObject({ kind: 'evaluation', restrictedTo: 'psychological' });
    expect(readableBy('court-liaison', data).withheld).toBe(1);
    expect(readableBy('coordinator', data).withheld).toBe(1);
  });

  it('verifies the same chain hash with the text or without it, here and in the standalone verifier', async () => {
    const full = { type: 'ContactRecorded', data, metadata };
    const withheld = { ...full, data: readableBy('court-liaison', data).data };
    const hash = computeEventHash(GENESIS_HASH, full);
    expect(computeEventHash(GENESIS_HASH, withheld)).toBe(hash);
    expect(await eventHash(GENESIS_HASH, full)).toBe(hash);
    expect(await eventHash(GENESIS_HASH, withheld)).toBe(hash);
  });

  it('still detects a changed restricted text, and a forged digest', async () => {
    const full = { type: 'ContactRecorded', data, metadata };
    const hash = computeEventHash(GENESIS_HASH, full);
    const changed = { ...full, data: { ...data, entries: [open, { ...restricted, text: 'Nessun tratto depressivo.' }] } };
    expect(computeEventHash(GENESIS_HASH, changed)).not.toBe(hash);
    const withheld = readableBy('court-liaison', data).data as typeof data;
    const forged = { ...full, data: { ...withheld, entries: [open, { ...withheld.entries[1], textDigest: '0'.repeat(64) }] } };
    expect(await eventHash(GENESIS_HASH, forged)).not.toBe(hash);
  });
});
