/** Calendar dates of Europe/Rome, where the service works: age limits and deadlines are counted there (DOMAIN.md). */
const romeCalendar = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The YYYY-MM-DD date an instant falls on in Rome. */
export const romeDate = (instant: string | Date): string => {
  const parts = romeCalendar.formatToParts(typeof instant === 'string' ? new Date(instant) : instant);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
};
