import {
  companyHolidaysIn,
  isMexicoOfficialHoliday,
  mexicoHolidays,
  mexicoOfficialHolidays,
} from '../../../../src/domain/calendar/mexico-holidays';
import { errorCodeOf } from '../support/errors';

describe('días de descanso obligatorio en México (LFT art. 74)', () => {
  it.each([
    [
      2024,
      ['2024-01-01', '2024-02-05', '2024-03-18', '2024-05-01', '2024-09-16', '2024-10-01', '2024-11-18', '2024-12-25'],
    ],
    [2025, ['2025-01-01', '2025-02-03', '2025-03-17', '2025-05-01', '2025-09-16', '2025-11-17', '2025-12-25']],
    [2026, ['2026-01-01', '2026-02-02', '2026-03-16', '2026-05-01', '2026-09-16', '2026-11-16', '2026-12-25']],
    [2027, ['2027-01-01', '2027-02-01', '2027-03-15', '2027-05-01', '2027-09-16', '2027-11-15', '2027-12-25']],
    [
      2030,
      ['2030-01-01', '2030-02-04', '2030-03-18', '2030-05-01', '2030-09-16', '2030-10-01', '2030-11-18', '2030-12-25'],
    ],
  ])('en %i caen exactamente en las fechas que marca la ley', (year, expected) => {
    expect(mexicoOfficialHolidays(year).map((h) => h.date)).toEqual(expected);
  });

  it('el lunes de febrero, marzo y noviembre cae siempre en lunes y en la semana que marca la ley', () => {
    for (let year = 2006; year <= 2100; year += 1) {
      const byId = new Map(mexicoOfficialHolidays(year).map((h) => [h.id, h.date]));
      for (const [id, month, from, to] of [
        ['constitutionDay', 2, 1, 7],
        ['benitoJuarez', 3, 15, 21],
        ['revolutionDay', 11, 15, 21],
      ] as const) {
        const date = byId.get(id) as string;
        expect(new Date(`${date}T12:00:00Z`).getUTCDay()).toBe(1);
        expect(Number(date.slice(5, 7))).toBe(month);
        const day = Number(date.slice(8, 10));
        expect(day).toBeGreaterThanOrEqual(from);
        expect(day).toBeLessThanOrEqual(to);
      }
    }
  });

  it('el 1 de octubre es de descanso solo cada seis años desde 2024 (transmisión del Poder Ejecutivo)', () => {
    const years = [];
    for (let year = 2024; year <= 2060; year += 1) {
      if (mexicoOfficialHolidays(year).some((h) => h.id === 'transferOfPower')) years.push(year);
    }
    expect(years).toEqual([2024, 2030, 2036, 2042, 2048, 2054, 2060]);
    expect(isMexicoOfficialHoliday('2030-10-01')).toBe(true);
    expect(isMexicoOfficialHoliday('2026-10-01')).toBe(false);
    expect(isMexicoOfficialHoliday('2024-12-01')).toBe(false);
  });

  it('antes de 2024 la transmisión era el 1 de diciembre y antes de 2006 los días eran fijos', () => {
    expect(mexicoOfficialHolidays(2018).map((h) => h.date)).toContain('2018-12-01');
    expect(mexicoOfficialHolidays(2000).map((h) => h.date)).toContain('2000-12-01');
    expect(mexicoOfficialHolidays(2005).map((h) => h.date)).toEqual([
      '2005-01-01',
      '2005-02-05',
      '2005-03-21',
      '2005-05-01',
      '2005-09-16',
      '2005-11-20',
      '2005-12-25',
    ]);
  });

  it('la empresa agrega días propios: MM-DD cada año y AAAA-MM-DD una sola vez, sin duplicar', () => {
    const company = ['12-12', '2026-04-02', '2027-03-25', '01-01', '02-29'];
    expect(mexicoHolidays(2026, company)).toEqual([
      '2026-01-01',
      '2026-02-02',
      '2026-03-16',
      '2026-04-02',
      '2026-05-01',
      '2026-09-16',
      '2026-11-16',
      '2026-12-12',
      '2026-12-25',
    ]);
    expect(companyHolidaysIn(2028, company)).toEqual(['2028-12-12', '2028-01-01', '2028-02-29']);
    expect(companyHolidaysIn(2027, company)).toEqual(['2027-12-12', '2027-03-25', '2027-01-01']);
  });

  it.each([['13-01'], ['02-30'], ['2026-02-29'], ['2026-4-2'], ['navidad']])(
    'un día de empresa mal escrito («%s») se rechaza con CALENDAR.INVALID_HOLIDAY',
    (value) => {
      expect(errorCodeOf(() => companyHolidaysIn(2026, [value]))).toBe('CALENDAR.INVALID_HOLIDAY');
    },
  );

  it.each([[0], [10000], [2026.5], [Number.NaN]])('un año fuera de rango (%s) da CALENDAR.INVALID_YEAR', (year) => {
    expect(errorCodeOf(() => mexicoOfficialHolidays(year))).toBe('CALENDAR.INVALID_YEAR');
  });
});
