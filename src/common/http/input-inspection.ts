/** Deeper than any DTO of tutela; deep enough for none to be refused. */
export const MAX_BODY_DEPTH = 32;

// NUL and unpaired UTF-16 surrogates: Postgres refuses them in jsonb and text, so they would fail as a 500.
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const hasUnstorableCharacters = (text: string): boolean => UNSTORABLE.test(text);

export type InputDefect = 'TOO_DEEP' | 'UNSTORABLE_CHARACTERS' | 'RESERVED_KEY';

// No DTO has such a field, and code that copies properties with [[Set]] (Object.assign) would change prototypes.
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Walks a parsed JSON value (or a parsed query) once, with an explicit stack rather than recursion, so that
 * a body nested 100,000 levels deep costs a loop and not the process's call stack.
 */
export const findInputDefect = (root: unknown, maxDepth = MAX_BODY_DEPTH): InputDefect | undefined => {
  const pending: Array<{ value: unknown; depth: number }> = [{ value: root, depth: 0 }];
  while (pending.length > 0) {
    const { value, depth } = pending.pop()!;
    if (typeof value === 'string') {
      if (hasUnstorableCharacters(value)) return 'UNSTORABLE_CHARACTERS';
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= maxDepth) return 'TOO_DEEP';
    for (const [key, child] of Object.entries(value)) {
      if (hasUnstorableCharacters(key)) return 'UNSTORABLE_CHARACTERS';
      if (RESERVED_KEYS.has(key)) return 'RESERVED_KEY';
      pending.push({ value: child, depth: depth + 1 });
    }
  }
  return undefined;
};
