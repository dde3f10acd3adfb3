import { NarrativeEntry } from '../../cases/case.values';
import { Lang } from './timeline.vocabulary';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const romeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Rome',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Picks the phrase of the language being written. */
export const say = (lang: Lang, it: string, en: string): string => (lang === 'it' ? it : en);

/** A calendar date: 02/11/2026 in Italian, 2026-11-02 in English. */
export const day = (date: string, lang: Lang): string => {
  const [y, m, d] = date.slice(0, 10).split('-');
  return lang === 'it' ? `${d}/${m}/${y}` : `${y}-${m}-${d}`;
};

/** An instant as the service lived it, in Europe/Rome; a plain date stays a date. */
export const moment = (instant: string, lang: Lang): string => {
  if (DATE_ONLY.test(instant)) return day(instant, lang);
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) return instant;
  const part = (type: string) => romeParts.formatToParts(at).find((p) => p.type === type)!.value;
  const time = `${part('hour')}:${part('minute')}`;
  return `${day(`${part('year')}-${part('month')}-${part('day')}`, lang)} ${lang === 'it' ? 'ore ' : ''}${time}`;
};

/** "1 fatto", "2 fatti". */
export const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const KIND_WORDS: Record<NarrativeEntry['kind'], Record<Lang, [string, string]>> = {
  fact: { it: ['fatto', 'fatti'], en: ['fact', 'facts'] },
  statement: { it: ['dichiarazione', 'dichiarazioni'], en: ['statement', 'statements'] },
  evaluation: { it: ['valutazione', 'valutazioni'], en: ['evaluation', 'evaluations'] },
};

/** The entry kind in one word: "dichiarazione" / "statement". */
export const kindWord = (kind: NarrativeEntry['kind'], lang: Lang): string => KIND_WORDS[kind]?.[lang][0] ?? kind;

/** "3 voci: 1 fatto, 1 dichiarazione, 1 valutazione": counts by kind, never the entries' text. */
export const entryCounts = (entries: NarrativeEntry[], lang: Lang, noun: Record<Lang, [string, string]>): string => {
  const byKind = (['fact', 'statement', 'evaluation'] as const)
    .map((kind) => [kind, entries.filter((e) => e.kind === kind).length] as const)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => count(n, ...KIND_WORDS[kind][lang]));
  const total = count(entries.length, ...noun[lang]);
  return byKind.length ? `${total}: ${byKind.join(', ')}` : total;
};

export const ENTRIES: Record<Lang, [string, string]> = { it: ['voce', 'voci'], en: ['entry', 'entries'] };
export const SECTIONS: Record<Lang, [string, string]> = { it: ['sezione', 'sezioni'], en: ['section', 'sections'] };

/** Art. 473-bis.27 c.p.c.: the kind of each narrative entry, with who stated it or the method, without its text. */
export interface EntryKind {
  kind: NarrativeEntry['kind'];
  statedBy?: string;
  method?: string;
}

export const entryKindOf = (entry: NarrativeEntry): EntryKind => {
  if (entry.kind === 'statement') return { kind: 'statement', statedBy: entry.statedBy };
  if (entry.kind === 'evaluation') return { kind: 'evaluation', method: entry.method };
  return { kind: entry.kind };
};
