/** The calendar date (YYYY-MM-DD) of an instant in Europe/Rome, where the service works. */
export const romeDate = (instant: Date): string => instant.toLocaleDateString('sv-SE', { timeZone: 'Europe/Rome' });
