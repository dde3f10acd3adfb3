import { screeningDueAt } from './screening-deadline';
import { addWorkingDays, easterMonday, isPublicHoliday, isWorkingDay } from './working-days';

describe('working days in Rome', () => {
  it('computes Easter Monday, a moving holiday, in several years', () => {
    expect(easterMonday(2024)).toBe('2024-04-01');
    expect(easterMonday(2025)).toBe('2025-04-21');
    expect(easterMonday(2026)).toBe('2026-04-06');
    expect(easterMonday(2027)).toBe('2027-03-29');
    expect(easterMonday(2038)).toBe('2038-04-26');
    expect(easterMonday(2019)).toBe('2019-04-22');
  });

  it('knows the national holidays and only them', () => {
    for (const date of ['2026-01-01', '2026-01-06', '2026-04-25', '2026-05-01', '2026-06-02', '2026-08-15', '2026-11-01'])
      expect(isPublicHoliday(date)).toBe(true);
    for (const date of ['2026-12-08', '2026-12-25', '2026-12-26', '2026-04-06']) expect(isPublicHoliday(date)).toBe(true);
    expect(isPublicHoliday('2026-04-05')).toBe(false); // Easter Sunday is a Sunday anyway, not a listed holiday
    expect(isPublicHoliday('2026-03-19')).toBe(false);
  });

  it('counts the patron saint only when configured', () => {
    expect(isWorkingDay('2026-06-24')).toBe(true);
    expect(isWorkingDay('2026-06-24', '06-24')).toBe(false);
  });

  it('skips a weekend and the holidays around it: Friday 24 April 2026 plus one is Monday 27, 25 April being a Saturday', () => {
    expect(addWorkingDays('2026-04-24', 1)).toBe('2026-04-27');
  });

  it('skips 25 April falling on a weekday and the weekend after it', () => {
    // Thursday 24 April 2025: Friday 25 is Liberation Day, then the weekend; Monday 21 was Easter Monday.
    expect(addWorkingDays('2025-04-24', 1)).toBe('2025-04-28');
    expect(addWorkingDays('2025-04-17', 5)).toBe('2025-04-28'); // 18, 22, 23, 24, 28: Easter Monday and 25 April skipped
  });

  it('skips Christmas, Santo Stefano and the New Year across the year end', () => {
    expect(addWorkingDays('2026-12-23', 3)).toBe('2026-12-29'); // 24, 28, 29
    expect(addWorkingDays('2026-12-31', 1)).toBe('2027-01-04'); // 1 January, then the weekend
  });

  it('puts a report screening at the end of the Rome day five working days on, past holidays', () => {
    // Received Wednesday 22 April 2026, 10:00 Rome: 23, 24, 27, 28, 29 (25 April is a Saturday), so due 29 April 23:59:59.999 Rome.
    expect(screeningDueAt('2026-04-22T08:00:00Z', false, 5)).toBe('2026-04-29T21:59:59.999Z');
    // Received Wednesday 29 April 2026: 30, then 1 May is skipped, 4, 5, 6, 7.
    expect(screeningDueAt('2026-04-29T08:00:00Z', false, 5)).toBe('2026-05-07T21:59:59.999Z');
    // A patron saint on 4 May pushes it one day further.
    expect(screeningDueAt('2026-04-29T08:00:00Z', false, 5, '05-04')).toBe('2026-05-08T21:59:59.999Z');
  });

  it('gives serious harm 24 hours whatever the holidays', () => {
    expect(screeningDueAt('2026-12-24T18:00:00Z', true, 5)).toBe('2026-12-25T18:00:00.000Z');
  });
});
