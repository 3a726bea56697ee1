import { createBusinessCalendar } from '../../../../src/domain/calendar/business-calendar';
import type { Complaint } from '../../../../src/domain/complaint/complaint.entity';
import {
  attendComplaint,
  closeComplaint,
  pauseClock,
  registerComplaint,
  reopenComplaint,
  resolveComplaint,
  resumeClock,
  routeComplaint,
} from '../../../../src/domain/complaint/complaint-lifecycle';
import {
  complaintSlaState,
  complaintSlaTarget,
  computeComplaintSla,
  DEFAULT_WARNING_SHARE,
  isSlaState,
  worstSlaState,
} from '../../../../src/domain/complaint/complaint-sla';
import { SEVERITIES, DEFAULT_SLA_TARGETS } from '../../../../src/domain/service/service.entity';
import { errorCodeOf } from '../support/errors';
import { mx } from '../support/records';
import { baseInput, comercial, complaintIn, lider } from './complaint-fixtures';

const calendar = createBusinessCalendar();
const sla = (complaint: Complaint, now: string, options: Partial<Parameters<typeof computeComplaintSla>[1]> = {}) =>
  computeComplaintSla(complaint, { calendar, now, ...options });

/** Registered Tuesday 2026-02-03 10:00, routed 10:30, attended 11:00, resolved 12:00, closed 13:00, reopened 14:00. */
const critical = (status: Complaint['status']) => complaintIn(status, { severity: 'critical' });

describe('reloj de atención inicial (acuse = primera vez En atención)', () => {
  it.each([
    ['10:47', 'onTrack', 47, 13, false, false],
    ['10:48', 'warning', 48, 12, true, false],
    ['11:00', 'warning', 60, 0, true, false],
    ['11:01', 'breached', 61, 0, true, true],
  ])(
    'una queja crítica recibida a las 10:00 y sin atender, a las %s está «%s»',
    (time, state, elapsed, remaining, warning, breached) => {
      const clock = sla(critical('registered'), mx(`2026-02-03T${time}`)).acknowledgement;
      expect(clock).toMatchObject({
        kind: 'acknowledgement',
        state,
        targetMinutes: 60,
        warningMinutes: 48,
        elapsedMinutes: elapsed,
        remainingMinutes: remaining,
        overdueMinutes: Math.max(0, elapsed - 60),
        warning,
        breached,
        stopped: false,
        paused: false,
        dueAt: '2026-02-03T11:00:00-06:00',
        warningAt: '2026-02-03T10:48:00-06:00',
      });
    },
  );

  it('canalizar no detiene el reloj de atención: a las 11:30, canalizada pero sin atender, está vencida', () => {
    const clock = sla(critical('routed'), mx('2026-02-03T11:30')).acknowledgement;
    expect(clock).toMatchObject({ state: 'breached', elapsedMinutes: 90, overdueMinutes: 30 });
  });

  it('atender justo al cumplirse el objetivo cuenta como cumplido y detiene el reloj', () => {
    const clock = sla(critical('inProgress'), mx('2026-02-05T10:00')).acknowledgement;
    expect(clock).toMatchObject({
      state: 'met',
      stopped: true,
      elapsedMinutes: 60,
      stoppedAt: '2026-02-03T11:00:00-06:00',
      breached: false,
    });
  });

  it('una queja recibida el viernes 2026-01-30 a las 17:00 vence su acuse el martes (lunes festivo)', () => {
    const c = registerComplaint({ ...baseInput, severity: 'high' }, comercial, mx('2026-01-30T17:00'));
    const result = sla(c, mx('2026-02-02T12:00'));
    expect(result.acknowledgement).toMatchObject({
      elapsedMinutes: 60,
      state: 'onTrack',
      dueAt: '2026-02-03T12:00:00-06:00',
      warningAt: '2026-02-03T11:12:00-06:00',
    });
    expect(result.resolution).toMatchObject({
      targetMinutes: 1440,
      dueAt: '2026-02-05T14:00:00-06:00',
      warningAt: '2026-02-05T09:12:00-06:00',
    });
  });
});

