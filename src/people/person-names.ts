/**
 * A name as the registry compares it: no accents, no case, no punctuation, single spaces. "Niccolò D'Amico" and
 * "niccolo d amico" are the same key; trigram similarity (pg_trgm) then tolerates typos and word order.
 */
export const normalizeName = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export const searchNameOf = (person: { givenName: string; familyName: string }): string =>
  normalizeName(`${person.familyName} ${person.givenName}`);

/** Close enough to ask the worker whether two records are one person (measured: one typo in each name scores 0.6). */
export const DUPLICATE_SIMILARITY = 0.5;

const FISCAL_CODE_QUERY = /^[A-Z0-9]{16}$/i;
export const looksLikeFiscalCode = (query: string): boolean => FISCAL_CODE_QUERY.test(query.trim());
