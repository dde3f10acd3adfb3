import { affidoEndDate, affidoReportWindows, age18Due, age18ShownFrom, LAPSING_KINDS, LEGAL_BASIS, statusOf } from './deadline.rules';
import { hearingDue } from '../../cases/placement/art403.rules';
import { romeIso } from './rome-time';

const at = (iso: string) => new Date(iso);

describe('art. 403 c.c. deadlines (the terms themselves: cases/placement/art403.rules)', () => {
  it('each step has its kind and cites its paragraph; the four of paragraph VII lapse, the hearing does not', () => {
    expect(LEGAL_BASIS['art403-transmission']).toMatch(/^art\. 403 c\. 2 c\.c\.: .*24 h/);
    expect(LEGAL_BASIS['art403-pm-request']).toMatch(/^art\. 403 c\. 3 c\.c\.: .*72 h/);
    expect(LEGAL_BASIS['art403-validation']).toMatch(/^art\. 403 c\. 4 c\.c\.: .*48 h/);
    expect(LEGAL_BASIS['art403-hearing']).toMatch(/^art\. 403 c\. 4 c\.c\.: .*15 days/);
    expect(LEGAL_BASIS['art403-review']).toMatch(/^art\. 403 c\. 5 c\.c\.: .*15 days/);
    expect(LAPSING_KINDS).toEqual(['art403-transmission', 'art403-pm-request', 'art403-validation', 'art403-review']);
  });

  it('the hearing is due by the end of the 15th Rome day after the validation decree, over a DST change too', () => {
    expect(romeIso(hearingDue('2026-11-12'))).toBe('2026-11-27T23:59:59+01:00');
    expect(romeIso(hearingDue('2026-10-20'))).toBe('2026-11-04T23:59:59+01:00');
  });
});

describe('affido (L. 184/1983 art. 4)', () => {
  it('ends 24 months from the start unless the decree sets its own end', () => {
    expect(affidoEndDate('2026-03-15')).toBe('2028-03-15');
    expect(affidoEndDate('2026-03-15', '2027-09-30')).toBe('2027-09-30');
  });

  it('reports every 6 months by default, each due by the end of its Rome day, its window opening at the previous due', () => {
    const windows = affidoReportWindows('2026-03-15', '2028-03-15');
    expect(windows.map((w) => romeIso(w.dueAt))).toEqual([
      '2026-09-15T23:59:59+02:00',
      '2027-03-15T23:59:59+01:00',
      '2027-09-15T23:59:59+02:00',
      '2028-03-15T23:59:59+01:00',
    ]);
    expect(romeIso(windows[0].opensAt)).toBe('2026-03-15T00:00:00+01:00');
    expect(windows[1].opensAt).toEqual(windows[0].dueAt);
  });

  it('follows the interval the decree sets, and stops at the end', () =>
    expect(affidoReportWindows('2026-01-31', '2026-12-31', 4).map((w) => romeIso(w.dueAt).slice(0, 10))).toEqual([
      '2026-05-31',
      '2026-09-30',
    ]));
});

describe('age', () => {
  it('the 18th birthday is due by the end of the day before it, and shown 90 days ahead', () => {
    expect(romeIso(age18Due('2014-03-15'))).toBe('2032-03-14T23:59:59+01:00');
    expect(romeIso(age18ShownFrom('2014-03-15'))).toBe('2031-12-16T00:00:00+01:00');
  });

  it('a 29 February birth turns 18 on 1 March in a common year', () =>
    expect(romeIso(age18Due('2008-02-29'))).toBe('2026-02-28T23:59:59+01:00'));
});

describe('status', () => {
  const dueAt = at('2026-11-09T21:30:00Z');
  const now = at('2026-11-20T00:00:00Z');
  it('is open until due, then lapsed when nothing met it', () => {
    expect(statusOf({ dueAt, metAt: null, cancelledAt: null }, at('2026-11-09T21:30:00Z'))).toBe('open');
    expect(statusOf({ dueAt, metAt: null, cancelledAt: null }, at('2026-11-09T21:30:00.001Z'))).toBe('lapsed');
  });
  it('is met by an event in time, and stays lapsed when the event came late', () => {
    expect(statusOf({ dueAt, metAt: at('2026-11-09T21:30:00Z'), cancelledAt: null }, now)).toBe('met');
    expect(statusOf({ dueAt, metAt: at('2026-11-09T21:31:00Z'), cancelledAt: null }, now)).toBe('lapsed');
  });
  it('is cancelled when it no longer applies', () =>
    expect(statusOf({ dueAt, metAt: null, cancelledAt: at('2026-11-01T00:00:00Z') }, now)).toBe('cancelled'));
});