describe('reloj de resolución', () => {
  it('una queja resuelta a tiempo queda «met» con lo que tardó en horas hábiles', () => {
    const clock = sla(critical('resolved'), mx('2026-02-10T10:00')).resolution;
    expect(clock).toMatchObject({
      state: 'met',
      stopped: true,
      elapsedMinutes: 120,
      remainingMinutes: 360,
      stoppedAt: '2026-02-03T12:00:00-06:00',
      dueAt: '2026-02-03T18:00:00-06:00',
    });
  });

  it('cerrar no cambia el reloj: se detuvo al resolver', () => {
    expect(sla(critical('closed'), mx('2026-03-01T10:00')).resolution).toMatchObject({
      state: 'met',
      elapsedMinutes: 120,
    });
  });

  it('resolver después del objetivo deja el reloj vencido para siempre', () => {
    const attended = critical('inProgress');
    const late = resolveComplaint(attended, { resolution: 'ok' }, lider, mx('2026-02-04T09:01'));
    const clock = sla(late, mx('2026-03-01T10:00')).resolution;
    expect(clock).toMatchObject({ state: 'breached', stopped: true, elapsedMinutes: 481, overdueMinutes: 1 });
    expect(clock.dueAt).toBe('2026-02-03T18:00:00-06:00');
  });

  it('resolver a las 18:30 del mismo día sigue a tiempo: fuera de horario el reloj no corre', () => {
    const afterHours = resolveComplaint(critical('inProgress'), { resolution: 'ok' }, lider, mx('2026-02-03T18:30'));
    expect(sla(afterHours, mx('2026-03-01T10:00')).resolution).toMatchObject({ state: 'met', elapsedMinutes: 480 });
  });

  it('se evalúa «a la fecha»: antes de resolverse, la misma queja seguía corriendo', () => {
    const clock = sla(critical('resolved'), mx('2026-02-03T11:30')).resolution;
    expect(clock).toMatchObject({ state: 'onTrack', stopped: false, elapsedMinutes: 90 });
    expect(clock.stoppedAt).toBeUndefined();
  });

  it('usa los SLA del servicio cuando los tiene', () => {
    const service = {
      sla: {
        bySeverity: {
          ...DEFAULT_SLA_TARGETS.bySeverity,
          high: { acknowledgeHours: 2, resolveHours: 10 },
        },
      },
    };
    const result = sla(complaintIn('registered'), mx('2026-02-03T11:40'), { service });
    expect(result.target).toEqual({ acknowledgeHours: 2, resolveHours: 10 });
    expect(result.acknowledgement).toMatchObject({ targetMinutes: 120, warningMinutes: 96, state: 'warning' });
    expect(result.resolution).toMatchObject({ targetMinutes: 600, dueAt: '2026-02-04T11:00:00-06:00' });
  });

  it('un calendario 24×7 cuenta horas de reloj', () => {
    const always = createBusinessCalendar({
      workingDays: [1, 2, 3, 4, 5, 6, 7],
      workingHours: [{ start: '00:00', end: '24:00' }],
      officialHolidays: 'none',
    });
    const result = computeComplaintSla(critical('registered'), { calendar: always, now: mx('2026-02-03T12:00') });
    expect(result.resolution).toMatchObject({ elapsedMinutes: 120, dueAt: '2026-02-03T18:00:00-06:00' });
  });

  it('sin calendario usa el de la Ciudad de México', () => {
    const result = computeComplaintSla(critical('registered'), { now: mx('2026-02-03T18:30') });
    expect(result.resolution).toMatchObject({
      elapsedMinutes: 480,
      state: 'warning',
      dueAt: '2026-02-03T18:00:00-06:00',
    });
  });
});

describe('aviso al 80 % y vencimiento, para cada severidad y reloj (objetivos por omisión)', () => {
  const received = mx('2026-02-03T10:00');
  const cases = SEVERITIES.flatMap((severity) => {
    const target = DEFAULT_SLA_TARGETS.bySeverity[severity];
    return (
      [
        ['acknowledgement', target.acknowledgeHours * 60],
        ['resolution', target.resolveHours * 60],
      ] as const
    ).flatMap(([kind, minutes]) => {
      const warningAt = Math.ceil(minutes * DEFAULT_WARNING_SHARE);
      return [
        [severity, kind, warningAt - 1, 'onTrack'],
        [severity, kind, warningAt, 'warning'],
        [severity, kind, minutes, 'warning'],
        [severity, kind, minutes + 1, 'breached'],
      ] as const;
    });
  });

  it.each(cases)(
    'severidad %s, reloj de %s, con %i min hábiles transcurridos → %s',
    (severity, kind, elapsed, state) => {
      const c = registerComplaint({ ...baseInput, severity }, comercial, received);
      const now = calendar.addBusinessMinutes(received, elapsed);
      const clock = sla(c, now)[kind];
      expect(clock.elapsedMinutes).toBe(elapsed);
      expect(clock.state).toBe(state);
      expect(clock.breached).toBe(state === 'breached');
    },
  );

  it('el umbral de aviso es configurable y se valida', () => {
    const c = critical('registered');
    expect(sla(c, mx('2026-02-03T10:30'), { warningShare: 0.5 }).acknowledgement.state).toBe('warning');
    expect(sla(c, mx('2026-02-03T10:29'), { warningShare: 0.5 }).acknowledgement.state).toBe('onTrack');
    expect(sla(c, mx('2026-02-03T10:59'), { warningShare: 1 }).acknowledgement.state).toBe('onTrack');
    for (const warningShare of [0, -0.2, 1.5, Number.NaN]) {
      expect(errorCodeOf(() => sla(c, mx('2026-02-03T10:30'), { warningShare }))).toBe('SLA.INVALID_WARNING_SHARE');
    }
  });

  it('un objetivo no positivo se rechaza con SLA.INVALID_TARGET', () => {
    expect(
      errorCodeOf(() =>
        sla(critical('registered'), mx('2026-02-03T10:30'), { target: { acknowledgeHours: 0, resolveHours: 8 } }),
      ),
    ).toBe('SLA.INVALID_TARGET');
    expect(complaintSlaTarget({ severity: 'low' })).toEqual({ acknowledgeHours: 16, resolveHours: 120 });
  });
});

