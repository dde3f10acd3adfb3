import { findInputDefect, hasUnstorableCharacters } from './input-inspection';

const nested = (depth: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? { a: value } : [value];
  return value;
};

describe('input inspection before validation', () => {
  it('accepts ordinary bodies, emoji and accents included', () => {
    expect(findInputDefect({ reason: 'Il bambino è sereno 😊', entries: [{ kind: 'fact', text: 'ok' }] })).toBeUndefined();
    expect(findInputDefect(nested(32))).toBeUndefined();
  });

  it('refuses a body nested deeper than 32 levels, without recursion, even at 100,000 levels', () => {
    expect(findInputDefect(nested(33))).toBe('TOO_DEEP');
    expect(findInputDefect(JSON.parse('['.repeat(100_000) + ']'.repeat(100_000)))).toBe('TOO_DEEP');
  });

  it('refuses NUL and unpaired surrogates, in values and in keys, which Postgres cannot store', () => {
    expect(findInputDefect({ text: 'a\u0000b' })).toBe('UNSTORABLE_CHARACTERS');
    expect(findInputDefect({ list: ['x', '\uD800'] })).toBe('UNSTORABLE_CHARACTERS');
    expect(findInputDefect({ ['k\u0000']: 1 })).toBe('UNSTORABLE_CHARACTERS');
    expect(hasUnstorableCharacters('\uDC00x')).toBe(true);
    expect(hasUnstorableCharacters('\uD83D\uDE00')).toBe(false);
    expect(hasUnstorableCharacters('\u202Eevil')).toBe(false);
  });
});

describe('reserved keys', () => {
  it('refuses __proto__, constructor and prototype at any depth, which the DTO whitelist does not see', () => {
    expect(findInputDefect(JSON.parse('{"a":1,"__proto__":{"isAdmin":true}}'))).toBe('RESERVED_KEY');
    expect(findInputDefect({ entries: [{ constructor: { prototype: {} } }] })).toBe('RESERVED_KEY');
    expect(findInputDefect({ kind: 'prototype', text: '__proto__' })).toBeUndefined();
  });
});
