import { addDays, addMonths, endOfRomeDay, instantOf, romeDateOf, romeInstant, romeIso, romeOffsetMinutes } from './rome-time';

describe('Europe/Rome time', () => {
  it('is one hour ahead of UTC in winter and two in summer, changing on the last Sundays of March and October', () => {
    expect(romeOffsetMinutes(new Date('2026-10-25T00:59:59Z'))).toBe(120);
    expect(romeOffsetMinutes(new Date('2026-10-25T01:00:00Z'))).toBe(60);
    expect(romeOffsetMinutes(new Date('2027-03-28T00:59:59Z'))).toBe(60);
    expect(romeOffsetMinutes(new Date('2027-03-28T01:00:00Z'))).toBe(120);
  });

  it('writes an instant with the offset Rome had at that instant', () => {
    expect(romeIso(new Date('2026-10-26T08:30:00Z'))).toBe('2026-10-26T09:30:00+01:00');
    expect(romeIso(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01T23:59:00+02:00');
  });

  it('reads a bare date as Rome midnight and a time without offset as Rome wall clock', () => {
    expect(instantOf('2026-11-08').toISOString()).toBe('2026-11-07T23:00:00.000Z');
    expect(instantOf('2026-07-08').toISOString()).toBe('2026-07-07T22:00:00.000Z');
    expect(instantOf('2026-11-08T22:30:00').toISOString()).toBe('2026-11-08T21:30:00.000Z');
    expect(instantOf('2026-11-08T22:30:00+01:00').toISOString()).toBe('2026-11-08T21:30:00.000Z');
    expect(instantOf('2026-11-08T21:30:00Z').toISOString()).toBe('2026-11-08T21:30:00.000Z');
  });

  it('finds Rome midnight on the days the clocks change', () => {
    expect(romeInstant('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(romeInstant('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(romeInstant('2027-03-28').toISOString()).toBe('2027-03-27T23:00:00.000Z');
  });

  it('ends a day at its last Rome millisecond, a 25-hour day included', () => {
    expect(romeIso(endOfRomeDay('2026-10-25'))).toBe('2026-10-25T23:59:59+01:00');
    expect(endOfRomeDay('2026-10-25').getTime() - romeInstant('2026-10-25').getTime()).toBe(25 * 3_600_000 - 1);
    expect(romeDateOf(endOfRomeDay('2026-10-25'))).toBe('2026-10-25');
  });

  it('counts days and months on the calendar; a missing day number ends the month (art. 2963 c.c.)', () => {
    expect(addDays('2026-10-20', 15)).toBe('2026-11-04');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addMonths('2026-03-15', 24)).toBe('2028-03-15');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  });
});