describe('pausas (en espera del cliente)', () => {
  /** Medium (8 h / 72 h): received Thu 2026-02-05 10:00, attended 11:00, paused Fri 12:00 → Tue 2026-02-10 11:00. */
  function pausedOverWeekend(resumed = true): Complaint {
    let c = registerComplaint({ ...baseInput, severity: 'medium' }, comercial, mx('2026-02-05T10:00'));
    c = routeComplaint(c, { assignedTo: lider.email }, comercial, mx('2026-02-05T10:30'));
    c = attendComplaint(c, {}, lider, mx('2026-02-05T11:00'));
    c = pauseClock(c, { reason: 'Esperando ventana de mantenimiento del cliente' }, lider, mx('2026-02-06T12:00'));
    return resumed ? resumeClock(c, {}, lider, mx('2026-02-10T11:00')) : c;
  }

  it('una pausa que abarca el fin de semana y el lunes no cuenta: 480 + 180 + 60 = 720 min, no 1740', () => {
    const result = sla(pausedOverWeekend(), mx('2026-02-10T12:00'));
    expect(result.resolution).toMatchObject({
      state: 'onTrack',
      elapsedMinutes: 720,
      remainingMinutes: 3600,
      dueAt: '2026-02-18T18:00:00-06:00',
    });
    expect(calendar.businessMinutesBetween(mx('2026-02-05T10:00'), mx('2026-02-10T12:00'))).toBe(1740);
    expect(result.acknowledgement).toMatchObject({ state: 'met', elapsedMinutes: 60 });
  });

  it('durante la pausa el reloj está «paused», no avanza y no tiene vencimiento', () => {
    const during = sla(pausedOverWeekend(false), mx('2026-02-09T15:00')).resolution;
    expect(during).toMatchObject({ state: 'paused', paused: true, elapsedMinutes: 660 });
    expect(during.dueAt).toBeUndefined();
    expect(sla(pausedOverWeekend(false), mx('2026-02-20T15:00')).resolution.elapsedMinutes).toBe(660);
  });

  it('a una fecha anterior a la reanudación, la pausa ya cerrada se ve como abierta', () => {
    expect(sla(pausedOverWeekend(), mx('2026-02-09T15:00')).resolution).toMatchObject({
      state: 'paused',
      elapsedMinutes: 660,
    });
  });

  it('la pausa también detiene el reloj de atención mientras la queja espera ser atendida', () => {
    const paused = pauseClock(
      critical('routed'),
      { reason: 'Esperando datos de contacto' },
      lider,
      mx('2026-02-03T10:40'),
    );
    expect(sla(paused, mx('2026-02-03T12:00')).acknowledgement).toMatchObject({ state: 'paused', elapsedMinutes: 40 });
    const resumed = resumeClock(paused, {}, lider, mx('2026-02-03T15:00'));
    expect(sla(resumed, mx('2026-02-03T15:10')).acknowledgement).toMatchObject({
      state: 'warning',
      elapsedMinutes: 50,
      dueAt: '2026-02-03T15:20:00-06:00',
    });
  });

  it('una queja ya vencida sigue «breached» aunque esté en pausa', () => {
    const late = pauseClock(critical('routed'), { reason: 'x' }, lider, mx('2026-02-03T11:30'));
    const clock = sla(late, mx('2026-02-03T12:00')).acknowledgement;
    expect(clock).toMatchObject({ state: 'breached', paused: true, elapsedMinutes: 90 });
    expect(clock.dueAt).toBe('2026-02-03T11:00:00-06:00');
  });

  it('pausas traslapadas (datos importados) se descuentan una sola vez', () => {
    const c: Complaint = {
      ...critical('inProgress'),
      pauses: [
        { from: mx('2026-02-03T12:00'), to: mx('2026-02-03T14:00') },
        { from: mx('2026-02-03T13:00'), to: mx('2026-02-03T15:00') },
      ],
    };
    expect(sla(c, mx('2026-02-03T16:00')).resolution.elapsedMinutes).toBe(180);
  });
});

