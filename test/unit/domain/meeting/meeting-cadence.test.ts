/** Paso 1 del proceso: periodicidad de las reuniones de revisión, su vencimiento y la serie recurrente de Outlook. */
import type { MeetingCadence } from '../../../../src/domain/client/client.entity';
import type { Meeting } from '../../../../src/domain/meeting/meeting.entity';
import {
  addMonthsToDate,
  assessCadence,
  assessCadences,
  buildMeetingSeries,
  CADENCE_MONTHS,
  describeCadence,
  expandRecurrence,
  localDateOf,
  nextOccurrences,
  toPatternedRecurrence,
  type MeetingSeriesSpec,
} from '../../../../src/domain/meeting/meeting-cadence';
import { createTranslator } from '../../../../src/i18n';
import { expectDomainError } from '../support/errors';

type CadenceMeeting = Pick<Meeting, 'clientCode' | 'status' | 'start' | 'kind'>;

const held = (start: string, over: Partial<CadenceMeeting> = {}): CadenceMeeting => ({
  clientCode: 'ACME',
  status: 'held',
  kind: 'periodic',
  start,
  ...over,
});

const client = (cadence: MeetingCadence, validFrom = '2025-01-01') => ({ code: 'ACME', cadence, validFrom });

describe('Paso 1 — periodicidad de las reuniones con el cliente', () => {
  it('cada periodicidad del catálogo de clientes equivale a un número de meses', () => {
    expect(CADENCE_MONTHS).toEqual({ monthly: 1, bimonthly: 2, quarterly: 3, semiannual: 6, annual: 12 });
  });

  describe('la próxima reunión vence un intervalo después de la última reunión realizada', () => {
    it.each<[MeetingCadence, string, string]>([
      ['monthly', '2026-03-15', '2026-04-15'],
      ['bimonthly', '2026-03-15', '2026-05-15'],
      ['quarterly', '2026-03-15', '2026-06-15'],
      ['semiannual', '2026-03-15', '2026-09-15'],
      ['annual', '2026-03-15', '2027-03-15'],
      // fin de mes: el día se ajusta al último día del mes de destino
      ['monthly', '2026-01-31', '2026-02-28'],
      ['monthly', '2024-01-31', '2024-02-29'],
      ['bimonthly', '2026-01-31', '2026-03-31'],
      ['quarterly', '2026-01-31', '2026-04-30'],
      ['semiannual', '2026-08-31', '2027-02-28'],
      ['annual', '2024-02-29', '2025-02-28'],
      ['monthly', '2026-12-31', '2027-01-31'],
    ])('%s: realizada el %s → vence el %s', (cadence, heldOn, dueOn) => {
      const result = assessCadence(client(cadence), [held(`${heldOn}T10:00:00-06:00`)], heldOn);
      expect(result.lastHeldOn).toBe(heldOn);
      expect(result.dueOn).toBe(dueOn);
      expect(result.basis).toBe('lastHeld');
      expect(result.intervalMonths).toBe(CADENCE_MONTHS[cadence]);
    });

    it('el día de la reunión se cuenta en hora de la Ciudad de México, no en UTC', () => {
      // 2026-02-01T03:00Z es el 31 de enero a las 21:00 en la Ciudad de México
      expect(localDateOf('2026-02-01T03:00:00Z')).toBe('2026-01-31');
      const result = assessCadence(client('monthly'), [held('2026-02-01T03:00:00Z')], '2026-02-10');
      expect(result.lastHeldOn).toBe('2026-01-31');
      expect(result.dueOn).toBe('2026-02-28');
    });

    it('cuenta solo la última reunión periódica realizada del propio cliente', () => {
      const meetings: CadenceMeeting[] = [
        held('2026-01-10T10:00:00-06:00'),
        held('2026-03-05T10:00:00-06:00'),
        held('2026-02-10T10:00:00-06:00'),
        held('2026-03-20T10:00:00-06:00', { status: 'cancelled' }),
        held('2026-03-25T10:00:00-06:00', { status: 'scheduled' }),
        held('2026-03-28T10:00:00-06:00', { kind: 'extraordinary' }),
        held('2026-03-29T10:00:00-06:00', { clientCode: 'OTRO' }),
      ];
      const result = assessCadence(client('monthly'), meetings, '2026-03-10');
      expect(result.lastHeldOn).toBe('2026-03-05');
      expect(result.dueOn).toBe('2026-04-05');
      expect(result.nextScheduledOn).toBe('2026-03-25');
      const withExtraordinary = assessCadence(client('monthly'), meetings, '2026-03-30', { countExtraordinary: true });
      expect(withExtraordinary.lastHeldOn).toBe('2026-03-28');
    });
  });

  describe('estado por cliente en una fecha: al día, próxima a vencer, vencida', () => {
    // realizada el 15/01/2026, mensual → vence el 15/02/2026
    const meetings = [held('2026-01-15T10:00:00-06:00')];
    it.each<[string, number | undefined, string, boolean, number, number]>([
      ['2026-02-07', undefined, 'ok', false, 0, 8],
      ['2026-02-08', undefined, 'dueSoon', false, 0, 7],
      ['2026-02-15', undefined, 'dueSoon', false, 0, 0],
      ['2026-02-16', undefined, 'overdue', true, 1, -1],
      ['2026-03-17', undefined, 'overdue', true, 30, -30],
      ['2026-02-14', 0, 'ok', false, 0, 1],
      ['2026-02-15', 0, 'dueSoon', false, 0, 0],
      ['2026-01-16', 30, 'dueSoon', false, 0, 30],
    ])('el %s (aviso %s días) → %s', (today, dueSoonDays, status, overdue, daysOverdue, daysUntilDue) => {
      const result = assessCadence(
        client('monthly'),
        meetings,
        today,
        dueSoonDays === undefined ? {} : { dueSoonDays },
      );
      expect(result).toMatchObject({ dueOn: '2026-02-15', status, overdue, daysOverdue, daysUntilDue });
    });
  });

  describe('cliente sin reuniones realizadas', () => {
    it('la primera reunión vence un intervalo después de su alta (validFrom) y el estado es «sin reuniones»', () => {
      const before = assessCadence(client('monthly', '2025-12-10'), [], '2026-01-05');
      expect(before).toMatchObject({
        basis: 'validFrom',
        dueOn: '2026-01-10',
        status: 'neverMet',
        overdue: false,
        daysOverdue: 0,
        daysUntilDue: 5,
      });
      expect(before.lastHeldOn).toBeUndefined();
      const after = assessCadence(client('monthly', '2025-12-10'), [], '2026-01-20');
      expect(after).toMatchObject({ status: 'neverMet', overdue: true, daysOverdue: 10 });
    });

    it('las reuniones canceladas o solo programadas no cuentan como realizadas', () => {
      const result = assessCadence(
        client('quarterly', '2025-11-30'),
        [
          held('2026-01-10T10:00:00-06:00', { status: 'cancelled' }),
          held('2026-03-10T10:00:00-06:00', { status: 'scheduled' }),
        ],
        '2026-02-01',
      );
      expect(result).toMatchObject({ status: 'neverMet', dueOn: '2026-02-28', nextScheduledOn: '2026-03-10' });
    });
  });

  it('evalúa la cartera completa de clientes', () => {
    const results = assessCadences(
      [client('monthly'), { code: 'BETA', cadence: 'annual', validFrom: '2026-01-01' }],
      [held('2026-01-15T10:00:00-06:00')],
      '2026-03-01',
    );
    expect(results.map((r) => [r.clientCode, r.status])).toEqual([
      ['ACME', 'overdue'],
      ['BETA', 'neverMet'],
    ]);
  });

  it('rechaza una fecha mal escrita o un aviso negativo con un error de dominio', () => {
    expectDomainError(() => assessCadence(client('monthly'), [], '15/02/2026'), 'MEETING.INVALID_DATE');
    expectDomainError(() => addMonthsToDate('2026-02-30', 1), 'MEETING.INVALID_DATE');
    expectDomainError(
      () => assessCadence(client('monthly'), [], '2026-02-15', { dueSoonDays: -1 }),
      'MEETING.INVALID_DUE_SOON_WINDOW',
    );
  });

  describe('el estado se explica en una frase, en español o en inglés', () => {
    const es = createTranslator('es-MX');
    const en = createTranslator('en');
    const meetings = [held('2026-01-15T10:00:00-06:00')];
    it.each<[string, string, string]>([
      [
        '2026-02-01',
        'Al día: la próxima reunión de revisión toca a más tardar el 15/02/2026.',
        'On schedule: the next review meeting is due by 2026-02-15.',
      ],
      [
        '2026-02-14',
        'Próxima a vencer: la reunión de revisión toca en 1 día (a más tardar el 15/02/2026).',
        'Due soon: the review meeting is due in 1 day (by 2026-02-15).',
      ],
      [
        '2026-02-15',
        'Próxima a vencer: la reunión de revisión toca hoy, 15/02/2026.',
        'Due soon: the review meeting is due today, 2026-02-15.',
      ],
      [
        '2026-02-20',
        'Vencida: la reunión de revisión tocaba el 15/02/2026 (hace 5 días).',
        'Overdue: the review meeting was due on 2026-02-15 (5 days ago).',
      ],
    ])('el %s', (today, textEs, textEn) => {
      const result = assessCadence(client('monthly'), meetings, today);
      expect(describeCadence(result, es)).toBe(textEs);
      expect(describeCadence(result, en)).toBe(textEn);
    });

    it('sin reuniones', () => {
      const result = assessCadence(client('monthly', '2025-12-10'), [], '2026-01-20');
      expect(describeCadence(result, es)).toBe(
        'Sin reuniones realizadas: la primera reunión de revisión tocaba el 10/01/2026 (hace 10 días).',
      );
      expect(es(`meeting:cadence.status.${result.status}`)).toBe('Sin reuniones');
      expect(en(`meeting:cadence.status.${result.status}`)).toBe('Never met');
    });
  });
});

