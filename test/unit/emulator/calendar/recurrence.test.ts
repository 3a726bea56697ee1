import {
  RecurrenceError,
  firstOccurrenceDay,
  isOccurrenceDay,
  lastOccurrenceDay,
  nextOccurrenceDay,
  normaliseRecurrence,
  occurrenceDates,
  previousOccurrenceDay,
  type RecurrenceInput,
} from '../../../../src/emulator/calendar/recurrence';
import { formatDate, parseDate } from '../../../../src/emulator/calendar/time-zones';

const ZONE = 'Central Standard Time (Mexico)';

function recurrence(pattern: RecurrenceInput['pattern'], range: RecurrenceInput['range'], startDate?: string) {
  return normaliseRecurrence({ pattern, range }, startDate ?? range.startDate ?? '', ZONE);
}

function rejects(input: RecurrenceInput, startDate: string, code = 'ErrorPropertyValidationFailure'): string {
  try {
    normaliseRecurrence(input, startDate, ZONE);
  } catch (error) {
    expect(error).toBeInstanceOf(RecurrenceError);
    expect((error as RecurrenceError).code).toBe(code);
    return (error as RecurrenceError).message;
  }
  throw new Error('expected a RecurrenceError');
}

const day = (date: string): number => parseDate(date) as number;

