import { createBusinessCalendar } from '../../../../src/domain/calendar/business-calendar';
import { errorCodeOf } from '../support/errors';
import { mx } from '../support/records';

describe('calendario laboral por omisión (Ciudad de México, lunes a viernes 09:00–18:00, festivos oficiales)', () => {
  const calendar = createBusinessCalendar();

  it('usa la zona America/Mexico_City, lunes a viernes de 09:00 a 18:00 y los festivos de México', () => {
    expect(calendar.config).toMatchObject({
      timeZone: 'America/Mexico_City',
      workingDays: [1, 2, 3, 4, 5],
      workingHours: [{ start: '09:00', end: '18:00' }],
      officialHolidays: 'MX',
    });
    expect(calendar.holidaysIn(2026)).toContain('2026-02-02');
  });

  describe('minutos hábiles entre dos instantes (calculados a mano)', () => {
    it.each([
      ['dentro del mismo día', '2026-02-03T10:00', '2026-02-03T15:30', 330],
      ['un día hábil completo', '2026-02-03T09:00', '2026-02-03T18:00', 540],
      ['cruzando la noche', '2026-02-03T17:00', '2026-02-04T10:00', 120],
      ['de madrugada a madrugada cuenta el día entero', '2026-02-04T02:00', '2026-02-05T03:00', 540],
      ['cruzando el fin de semana', '2026-02-06T16:00', '2026-02-09T11:00', 240],
      ['empezando en sábado', '2026-02-07T12:00', '2026-02-09T09:30', 30],
      ['después del cierre y antes de la apertura', '2026-02-03T18:30', '2026-02-04T08:30', 0],
      ['semana completa sin festivos', '2026-02-09T00:00', '2026-02-16T00:00', 2700],
      ['con el lunes festivo 2026-02-02 (Constitución)', '2026-01-30T17:00', '2026-02-03T10:00', 120],
      ['con el lunes festivo 2026-03-16 (Benito Juárez)', '2026-03-13T15:00', '2026-03-17T09:30', 210],
      ['con el lunes festivo 2026-11-16 (Revolución)', '2026-11-13T17:30', '2026-11-17T12:00', 210],
      ['con el martes festivo 2030-10-01 (transmisión del Ejecutivo)', '2030-09-30T17:00', '2030-10-02T10:00', 120],
      ['con Navidad en viernes', '2026-12-24T17:00', '2026-12-28T10:00', 120],
      ['con el 1 de mayo en viernes', '2026-04-30T17:00', '2026-05-04T09:15', 75],
    ])('%s: %s → %s = %i min', (_case, from, to, minutes) => {
      expect(calendar.businessMinutesBetween(mx(from), mx(to))).toBe(minutes);
      expect(calendar.businessHoursBetween(mx(from), mx(to))).toBeCloseTo(minutes / 60, 10);
    });

    it('acepta instantes en cualquier desplazamiento (Z, −05:00) y los lleva a la hora de México', () => {
      expect(calendar.businessMinutesBetween('2026-02-03T16:00:00Z', '2026-02-03T12:00:00-05:00')).toBe(60);
      expect(
        calendar.businessMinutesBetween(new Date('2026-02-03T16:00:00Z'), Date.parse('2026-02-03T17:30:00Z')),
      ).toBe(90);
    });

    it('redondea hacia abajo al minuto completo y devuelve 0 si el fin no es posterior al inicio', () => {
      expect(calendar.businessMinutesBetween('2026-02-03T10:00:30-06:00', '2026-02-03T10:02:10-06:00')).toBe(1);
      expect(calendar.businessMinutesBetween(mx('2026-02-03T12:00'), mx('2026-02-03T10:00'))).toBe(0);
      expect(calendar.businessMinutesBetween(mx('2026-02-03T12:00'), mx('2026-02-03T12:00'))).toBe(0);
    });
  });

  describe('sumar horas hábiles', () => {
    it.each([
      ['dentro del mismo día', '2026-02-03T10:00', 3, '2026-02-03T13:00:00-06:00'],
      [
        'terminar justo al cierre da las 18:00, no la apertura siguiente',
        '2026-02-03T10:00',
        8,
        '2026-02-03T18:00:00-06:00',
      ],
      ['pasar la noche', '2026-02-03T10:00', 9, '2026-02-04T10:00:00-06:00'],
      ['pasar el fin de semana', '2026-02-06T16:00', 4, '2026-02-09T11:00:00-06:00'],
      ['saltar el lunes festivo 2026-02-02', '2026-01-30T17:00', 2, '2026-02-03T10:00:00-06:00'],
      ['saltar el lunes festivo 2026-03-16', '2026-03-13T17:00', 1.5, '2026-03-17T09:30:00-06:00'],
      ['saltar el lunes festivo 2026-11-16', '2026-11-13T09:00', 24, '2026-11-18T15:00:00-06:00'],
      ['saltar el 1 de octubre de 2030', '2030-09-30T14:00', 5, '2030-10-02T10:00:00-06:00'],
      ['empezar en sábado cuenta desde la apertura del lunes', '2026-02-07T11:00', 1, '2026-02-09T10:00:00-06:00'],
      ['empezar antes de la apertura', '2026-02-03T07:00', 0.5, '2026-02-03T09:30:00-06:00'],
      ['empezar al cierre pasa al día siguiente', '2026-02-03T18:00', 1 / 60, '2026-02-04T09:01:00-06:00'],
      ['cero horas devuelve el mismo instante', '2026-02-07T11:00', 0, '2026-02-07T11:00:00-06:00'],
    ])('%s: %s + %s h = %s', (_case, start, hours, expected) => {
      expect(calendar.addBusinessHours(mx(start), hours)).toBe(expected);
    });

    it('sumar minutos equivale a sumar horas y conserva los segundos', () => {
      expect(calendar.addBusinessMinutes(mx('2026-01-30T17:30'), 90)).toBe('2026-02-03T10:00:00-06:00');
      expect(calendar.addBusinessMinutes('2026-02-03T10:00:15.250-06:00', 1)).toBe('2026-02-03T10:01:15.250-06:00');
    });

    it('sumar y luego medir devuelve lo sumado (ida y vuelta en un año con festivos)', () => {
      const starts = ['2026-01-30T17:00', '2026-03-13T08:00', '2026-09-15T16:59', '2026-12-24T12:00'];
      for (const start of starts) {
        for (const hours of [0.25, 1, 8, 9, 24, 72, 120]) {
          const end = calendar.addBusinessHours(mx(start), hours);
          expect(calendar.businessMinutesBetween(mx(start), end)).toBe(Math.round(hours * 60));
        }
      }
    });

    it.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY]])(
      'una duración inválida (%s) da CALENDAR.INVALID_DURATION',
      (hours) => {
        expect(errorCodeOf(() => calendar.addBusinessHours(mx('2026-02-03T10:00'), hours))).toBe(
          'CALENDAR.INVALID_DURATION',
        );
      },
    );
  });

  describe('¿es horario hábil?', () => {
    it.each([
      ['la apertura de un martes', '2026-02-03T09:00', true],
      ['un minuto antes del cierre', '2026-02-03T17:59', true],
      ['el cierre mismo', '2026-02-03T18:00', false],
      ['un minuto antes de la apertura', '2026-02-03T08:59', false],
      ['un sábado a mediodía', '2026-02-07T12:00', false],
      ['el lunes festivo 2026-02-02 a mediodía', '2026-02-02T12:00', false],
      ['el 16 de septiembre a mediodía', '2026-09-16T12:00', false],
    ])('%s (%s) → %s', (_case, instant, expected) => {
      expect(calendar.isBusinessTime(mx(instant))).toBe(expected);
    });

    it('el siguiente momento hábil es el mismo si ya lo es, o la próxima apertura', () => {
      expect(calendar.nextBusinessTime(mx('2026-02-03T10:15'))).toBe('2026-02-03T10:15:00-06:00');
      expect(calendar.nextBusinessTime(mx('2026-01-30T18:00'))).toBe('2026-02-03T09:00:00-06:00');
      expect(calendar.nextBusinessTime('2026-02-07T18:00:00Z')).toBe('2026-02-09T09:00:00-06:00');
    });

    it('distingue días hábiles, fines de semana y festivos', () => {
      expect(calendar.isBusinessDay('2026-02-03')).toBe(true);
      expect(calendar.isBusinessDay('2026-02-07')).toBe(false);
      expect(calendar.isBusinessDay('2026-02-02')).toBe(false);
      expect(calendar.isHoliday('2026-02-02')).toBe(true);
      expect(calendar.isHoliday('2026-02-07')).toBe(false);
      expect(calendar.localDateOf('2026-02-04T05:59:00Z')).toBe('2026-02-03');
    });

    it('formatea los instantes con el desplazamiento de la zona del calendario', () => {
      expect(calendar.formatInstant(Date.parse('2026-02-03T16:00:00Z'))).toBe('2026-02-03T10:00:00-06:00');
    });
  });

  it.each([
    ['sin zona horaria', '2026-02-03T10:00:00'],
    ['solo fecha', '2026-02-03'],
    ['texto libre', 'mañana'],
  ])('un instante inválido (%s) da CALENDAR.INVALID_INSTANT', (_case, value) => {
    expect(errorCodeOf(() => calendar.isBusinessTime(value))).toBe('CALENDAR.INVALID_INSTANT');
    expect(errorCodeOf(() => calendar.businessMinutesBetween(value, mx('2026-02-03T10:00')))).toBe(
      'CALENDAR.INVALID_INSTANT',
    );
  });

  it('una fecha inválida da CALENDAR.INVALID_DATE y un año inválido CALENDAR.INVALID_YEAR', () => {
    expect(errorCodeOf(() => calendar.isBusinessDay('2026-02-30'))).toBe('CALENDAR.INVALID_DATE');
    expect(errorCodeOf(() => calendar.isHoliday('02/02/2026'))).toBe('CALENDAR.INVALID_DATE');
    expect(errorCodeOf(() => calendar.holidaysIn(0))).toBe('CALENDAR.INVALID_YEAR');
  });
});

