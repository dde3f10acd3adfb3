import { createHash } from 'node:crypto';
import { Discipline, TeamRole } from '../case.values';

/**
 * Clinical confidentiality. An entry restricted to a discipline keeps its text in the event, but the event's chain
 * hash covers only a digest of it: sha256(seal + text), where seal is a random value recorded beside it. So the
 * text can be withheld from a reader (text removed, textDigest given) and the chain still verifies, and the seal
 * keeps a short text from being guessed from its digest.
 */
export interface Restriction {
  restrictedTo: Discipline;
  seal: string;
}

/** Whose discipline a restricted entry belongs to. Coordinators and court liaison are of none: they see that it exists. */
export const DISCIPLINE_OF_ROLE: Record<TeamRole, Discipline> = {
  'social-worker': 'social',
  psychologist: 'psychological',
  educator: 'educational',
};

export const mayReadRestricted = (role: string, discipline: string): boolean =>
  (DISCIPLINE_OF_ROLE as Record<string, string>)[role] === discipline;

export const textDigestOf = (seal: string, text: string): string =>
  createHash('sha256')
    .update(seal + text, 'utf8')
    .digest('hex');

type Json = unknown;
const isRecord = (value: Json): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isRestricted = (value: Record<string, Json>): boolean => typeof value.restrictedTo === 'string' && typeof value.seal === 'string';

/** The entry with its text replaced by the digest; an entry already withheld is left as it is. */
const sealed = (entry: Record<string, Json>): Record<string, Json> => {
  if (typeof entry.text !== 'string') return entry;
  const { text, ...rest } = entry;
  return { ...rest, textDigest: textDigestOf(String(entry.seal), text) };
};

/**
 * Walks event data, replacing what `replace` decides for each restricted entry. Data without restricted entries
 * comes back deeply equal, so events recorded before confidentiality existed hash exactly as they always did.
 */
const walk = (value: Json, replace: (entry: Record<string, Json>) => Record<string, Json>): Json => {
  if (Array.isArray(value)) return value.map((item) => walk(item, replace));
  if (!isRecord(value)) return value;
  if (isRestricted(value)) return replace(value);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item, replace)]));
};

/** What the chain hash covers (DESIGN §4, with restricted texts as their digests). */
export const hashedForm = (data: Json): Json => walk(data, sealed);

/** The data as this role may read it, and how many restricted entries it withholds. */
export const readableBy = (role: string, data: Json): { data: Json; withheld: number } => {
  let withheld = 0;
  const result = walk(data, (entry) => {
    if (mayReadRestricted(role, String(entry.restrictedTo)) || typeof entry.text !== 'string') return entry;
    withheld++;
    return sealed(entry);
  });
  return { data: result, withheld };
};