describe('normaliseRecurrence', () => {
  it('returns Graph’s full shape with defaults for unused properties', () => {
    const r = recurrence(
      { type: 'weekly', interval: 1, daysOfWeek: ['thursday', 'tuesday'] },
      { type: 'noEnd', startDate: '2026-03-03' },
    );
    expect(r).toEqual({
      pattern: {
        type: 'weekly',
        interval: 1,
        month: 0,
        dayOfMonth: 0,
        daysOfWeek: ['tuesday', 'thursday'],
        firstDayOfWeek: 'sunday',
        index: 'first',
      },
      range: {
        type: 'noEnd',
        startDate: '2026-03-03',
        endDate: '0001-01-01',
        recurrenceTimeZone: ZONE,
        numberOfOccurrences: 0,
      },
    });
  });

  it('accepts its own output again (round trip of a GET into a PATCH)', () => {
    const r = recurrence(
      { type: 'absoluteMonthly', interval: 2, dayOfMonth: 15 },
      { type: 'numbered', startDate: '2026-01-15', numberOfOccurrences: 4 },
    );
    expect(normaliseRecurrence(r, '2026-01-15', 'UTC')).toEqual(r);
  });

  it.each<[string, RecurrenceInput['pattern'], RegExp]>([
    ['weekly without daysOfWeek', { type: 'weekly', interval: 1 }, /daysOfWeek' is required/],
    [
      'relativeMonthly without daysOfWeek',
      { type: 'relativeMonthly', interval: 1, index: 'first' },
      /daysOfWeek' is required/,
    ],
    ['absoluteMonthly without dayOfMonth', { type: 'absoluteMonthly', interval: 1 }, /dayOfMonth' is required/],
    ['absoluteMonthly with day 32', { type: 'absoluteMonthly', interval: 1, dayOfMonth: 32 }, /dayOfMonth/],
    ['absoluteYearly without month', { type: 'absoluteYearly', interval: 1, dayOfMonth: 3 }, /month' is required/],
    [
      'absoluteYearly on 30 February',
      { type: 'absoluteYearly', interval: 1, dayOfMonth: 30, month: 2 },
      /does not exist/,
    ],
    [
      'relativeYearly without month',
      { type: 'relativeYearly', interval: 1, daysOfWeek: ['monday'] },
      /month' is required/,
    ],
    ['daily with daysOfWeek', { type: 'daily', interval: 1, daysOfWeek: ['monday'] }, /not supported/],
    ['weekly with dayOfMonth', { type: 'weekly', interval: 1, daysOfWeek: ['monday'], dayOfMonth: 4 }, /not supported/],
    ['weekly with index', { type: 'weekly', interval: 1, daysOfWeek: ['monday'], index: 'last' }, /index/],
    ['no interval', { type: 'daily' }, /interval' is required/],
    ['interval 0', { type: 'daily', interval: 0 }, /interval/],
  ])('rejects %s', (_name, pattern, message) => {
    expect(rejects({ pattern, range: { type: 'noEnd', startDate: '2026-03-02' } }, '2026-03-02')).toMatch(message);
  });

  it('rejects ranges that break their type’s rules or the event’s start date', () => {
    const weekly: RecurrenceInput['pattern'] = { type: 'weekly', interval: 1, daysOfWeek: ['monday'] };
    expect(rejects({ pattern: weekly, range: { type: 'noEnd', startDate: '2026-03-03' } }, '2026-03-02')).toMatch(
      /must be the same date as the start/,
    );
    expect(rejects({ pattern: weekly, range: { type: 'noEnd' } }, '2026-03-02')).toMatch(/startDate' is required/);
    expect(rejects({ pattern: weekly, range: { type: 'endDate', startDate: '2026-03-02' } }, '2026-03-02')).toMatch(
      /endDate' is required/,
    );
    expect(
      rejects(
        { pattern: weekly, range: { type: 'endDate', startDate: '2026-03-02', endDate: '2026-03-01' } },
        '2026-03-02',
      ),
    ).toMatch(/earlier than its startDate/);
    expect(rejects({ pattern: weekly, range: { type: 'numbered', startDate: '2026-03-02' } }, '2026-03-02')).toMatch(
      /numberOfOccurrences/,
    );
    expect(
      rejects(
        { pattern: weekly, range: { type: 'numbered', startDate: '2026-03-02', numberOfOccurrences: 1000 } },
        '2026-03-02',
      ),
    ).toMatch(/numberOfOccurrences/);
    expect(rejects({ pattern: weekly, range: { type: 'noEnd', startDate: '2026-02-30' } }, '2026-02-30')).toMatch(
      /not a valid date/,
    );
  });

  it('rejects a range without any occurrence', () => {
    rejects(
      {
        pattern: { type: 'weekly', interval: 1, daysOfWeek: ['friday'] },
        range: { type: 'endDate', startDate: '2026-03-02', endDate: '2026-03-05' },
      },
      '2026-03-02',
      'ErrorRecurrenceHasNoOccurrence',
    );
  });
});

describe('occurrence expansion', () => {
  it('weekly on Tuesday and Thursday, numbered', () => {
    const r = recurrence(
      { type: 'weekly', interval: 1, daysOfWeek: ['tuesday', 'thursday'] },
      { type: 'numbered', startDate: '2026-03-03', numberOfOccurrences: 5 },
    );
    expect(occurrenceDates(r, '2026-01-01', '2026-12-31')).toEqual([
      '2026-03-03',
      '2026-03-05',
      '2026-03-10',
      '2026-03-12',
      '2026-03-17',
    ]);
  });

  it('weekly starting on a day outside the pattern begins at the next matching day', () => {
    const r = recurrence(
      { type: 'weekly', interval: 1, daysOfWeek: ['tuesday', 'thursday'] },
      { type: 'numbered', startDate: '2026-03-02', numberOfOccurrences: 3 },
    );
    expect(occurrenceDates(r, '2026-03-01', '2026-03-31')).toEqual(['2026-03-03', '2026-03-05', '2026-03-10']);
  });

  it('every other week honours firstDayOfWeek', () => {
    const sunday = recurrence(
      { type: 'weekly', interval: 2, daysOfWeek: ['monday', 'saturday'], firstDayOfWeek: 'sunday' },
      { type: 'endDate', startDate: '2026-03-07', endDate: '2026-03-31' },
    );
    const monday = recurrence(
      { type: 'weekly', interval: 2, daysOfWeek: ['monday', 'saturday'], firstDayOfWeek: 'monday' },
      { type: 'endDate', startDate: '2026-03-07', endDate: '2026-03-31' },
    );
    // Weeks from Sunday: [Mar 1–7] [8–14 skipped] [15–21] …; weeks from Monday: [Mar 2–8] [9–15 skipped] [16–22] …
    expect(occurrenceDates(sunday, '2026-03-01', '2026-03-31')).toEqual([
      '2026-03-07',
      '2026-03-16',
      '2026-03-21',
      '2026-03-30',
    ]);
    expect(occurrenceDates(monday, '2026-03-01', '2026-03-31')).toEqual([
      '2026-03-07',
      '2026-03-16',
      '2026-03-21',
      '2026-03-30',
    ]);
    const mondayFromSunday = recurrence(
      { type: 'weekly', interval: 2, daysOfWeek: ['sunday', 'monday'], firstDayOfWeek: 'monday' },
      { type: 'numbered', startDate: '2026-03-01', numberOfOccurrences: 4 },
    );
    // Sunday 1 March ends the Monday-based week of 23 Feb; the next active week starts 9 March.
    expect(occurrenceDates(mondayFromSunday, '2026-03-01', '2026-04-30')).toEqual([
      '2026-03-01',
      '2026-03-09',
      '2026-03-15',
      '2026-03-23',
    ]);
  });

  it('absoluteMonthly on day 31 falls on the last day of shorter months (Exchange semantics)', () => {
    const r = recurrence(
      { type: 'absoluteMonthly', interval: 1, dayOfMonth: 31 },
      { type: 'noEnd', startDate: '2026-01-31' },
    );
    expect(occurrenceDates(r, '2026-01-01', '2026-12-31')).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
      '2026-08-31',
      '2026-09-30',
      '2026-10-31',
      '2026-11-30',
      '2026-12-31',
    ]);
    const leap = recurrence(
      { type: 'absoluteMonthly', interval: 1, dayOfMonth: 30 },
      { type: 'noEnd', startDate: '2028-01-30' },
    );
    expect(occurrenceDates(leap, '2028-02-01', '2028-03-31')).toEqual(['2028-02-29', '2028-03-30']);
  });

  it('absoluteYearly on 29 February falls on 28 February in common years', () => {
    const r = recurrence(
      { type: 'absoluteYearly', interval: 1, month: 2, dayOfMonth: 29 },
      { type: 'noEnd', startDate: '2028-02-29' },
    );
    expect(occurrenceDates(r, '2028-01-01', '2030-12-31')).toEqual(['2028-02-29', '2029-02-28', '2030-02-28']);
  });

  it('relativeMonthly first Monday and last Friday', () => {
    const first = recurrence(
      { type: 'relativeMonthly', interval: 1, daysOfWeek: ['monday'], index: 'first' },
      { type: 'numbered', startDate: '2026-01-05', numberOfOccurrences: 4 },
    );
    expect(occurrenceDates(first, '2026-01-01', '2026-12-31')).toEqual([
      '2026-01-05',
      '2026-02-02',
      '2026-03-02',
      '2026-04-06',
    ]);
    const last = recurrence(
      { type: 'relativeMonthly', interval: 1, daysOfWeek: ['friday'], index: 'last' },
      { type: 'endDate', startDate: '2026-01-30', endDate: '2026-04-30' },
    );
    expect(occurrenceDates(last, '2026-01-01', '2026-12-31')).toEqual([
      '2026-01-30',
      '2026-02-27',
      '2026-03-27',
      '2026-04-24',
    ]);
  });

  it('relativeMonthly with several days takes the first day that satisfies the pattern', () => {
    const r = recurrence(
      { type: 'relativeMonthly', interval: 1, daysOfWeek: ['saturday', 'sunday'], index: 'first' },
      { type: 'numbered', startDate: '2026-03-01', numberOfOccurrences: 3 },
    );
    // The first weekend day of March, April and May 2026.
    expect(occurrenceDates(r, '2026-03-01', '2026-12-31')).toEqual(['2026-03-01', '2026-04-04', '2026-05-02']);
  });

  it('relativeMonthly starting after this month’s first Monday begins next month', () => {
    const r = recurrence(
      { type: 'relativeMonthly', interval: 1, daysOfWeek: ['monday'] },
      { type: 'numbered', startDate: '2026-01-10', numberOfOccurrences: 2 },
    );
    expect(occurrenceDates(r, '2026-01-01', '2026-12-31')).toEqual(['2026-02-02', '2026-03-02']);
  });

  it('relativeYearly: the fourth Thursday of November', () => {
    const r = recurrence(
      { type: 'relativeYearly', interval: 1, daysOfWeek: ['thursday'], index: 'fourth', month: 11 },
      { type: 'noEnd', startDate: '2026-11-26' },
    );
    expect(occurrenceDates(r, '2026-01-01', '2028-12-31')).toEqual(['2026-11-26', '2027-11-25', '2028-11-23']);
  });

  it.each([
    [1, 12],
    [2, 6],
    [3, 4],
    [6, 2],
    [12, 1],
  ])('absoluteMonthly every %i month(s) has %i occurrences a year', (interval, count) => {
    const r = recurrence(
      { type: 'absoluteMonthly', interval, dayOfMonth: 15 },
      { type: 'noEnd', startDate: '2026-01-15' },
    );
    expect(occurrenceDates(r, '2026-01-01', '2026-12-31')).toHaveLength(count);
  });

  it('absoluteYearly every year has one occurrence a year; every 2 years none in the gap year', () => {
    const yearly = recurrence(
      { type: 'absoluteYearly', interval: 1, month: 6, dayOfMonth: 1 },
      { type: 'noEnd', startDate: '2026-06-01' },
    );
    expect(occurrenceDates(yearly, '2027-01-01', '2027-12-31')).toEqual(['2027-06-01']);
    const biennial = recurrence(
      { type: 'absoluteYearly', interval: 2, month: 6, dayOfMonth: 1 },
      { type: 'noEnd', startDate: '2026-06-01' },
    );
    expect(occurrenceDates(biennial, '2027-01-01', '2027-12-31')).toEqual([]);
    expect(occurrenceDates(biennial, '2028-01-01', '2028-12-31')).toEqual(['2028-06-01']);
  });

  it('daily every 3 days with an end date, inclusive', () => {
    const r = recurrence(
      { type: 'daily', interval: 3 },
      { type: 'endDate', startDate: '2026-03-01', endDate: '2026-03-10' },
    );
    expect(occurrenceDates(r, '2026-01-01', '2026-12-31')).toEqual([
      '2026-03-01',
      '2026-03-04',
      '2026-03-07',
      '2026-03-10',
    ]);
  });

  it('answers membership, neighbours and bounds', () => {
    const r = recurrence(
      { type: 'weekly', interval: 1, daysOfWeek: ['tuesday', 'thursday'] },
      { type: 'numbered', startDate: '2026-03-03', numberOfOccurrences: 4 },
    );
    expect(isOccurrenceDay(r, day('2026-03-05'))).toBe(true);
    expect(isOccurrenceDay(r, day('2026-03-04'))).toBe(false);
    expect(isOccurrenceDay(r, day('2026-03-17'))).toBe(false); // beyond the 4th occurrence
    expect(formatDate(previousOccurrenceDay(r, day('2026-03-10')) as number)).toBe('2026-03-05');
    expect(formatDate(nextOccurrenceDay(r, day('2026-03-10')) as number)).toBe('2026-03-12');
    expect(previousOccurrenceDay(r, day('2026-03-03'))).toBeUndefined();
    expect(nextOccurrenceDay(r, day('2026-03-12'))).toBeUndefined();
    expect(formatDate(firstOccurrenceDay(r) as number)).toBe('2026-03-03');
    expect(formatDate(lastOccurrenceDay(r) as number)).toBe('2026-03-12');
    const open = recurrence({ type: 'daily', interval: 1 }, { type: 'noEnd', startDate: '2026-03-03' });
    expect(lastOccurrenceDay(open)).toBeUndefined();
  });
});