describe('Paso 1 — serie recurrente de reuniones en Outlook', () => {
  const spec = (over: Partial<MeetingSeriesSpec> = {}): MeetingSeriesSpec => ({
    cadence: 'monthly',
    startOn: '2026-01-05',
    startTime: '10:00',
    durationMinutes: 60,
    on: { kind: 'weekdayOfMonth', weekday: 'tuesday', index: 'second' },
    end: { kind: 'count', count: 12 },
    ...over,
  });

  it('mensual el segundo martes, 12 veces: RRULE, patrón de Graph y primeras fechas', () => {
    const series = buildMeetingSeries(spec());
    expect(series.rrule).toBe('FREQ=MONTHLY;INTERVAL=1;BYDAY=+2TU;COUNT=12');
    expect(series.iCalendar).toBe(
      'DTSTART;TZID=America/Mexico_City:20260113T100000\nRRULE:FREQ=MONTHLY;INTERVAL=1;BYDAY=+2TU;COUNT=12',
    );
    expect(series.recurrence).toEqual({
      pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: ['tuesday'], index: 'second' },
      range: {
        type: 'numbered',
        startDate: '2026-01-13',
        numberOfOccurrences: 12,
        recurrenceTimeZone: 'America/Mexico_City',
      },
    });
    expect(series.start).toEqual({ dateTime: '2026-01-13T10:00:00', timeZone: 'America/Mexico_City' });
    expect(series.end).toEqual({ dateTime: '2026-01-13T11:00:00', timeZone: 'America/Mexico_City' });
    expect(series.first).toEqual({
      date: '2026-01-13',
      start: '2026-01-13T10:00:00-06:00',
      end: '2026-01-13T11:00:00-06:00',
    });
    expect(nextOccurrences(series, 4).map((o) => o.date)).toEqual([
      '2026-01-13',
      '2026-02-10',
      '2026-03-10',
      '2026-04-14',
    ]);
    expect(nextOccurrences(series, 2, '2026-05-01')).toEqual([
      { date: '2026-05-12', start: '2026-05-12T10:00:00-06:00', end: '2026-05-12T11:00:00-06:00' },
      { date: '2026-06-09', start: '2026-06-09T10:00:00-06:00', end: '2026-06-09T11:00:00-06:00' },
    ]);
    expect(nextOccurrences(series, 100)).toHaveLength(12);
  });

  it.each<[string, Partial<MeetingSeriesSpec>, string, object, string[]]>([
    [
      'trimestral el último viernes hasta fin de año',
      {
        cadence: 'quarterly',
        startOn: '2026-02-01',
        on: { kind: 'weekdayOfMonth', weekday: 'friday', index: 'last' },
        end: { kind: 'until', until: '2026-12-31' },
      },
      'FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR;UNTIL=20261231T235959',
      {
        pattern: { type: 'relativeMonthly', interval: 3, daysOfWeek: ['friday'], index: 'last' },
        range: {
          type: 'endDate',
          startDate: '2026-02-27',
          endDate: '2026-12-31',
          recurrenceTimeZone: 'America/Mexico_City',
        },
      },
      ['2026-02-27', '2026-05-29', '2026-08-28', '2026-11-27'],
    ],
    [
      'mensual el día 31: en meses cortos cae en el último día, como en Outlook',
      { startOn: '2026-01-10', on: { kind: 'dayOfMonth', day: 31 }, end: { kind: 'count', count: 4 } },
      'FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=28,29,30,31;BYSETPOS=-1;COUNT=4',
      {
        pattern: { type: 'absoluteMonthly', interval: 1, dayOfMonth: 31 },
        range: {
          type: 'numbered',
          startDate: '2026-01-31',
          numberOfOccurrences: 4,
          recurrenceTimeZone: 'America/Mexico_City',
        },
      },
      ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30'],
    ],
    [
      // el 15 de enero ya pasó y la serie cuenta los meses desde enero: la primera es en marzo
      'bimestral el día 15 sin fin',
      { cadence: 'bimonthly', startOn: '2026-01-20', on: { kind: 'dayOfMonth', day: 15 }, end: { kind: 'noEnd' } },
      'FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15',
      {
        pattern: { type: 'absoluteMonthly', interval: 2, dayOfMonth: 15 },
        range: { type: 'noEnd', startDate: '2026-03-15', recurrenceTimeZone: 'America/Mexico_City' },
      },
      ['2026-03-15', '2026-05-15', '2026-07-15'],
    ],
    [
      'semestral el día 5, empezando el mismo día',
      { cadence: 'semiannual', on: { kind: 'dayOfMonth', day: 5 }, end: { kind: 'count', count: 3 } },
      'FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=5;COUNT=3',
      {
        pattern: { type: 'absoluteMonthly', interval: 6, dayOfMonth: 5 },
        range: {
          type: 'numbered',
          startDate: '2026-01-05',
          numberOfOccurrences: 3,
          recurrenceTimeZone: 'America/Mexico_City',
        },
      },
      ['2026-01-05', '2026-07-05', '2027-01-05'],
    ],
    [
      'anual el día 15 del mes de inicio (si ya pasó, al año siguiente)',
      { cadence: 'annual', startOn: '2026-03-20', on: { kind: 'dayOfMonth', day: 15 }, end: { kind: 'noEnd' } },
      'FREQ=YEARLY;INTERVAL=1;BYMONTH=3;BYMONTHDAY=15',
      {
        pattern: { type: 'absoluteYearly', interval: 1, dayOfMonth: 15, month: 3 },
        range: { type: 'noEnd', startDate: '2027-03-15', recurrenceTimeZone: 'America/Mexico_City' },
      },
      ['2027-03-15', '2028-03-15'],
    ],
    [
      'anual el segundo martes de marzo',
      { cadence: 'annual', startOn: '2026-03-01', end: { kind: 'count', count: 3 } },
      'FREQ=YEARLY;INTERVAL=1;BYMONTH=3;BYDAY=+2TU;COUNT=3',
      {
        pattern: { type: 'relativeYearly', interval: 1, daysOfWeek: ['tuesday'], index: 'second', month: 3 },
        range: {
          type: 'numbered',
          startDate: '2026-03-10',
          numberOfOccurrences: 3,
          recurrenceTimeZone: 'America/Mexico_City',
        },
      },
      ['2026-03-10', '2027-03-09', '2028-03-14'],
    ],
  ])('%s', (_name, over, rrule, recurrence, dates) => {
    const series = buildMeetingSeries(spec(over));
    expect(series.rrule).toBe(rrule);
    expect(series.recurrence).toEqual(recurrence);
    expect(series.first.date).toBe(dates[0]);
    expect(nextOccurrences(series, dates.length).map((o) => o.date)).toEqual(dates);
  });

  it('la hora de pared se conserva aunque cambie el desfase (horario de verano de 2022)', () => {
    const series = buildMeetingSeries(spec({ startOn: '2022-09-01', end: { kind: 'count', count: 3 } }));
    expect(nextOccurrences(series, 3).map((o) => o.start)).toEqual([
      '2022-09-13T10:00:00-05:00',
      '2022-10-11T10:00:00-05:00',
      '2022-11-08T10:00:00-06:00',
    ]);
  });

  it('otra zona horaria se respeta en la regla, el patrón y las fechas', () => {
    const series = buildMeetingSeries(spec({ timeZone: 'America/Tijuana', end: { kind: 'count', count: 1 } }));
    expect(series.iCalendar.startsWith('DTSTART;TZID=America/Tijuana:20260113T100000')).toBe(true);
    expect(series.recurrence.range.recurrenceTimeZone).toBe('America/Tijuana');
    expect(series.first.start).toBe('2026-01-13T10:00:00-08:00');
  });

  describe('una regla RRULE escrita a mano se traduce a Graph si Outlook la puede representar', () => {
    it.each<[string, string, object]>([
      [
        'BYDAY=TU con BYSETPOS=2',
        'DTSTART;TZID=America/Mexico_City:20260113T100000\nRRULE:FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2',
        {
          pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: ['tuesday'], index: 'second' },
          range: { type: 'noEnd', startDate: '2026-01-13', recurrenceTimeZone: 'America/Mexico_City' },
        },
      ],
      [
        'anual sin partes BY: el día y el mes de DTSTART',
        'DTSTART;TZID=America/Mexico_City:20260120T090000\nRRULE:FREQ=YEARLY',
        {
          pattern: { type: 'absoluteYearly', interval: 1, dayOfMonth: 20, month: 1 },
          range: { type: 'noEnd', startDate: '2026-01-20', recurrenceTimeZone: 'America/Mexico_City' },
        },
      ],
      [
        'sin BYMONTHDAY: el día de DTSTART',
        'DTSTART;TZID=America/Mexico_City:20260120T090000\nRRULE:FREQ=MONTHLY;INTERVAL=3;COUNT=4',
        {
          pattern: { type: 'absoluteMonthly', interval: 3, dayOfMonth: 20 },
          range: {
            type: 'numbered',
            startDate: '2026-01-20',
            numberOfOccurrences: 4,
            recurrenceTimeZone: 'America/Mexico_City',
          },
        },
      ],
      [
        'en UTC',
        'DTSTART:20260113T160000Z\nRRULE:FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=13;UNTIL=20281231T235959Z',
        {
          pattern: { type: 'absoluteYearly', interval: 1, dayOfMonth: 13, month: 1 },
          range: { type: 'endDate', startDate: '2026-01-13', endDate: '2028-12-31', recurrenceTimeZone: 'UTC' },
        },
      ],
    ])('%s', (_name, rule, expected) => {
      expect(toPatternedRecurrence(rule)).toEqual(expected);
    });

    it('expande una regla en UTC con instantes en UTC', () => {
      expect(
        expandRecurrence('DTSTART:20260113T160000Z\nRRULE:FREQ=MONTHLY;COUNT=2', 5, { durationMinutes: 30 }),
      ).toEqual([
        { date: '2026-01-13', start: '2026-01-13T16:00:00Z', end: '2026-01-13T16:30:00Z' },
        { date: '2026-02-13', start: '2026-02-13T16:00:00Z', end: '2026-02-13T16:30:00Z' },
      ]);
    });

    it.each<[string, string, string]>([
      ['semanal', 'DTSTART:20260113T160000Z\nRRULE:FREQ=WEEKLY;BYDAY=TU', 'MEETING.UNSUPPORTED_RECURRENCE'],
      [
        'anual con BYMONTHDAY sin BYMONTH (en realidad es cada mes)',
        'DTSTART:20260113T160000Z\nRRULE:FREQ=YEARLY;BYMONTHDAY=13',
        'MEETING.UNSUPPORTED_RECURRENCE',
      ],
      [
        'anual con BYDAY sin BYMONTH (n-ésimo día del año)',
        'DTSTART:20260113T160000Z\nRRULE:FREQ=YEARLY;BYDAY=+2TU',
        'MEETING.UNSUPPORTED_RECURRENCE',
      ],
      [
        'día 31 que se salta meses',
        'DTSTART:20260131T160000Z\nRRULE:FREQ=MONTHLY;BYMONTHDAY=31',
        'MEETING.UNSUPPORTED_RECURRENCE',
      ],
      ['quinto martes', 'DTSTART:20260113T160000Z\nRRULE:FREQ=MONTHLY;BYDAY=+5TU', 'MEETING.UNSUPPORTED_RECURRENCE'],
      [
        'todos los martes del mes',
        'DTSTART:20260113T160000Z\nRRULE:FREQ=MONTHLY;BYDAY=TU',
        'MEETING.UNSUPPORTED_RECURRENCE',
      ],
      [
        'dos días de la semana',
        'DTSTART:20260113T160000Z\nRRULE:FREQ=MONTHLY;BYDAY=+1MO,+1TU',
        'MEETING.UNSUPPORTED_RECURRENCE',
      ],
      [
        'con hora en la regla',
        'DTSTART:20260113T160000Z\nRRULE:FREQ=MONTHLY;BYHOUR=9,15',
        'MEETING.UNSUPPORTED_RECURRENCE',
      ],
      [
        'con excepciones (EXDATE)',
        'DTSTART:20260113T160000Z\nRRULE:FREQ=MONTHLY\nEXDATE:20260213T160000Z',
        'MEETING.UNSUPPORTED_RECURRENCE',
      ],
      ['sin DTSTART', 'RRULE:FREQ=MONTHLY;COUNT=2', 'MEETING.INVALID_RECURRENCE'],
      ['texto que no es una regla', 'hola <script>', 'MEETING.INVALID_RECURRENCE'],
    ])('rechaza %s', (_name, rule, code) => {
      expectDomainError(() => toPatternedRecurrence(rule), code);
    });
  });

  it('rechaza una serie que termina antes de su primera reunión o una petición fuera de rango', () => {
    expectDomainError(
      () => buildMeetingSeries(spec({ end: { kind: 'until', until: '2026-01-12' } })),
      'MEETING.RECURRENCE_ENDS_BEFORE_START',
    );
    expect(buildMeetingSeries(spec({ end: { kind: 'until', until: '2026-01-13' } })).recurrence.range).toMatchObject({
      type: 'endDate',
      endDate: '2026-01-13',
    });
    expectDomainError(() => nextOccurrences(buildMeetingSeries(spec()), 0), 'MEETING.INVALID_OCCURRENCE_COUNT');
  });

  it.each<[string, unknown]>([
    ['hora inválida', { startTime: '25:00' }],
    ['zona horaria desconocida', { timeZone: 'Marte/Olympus' }],
    ['día 32', { on: { kind: 'dayOfMonth', day: 32 } }],
    ['más de 999 repeticiones', { end: { kind: 'count', count: 1000 } }],
    ['campo extra', { color: 'red' }],
  ])('valida la especificación de la serie: %s', (_name, over) => {
    expectDomainError(() => buildMeetingSeries({ ...spec(), ...(over as object) }), 'VALIDATION.INVALID_INPUT');
  });
});
