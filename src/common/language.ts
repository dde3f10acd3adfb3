/** The languages tutela speaks: Italian, the service's language, and English. */
export type Lang = 'it' | 'en';

/** The first of Accept-Language that tutela speaks (quality order as sent), else the fallback. */
export const preferredLang = (acceptLanguage: string | undefined, fallback: Lang): Lang => {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? '1',
      );
      return { tag: tag.slice(0, 2).toLowerCase(), q: Number.isNaN(q) ? 0 : q, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const spoken = ranked.find((entry) => entry.tag === 'it' || entry.tag === 'en');
  return (spoken?.tag as Lang | undefined) ?? fallback;
};
