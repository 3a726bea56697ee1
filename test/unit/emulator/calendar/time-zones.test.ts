import {
  floatingToInstant,
  formatFloating,
  formatInstant,
  instantToFloating,
  parseDateTime,
  parseInstantText,
  resolveTimeZone,
} from '../../../../src/emulator/calendar/time-zones';
import { bodyPreview } from '../../../../src/emulator/calendar/event-model';
import { newEventId, occurrenceId, parseEventId } from '../../../../src/emulator/calendar/event-ids';

const floating = (text: string): number => parseDateTime(text)?.floating as number;
const iso = (instant: number): string => new Date(instant).toISOString();

describe('resolveTimeZone', () => {
  it.each([
    ['Central Standard Time (Mexico)', 'America/Mexico_City'],
    ['central standard time (mexico)', 'America/Mexico_City'],
    ['Pacific Standard Time', 'America/Los_Angeles'],
    ['UTC', 'Etc/UTC'],
    ['tzone://Microsoft/Utc', 'Etc/UTC'],
    ['Romance Standard Time', 'Europe/Paris'],
    ['America/Mexico_City', 'America/Mexico_City'],
    ['america/mexico_city', 'America/Mexico_City'],
    ['Asia/Kolkata', 'Asia/Kolkata'],
    ['Europe/Kyiv', 'Europe/Kiev'],
  ])('%s → %s, echoing the given name', (name, iana) => {
    expect(resolveTimeZone(name)).toEqual({ name, iana });
  });

  it.each(['Mars/Olympus_Mons', 'Central Standard Time (Mars)', '', 'GMT+5', 'tzone://Microsoft/Custom', 'PST'])(
    'refuses %p',
    (name) => {
      expect(resolveTimeZone(name)).toBeUndefined();
    },
  );
});

describe('wall clock ↔ instant', () => {
  it('Mexico City has no DST since 2022: 10:00 is 16:00 UTC all year', () => {
    for (const date of ['2026-01-15', '2026-04-15', '2026-07-15', '2026-11-15']) {
      expect(iso(floatingToInstant(floating(`${date}T10:00:00`), 'America/Mexico_City'))).toBe(`${date}T16:00:00.000Z`);
    }
    // …but it had DST in 2021.
    expect(iso(floatingToInstant(floating('2021-07-15T10:00:00'), 'America/Mexico_City'))).toBe(
      '2021-07-15T15:00:00.000Z',
    );
  });

  it('Pacific time follows US DST', () => {
    expect(iso(floatingToInstant(floating('2026-03-06T10:00:00'), 'America/Los_Angeles'))).toBe(
      '2026-03-06T18:00:00.000Z',
    );
    expect(iso(floatingToInstant(floating('2026-03-09T10:00:00'), 'America/Los_Angeles'))).toBe(
      '2026-03-09T17:00:00.000Z',
    );
  });

  it('converts an instant to another zone’s wall clock', () => {
    const instant = Date.parse('2026-03-10T16:00:00Z');
    expect(formatFloating(instantToFloating(instant, 'America/Mexico_City'))).toBe('2026-03-10T10:00:00.0000000');
    expect(formatFloating(instantToFloating(instant, 'America/Los_Angeles'))).toBe('2026-03-10T09:00:00.0000000');
    expect(formatFloating(instantToFloating(instant, 'Etc/UTC'))).toBe('2026-03-10T16:00:00.0000000');
  });

  it('a wall time in a skipped hour moves forward', () => {
    expect(iso(floatingToInstant(floating('2026-03-08T02:30:00'), 'America/Los_Angeles'))).toBe(
      '2026-03-08T10:30:00.000Z',
    );
  });
});

describe('parsing', () => {
  it('reads Graph dateTime strings with up to 7 fractional digits, with or without offset', () => {
    expect(parseDateTime('2026-03-10T10:00:00.0000000')).toEqual({ floating: Date.parse('2026-03-10T10:00:00Z') });
    expect(parseDateTime('2026-03-10T10:00')).toEqual({ floating: Date.parse('2026-03-10T10:00:00Z') });
    expect(parseDateTime('2026-03-10T10:00:00-06:00')).toEqual({
      floating: Date.parse('2026-03-10T10:00:00Z'),
      offsetMinutes: -360,
    });
    expect(parseDateTime('2026-03-10')).toEqual({ floating: Date.parse('2026-03-10T00:00:00Z') });
  });

  it.each([
    '2026-02-30T10:00:00',
    '2026-13-01T00:00:00',
    '10/03/2026',
    '2026-03-10T25:00:00',
    '1500-01-01T00:00:00',
    'now',
  ])('refuses %p', (text) => {
    expect(parseDateTime(text)).toBeUndefined();
  });

  it('an instant without offset is UTC', () => {
    expect(parseInstantText('2026-03-10T10:00:00')).toBe(Date.parse('2026-03-10T10:00:00Z'));
    expect(parseInstantText('2026-03-10T10:00:00-06:00')).toBe(Date.parse('2026-03-10T16:00:00Z'));
    expect(formatInstant(Date.parse('2026-03-10T16:00:00Z'))).toBe('2026-03-10T16:00:00Z');
  });
});

describe('bodyPreview', () => {
  it('strips HTML, scripts and entities and keeps 255 characters', () => {
    expect(
      bodyPreview({
        contentType: 'html',
        content:
          '<html><head><title>x</title></head><body><p>Hola&nbsp;<b>mundo</b> &amp; más</p><script>alert(1)</script></body></html>',
      }),
    ).toBe('Hola mundo & más');
    expect(bodyPreview({ contentType: 'text', content: 'a'.repeat(300) })).toHaveLength(255);
    expect(bodyPreview({ contentType: 'text', content: '  <b>not html</b>  ' })).toBe('<b>not html</b>');
  });
});

describe('event ids', () => {
  it('are URL-safe, unique, and occurrence ids decode to their master and original start', () => {
    const id = newEventId();
    expect(id).toMatch(/^AAMk[A-Za-z0-9_-]+=*$/);
    expect(newEventId()).not.toBe(id);
    expect(parseEventId(id)).toEqual({ kind: 'item', id });
    const start = Date.parse('2026-03-10T16:00:00Z');
    const occ = occurrenceId(id, start);
    expect(occ).not.toBe(id);
    expect(occurrenceId(id, start)).toBe(occ);
    expect(parseEventId(occ)).toEqual({ kind: 'occurrence', masterId: id, originalStart: start });
  });

  it.each([
    '',
    'abc',
    'not an id!',
    'AAMkAQ',
    `AAMk${'A'.repeat(600)}`,
    'AAMkAQCMC9TN8PHDlEfspSA9Geyt'.replace('A', '+'),
  ])('refuses malformed id %p', (id) => {
    expect(parseEventId(id)).toBeUndefined();
  });
});