describe('calendario configurable', () => {
  it('no usa desplazamientos fijos: en Madrid el cambio de horario de 2026-03-29 no altera las horas hábiles', () => {
    const madrid = createBusinessCalendar({ timeZone: 'Europe/Madrid', officialHolidays: 'none' });
    expect(madrid.businessMinutesBetween('2026-03-27T17:00:00+01:00', '2026-03-30T10:00:00+02:00')).toBe(120);
    expect(madrid.addBusinessHours('2026-03-27T17:00:00+01:00', 2)).toBe('2026-03-30T10:00:00+02:00');
  });

  it('en la Ciudad de México de 2022 (aún con horario de verano) también cuenta bien', () => {
    const calendar = createBusinessCalendar();
    expect(calendar.businessMinutesBetween('2022-10-28T17:00:00-05:00', '2022-10-31T10:00:00-06:00')).toBe(120);
  });

  it('admite horario con comida (09:00–14:00 y 15:00–18:00)', () => {
    const calendar = createBusinessCalendar({
      workingHours: [
        { start: '15:00', end: '18:00' },
        { start: '09:00', end: '14:00' },
      ],
    });
    expect(calendar.businessMinutesBetween(mx('2026-02-03T13:00'), mx('2026-02-03T16:00'))).toBe(120);
    expect(calendar.addBusinessHours(mx('2026-02-03T13:00'), 2)).toBe('2026-02-03T16:00:00-06:00');
    expect(calendar.addBusinessHours(mx('2026-02-03T09:00'), 5)).toBe('2026-02-03T14:00:00-06:00');
    expect(calendar.isBusinessTime(mx('2026-02-03T14:30'))).toBe(false);
  });

  it('admite sábados laborables y días festivos de la empresa (cada año o una sola vez)', () => {
    const calendar = createBusinessCalendar({
      workingDays: [1, 2, 3, 4, 5, 6],
      holidays: ['12-24', '2026-04-02'],
    });
    expect(calendar.isBusinessDay('2026-02-07')).toBe(true);
    expect(calendar.isBusinessDay('2026-12-24')).toBe(false);
    expect(calendar.isBusinessDay('2027-12-24')).toBe(false);
    expect(calendar.isBusinessDay('2026-04-02')).toBe(false);
    expect(calendar.isBusinessDay('2027-04-02')).toBe(true);
    // Thursday 2026-04-02 is a company day off: Wednesday 17:00 + 2 h → Friday 10:00.
    expect(calendar.addBusinessHours(mx('2026-04-01T17:00'), 2)).toBe('2026-04-03T10:00:00-06:00');
  });

  it('sin festivos oficiales, el 2026-02-02 es un lunes hábil', () => {
    const calendar = createBusinessCalendar({ officialHolidays: 'none' });
    expect(calendar.businessMinutesBetween(mx('2026-01-30T17:00'), mx('2026-02-03T10:00'))).toBe(660);
  });

  it('un horario hasta las 24:00 cubre el final del día', () => {
    const calendar = createBusinessCalendar({
      workingHours: [{ start: '20:00', end: '24:00' }],
      officialHolidays: 'none',
    });
    expect(calendar.businessMinutesBetween(mx('2026-02-03T19:00'), mx('2026-02-04T21:00'))).toBe(300);
  });

  it.each([
    ['zona inexistente', { timeZone: 'Mars/Olympus' }, 'CALENDAR.INVALID_TIME_ZONE'],
    ['fin antes del inicio', { workingHours: [{ start: '18:00', end: '09:00' }] }, 'CALENDAR.INVALID_WORKING_HOURS'],
    [
      'horarios traslapados',
      {
        workingHours: [
          { start: '09:00', end: '14:00' },
          { start: '13:00', end: '18:00' },
        ],
      },
      'CALENDAR.OVERLAPPING_WORKING_HOURS',
    ],
    ['sin días laborables', { workingDays: [] }, 'CALENDAR.NO_WORKING_TIME'],
    ['sin horario', { workingHours: [] }, 'CALENDAR.NO_WORKING_TIME'],
    ['día de la semana 8', { workingDays: [8] }, 'VALIDATION.INVALID_INPUT'],
    ['hora mal escrita', { workingHours: [{ start: '9:00', end: '18:00' }] }, 'VALIDATION.INVALID_INPUT'],
    ['festivo mal escrito', { holidays: ['31-12'] }, 'VALIDATION.INVALID_INPUT'],
  ])('una configuración inválida (%s) se rechaza con %s', (_case, config, code) => {
    expect(errorCodeOf(() => createBusinessCalendar(config as never))).toBe(code);
  });

  it('un calendario sin ningún tiempo hábil falla con CALENDAR.NO_BUSINESS_TIME en vez de no terminar', () => {
    const everyDay: string[] = [];
    for (let month = 1; month <= 12; month += 1) {
      for (let day = 1; day <= new Date(Date.UTC(2000, month, 0)).getUTCDate(); day += 1) {
        everyDay.push(`${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
      }
    }
    const calendar = createBusinessCalendar({ workingDays: [1, 2, 3, 4, 5, 6, 7], holidays: everyDay });
    expect(errorCodeOf(() => calendar.addBusinessHours(mx('2026-02-03T10:00'), 1))).toBe('CALENDAR.NO_BUSINESS_TIME');
    expect(errorCodeOf(() => calendar.nextBusinessTime(mx('2026-02-03T10:00')))).toBe('CALENDAR.NO_BUSINESS_TIME');
  });
});