describe('queja reabierta: el reloj de resolución continúa, sin contar el tiempo en que estuvo Resuelta o Cerrada', () => {
  it('120 min hasta resolver + 240 min del martes desde la reapertura + 60 min del miércoles = 420 (aviso)', () => {
    const clock = sla(critical('reopened'), mx('2026-02-04T10:00')).resolution;
    expect(clock).toMatchObject({
      state: 'warning',
      elapsedMinutes: 420,
      remainingMinutes: 60,
      dueAt: '2026-02-04T11:00:00-06:00',
      stopped: false,
    });
  });

  it('no reinicia el objetivo ni cuenta el tiempo entre la resolución y la reapertura', () => {
    const clock = sla(critical('reopened'), mx('2026-02-03T14:00')).resolution;
    expect(clock.elapsedMinutes).toBe(120); // restart → 0; counting 12:00–14:00 → 240
  });

  it.each([
    ['10:30', 'met', 450],
    ['11:30', 'breached', 510],
  ])('resuelta de nuevo el miércoles a las %s queda «%s» (%i min)', (time, state, elapsed) => {
    const again = resolveComplaint(
      attendComplaint(critical('reopened'), {}, lider, mx('2026-02-04T09:30')),
      { resolution: 'Segundo intento' },
      lider,
      mx(`2026-02-04T${time}`),
    );
    expect(sla(again, mx('2026-02-20T10:00')).resolution).toMatchObject({
      state,
      elapsedMinutes: elapsed,
      stopped: true,
    });
  });

  it('si la primera resolución fue tardía, al reabrirla sigue vencida', () => {
    const late = resolveComplaint(critical('inProgress'), { resolution: 'ok' }, lider, mx('2026-02-04T11:00'));
    const closed = closeComplaint(
      late,
      { clientConfirmed: true, rootCauseCategory: 'process' },
      lider,
      mx('2026-02-04T12:00'),
    );
    const reopened = reopenComplaint(closed, { note: 'No quedó' }, lider, mx('2026-02-05T09:00'));
    expect(sla(reopened, mx('2026-02-05T09:30')).resolution).toMatchObject({
      state: 'breached',
      elapsedMinutes: 630, // Tue 480 + Wed 120 until the late resolution + Thu 30 after reopening
      overdueMinutes: 150,
    });
  });

  it('el acuse de una queja reabierta conserva su resultado original', () => {
    expect(sla(critical('reopened'), mx('2026-02-04T10:00')).acknowledgement).toMatchObject({
      state: 'met',
      elapsedMinutes: 60,
    });
  });
});

describe('estado resumido de la queja', () => {
  it.each([
    [['met', 'met'], 'met'],
    [['met', 'onTrack'], 'onTrack'],
    [['met', 'paused'], 'paused'],
    [['paused', 'warning'], 'warning'],
    [['onTrack', 'warning'], 'warning'],
    [['breached', 'met'], 'breached'],
    [['warning', 'breached'], 'breached'],
    [[], 'met'],
  ] as const)('%j → %s', (states, expected) => {
    expect(worstSlaState(states)).toBe(expected);
  });

  it('una queja cerrada a tiempo está «met»; una sin atender y vencida, «breached»', () => {
    expect(complaintSlaState(critical('closed'), { calendar, now: mx('2026-02-10T10:00') })).toBe('met');
    expect(complaintSlaState(critical('registered'), { calendar, now: mx('2026-02-03T11:05') })).toBe('breached');
    expect(sla(critical('inProgress'), mx('2026-02-03T11:30')).state).toBe('onTrack');
  });

  it('reconoce los estados válidos', () => {
    expect(isSlaState('paused')).toBe(true);
    expect(isSlaState('late')).toBe(false);
  });

  it('una fecha de evaluación sin zona horaria se rechaza', () => {
    expect(errorCodeOf(() => sla(critical('registered'), '2026-02-03T11:00'))).toBe('CALENDAR.INVALID_INSTANT');
  });
});
