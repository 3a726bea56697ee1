import { COMPLAINT_STATUSES, type ComplaintStatus } from '../../../../src/domain/complaint/complaint.entity';
import {
  allowedClockOperations,
  allowedTransitions,
  applyComplaintCommand,
  assertTransitionAllowed,
  attendComplaint,
  canTransition,
  closeComplaint,
  COMPLAINT_TRANSITIONS,
  createComplaint,
  isClockPaused,
  nextStatuses,
  pauseClock,
  registerComplaint,
  reopenComplaint,
  resolveComplaint,
  resumeClock,
  routeComplaint,
  type ComplaintAction,
  type ComplaintCommand,
} from '../../../../src/domain/complaint/complaint-lifecycle';
import { roleSchema } from '../../../../src/domain/shared/primitives';
import { errorCodeOf, expectDomainError } from '../support/errors';
import { mx } from '../support/records';
import {
  ACTORS,
  auditor,
  baseInput,
  comercial,
  complaintIn,
  deepFreeze,
  direccion,
  lider,
  STEP_AT,
} from './complaint-fixtures';

const ROLES = roleSchema.options;
const LATER = mx('2026-02-04T10:00');

/** A valid command for each status-changing action (so only the table and the role decide). */
const VALID_COMMAND: Readonly<Record<Exclude<ComplaintAction, 'register'>, ComplaintCommand>> = {
  route: { type: 'route', assignedTo: lider.email },
  attend: { type: 'attend' },
  resolve: { type: 'resolve', resolution: 'Se corrigió la configuración.', rootCauseCategory: 'technology' },
  close: { type: 'close', clientConfirmed: true, rootCauseCategory: 'technology' },
  reopen: { type: 'reopen', note: 'El cliente indica que el problema volvió.' },
};
const TARGET_OF: Readonly<Record<keyof typeof VALID_COMMAND, ComplaintStatus>> = {
  route: 'routed',
  attend: 'inProgress',
  resolve: 'resolved',
  close: 'closed',
  reopen: 'reopened',
};

describe('tabla de transiciones de PR-SGI-016', () => {
  it('contiene exactamente el flujo del procedimiento', () => {
    expect(COMPLAINT_TRANSITIONS.map((t) => `${t.from ?? '∅'}→${t.to}:${t.roles.join('+')}`)).toEqual([
      '∅→registered:comercial',
      'registered→routed:comercial',
      'routed→inProgress:deliveryLead',
      'inProgress→resolved:deliveryLead',
      'resolved→closed:deliveryLead',
      'resolved→reopened:deliveryLead',
      'closed→reopened:deliveryLead',
      'reopened→routed:comercial',
      'reopened→inProgress:deliveryLead',
    ]);
  });

  const fromStatuses: (ComplaintStatus | null)[] = [null, ...COMPLAINT_STATUSES];
  const matrix = fromStatuses.flatMap((from) =>
    COMPLAINT_STATUSES.flatMap((to) =>
      ROLES.map((role) => {
        const row = COMPLAINT_TRANSITIONS.find((t) => t.from === from && t.to === to);
        const expected =
          row === undefined
            ? 'COMPLAINT.ILLEGAL_TRANSITION'
            : row.roles.includes(role)
              ? 'permitida'
              : 'COMPLAINT.FORBIDDEN_ROLE';
        return [from ?? 'nueva', to, role, expected, from] as const;
      }),
    ),
  );

  it('la matriz completa estado × estado × rol tiene 168 casos', () => {
    expect(matrix).toHaveLength(7 * 6 * 4);
    expect(matrix.filter((m) => m[3] === 'permitida')).toHaveLength(9);
  });

  it.each(matrix)('de «%s» a «%s» con rol %s: %s', (_label, to, role, expected, from) => {
    const code = errorCodeOf(() => assertTransitionAllowed(from, to, role));
    expect(code ?? 'permitida').toBe(expected);
    expect(canTransition(from, to, role)).toBe(expected === 'permitida');
    expect(nextStatuses(from, role).includes(to)).toBe(expected === 'permitida');
  });

  it('Dirección y Auditor no pueden mover ninguna queja', () => {
    for (const status of [null, ...COMPLAINT_STATUSES]) {
      expect(allowedTransitions(status, 'management')).toEqual([]);
      expect(allowedTransitions(status, 'auditor')).toEqual([]);
    }
  });

  it('la interfaz ofrece a cada rol solo sus siguientes estados', () => {
    expect(nextStatuses('registered', 'comercial')).toEqual(['routed']);
    expect(nextStatuses('registered', 'deliveryLead')).toEqual([]);
    expect(nextStatuses('resolved', 'deliveryLead')).toEqual(['closed', 'reopened']);
    expect(nextStatuses('reopened', 'comercial')).toEqual(['routed']);
    expect(nextStatuses('reopened', 'deliveryLead')).toEqual(['inProgress']);
    expect(nextStatuses('closed', 'comercial')).toEqual([]);
  });
});

describe('los comandos respetan la tabla para cada estado, acción y rol', () => {
  const cases = COMPLAINT_STATUSES.flatMap((from) =>
    (Object.keys(VALID_COMMAND) as (keyof typeof VALID_COMMAND)[]).flatMap((action) =>
      ROLES.map((role) => {
        const row = COMPLAINT_TRANSITIONS.find((t) => t.from === from && t.action === action);
        const expected =
          row === undefined
            ? 'COMPLAINT.ILLEGAL_TRANSITION'
            : row.roles.includes(role)
              ? row.to
              : 'COMPLAINT.FORBIDDEN_ROLE';
        return [from, action, role, expected] as const;
      }),
    ),
  );

  it.each(cases)('queja «%s», acción «%s», rol %s → %s', (from, action, role, expected) => {
    const complaint = deepFreeze(complaintIn(from));
    let outcome: string;
    try {
      const next = applyComplaintCommand(complaint, VALID_COMMAND[action], ACTORS[role], LATER);
      outcome = next.status;
      expect(next.status).toBe(TARGET_OF[action]);
      expect(next.history).toHaveLength(complaint.history.length + 1);
      expect(next.history.at(-1)).toMatchObject({ at: LATER, by: ACTORS[role].email, role, from, to: next.status });
    } catch (error) {
      outcome = (error as { code?: string }).code ?? String(error);
    }
    expect(outcome).toBe(expected);
  });
});

describe('registrar una queja (Comercial)', () => {
  it('crea la queja Registrada con su primera entrada de historial (desde ningún estado)', () => {
    const c = registerComplaint(baseInput, comercial, STEP_AT.registered);
    expect(c).toMatchObject({
      status: 'registered',
      receivedAt: STEP_AT.registered,
      reportedBy: 'compras@acme.com.mx',
      reopenCount: 0,
      pauses: [],
      history: [{ at: STEP_AT.registered, by: comercial.email, role: 'comercial', from: null, to: 'registered' }],
    });
    expect(c.history[0]).not.toHaveProperty('note');
    expect(createComplaint).toBe(registerComplaint);
  });

  it('conserva la hora en que el cliente la reportó si fue antes del registro y pone al Comercial como informante por omisión', () => {
    const input = { ...baseInput, reportedBy: undefined };
    const c = registerComplaint(
      { ...input, receivedAt: mx('2026-02-02T17:00'), note: 'Recibida por correo' },
      { ...comercial, email: 'Ana.Comercial@Proveedor.com.mx' },
      STEP_AT.registered,
    );
    expect(c.receivedAt).toBe(mx('2026-02-02T17:00'));
    expect(c.reportedBy).toBe('ana.comercial@proveedor.com.mx');
    expect(c.history[0]?.note).toBe('Recibida por correo');
  });

  it.each([
    ['el Líder', lider],
    ['Dirección', direccion],
    ['el Auditor', auditor],
  ])('%s no puede registrar quejas', (_who, actor) => {
    expect(errorCodeOf(() => registerComplaint(baseInput, actor, STEP_AT.registered))).toBe('COMPLAINT.FORBIDDEN_ROLE');
  });

  it('una recepción posterior al registro se rechaza', () => {
    expect(
      errorCodeOf(() =>
        registerComplaint({ ...baseInput, receivedAt: mx('2026-02-03T11:00') }, comercial, STEP_AT.registered),
      ),
    ).toBe('COMPLAINT.RECEIVED_AFTER_REGISTRATION');
  });

  it('datos inválidos se rechazan con VALIDATION.INVALID_INPUT y el campo en falta', () => {
    const error = expectDomainError(
      () => registerComplaint({ ...baseInput, clientCode: 'acme corp' }, comercial, STEP_AT.registered),
      'VALIDATION.INVALID_INPUT',
    );
    expect(error.params.field).toBe('clientCode');
    expect(errorCodeOf(() => registerComplaint({ ...baseInput, title: '   ' }, comercial, STEP_AT.registered))).toBe(
      'VALIDATION.INVALID_INPUT',
    );
  });

  it('un actor sin correo válido o una hora sin zona se rechazan', () => {
    expect(
      errorCodeOf(() => registerComplaint(baseInput, { email: 'nadie', role: 'comercial' }, STEP_AT.registered)),
    ).toBe('VALIDATION.INVALID_INPUT');
    expect(errorCodeOf(() => registerComplaint(baseInput, comercial, '2026-02-03T10:00:00'))).toBe(
      'COMPLAINT.INVALID_TIME',
    );
  });
});

describe('canalizar y atender', () => {
  it('el Comercial canaliza al Líder; la canalización no es todavía el acuse', () => {
    const c = routeComplaint(
      complaintIn('registered'),
      { assignedTo: 'Luis.Lider@Proveedor.com.mx', note: 'Urgente' },
      comercial,
      STEP_AT.routed,
    );
    expect(c).toMatchObject({ status: 'routed', assignedTo: lider.email });
    expect(c.acknowledgedAt).toBeUndefined();
    expect(c.history.at(-1)).toEqual({
      at: STEP_AT.routed,
      by: comercial.email,
      role: 'comercial',
      from: 'registered',
      to: 'routed',
      note: 'Urgente',
    });
  });

  it('no se puede canalizar sin indicar a qué Líder', () => {
    expect(
      errorCodeOf(() => routeComplaint(complaintIn('registered'), { assignedTo: ' ' }, comercial, STEP_AT.routed)),
    ).toBe('COMPLAINT.ROUTE_REQUIRES_ASSIGNEE');
  });

  it('atender la queja es su acuse (acknowledgedAt) y sólo cuenta la primera vez', () => {
    const attended = complaintIn('inProgress');
    expect(attended.acknowledgedAt).toBe(STEP_AT.inProgress);
    const again = attendComplaint(complaintIn('reopened'), {}, lider, LATER);
    expect(again.status).toBe('inProgress');
    expect(again.acknowledgedAt).toBe(STEP_AT.inProgress);
  });

  it('si nadie estaba asignado, queda asignado el Líder que atiende', () => {
    const routed = { ...complaintIn('routed') };
    delete routed.assignedTo;
    expect(attendComplaint(routed, {}, lider, LATER).assignedTo).toBe(lider.email);
  });

  it('una queja reabierta puede volver a canalizarse (Comercial) conservando al Líder asignado', () => {
    const c = routeComplaint(complaintIn('reopened'), {}, comercial, LATER);
    expect(c).toMatchObject({ status: 'routed', assignedTo: lider.email });
  });
});

describe('resolver', () => {
  it('un Líder no puede resolver una queja sin describir la solución', () => {
    for (const resolution of ['', '   ']) {
      expect(errorCodeOf(() => resolveComplaint(complaintIn('inProgress'), { resolution }, lider, LATER))).toBe(
        'COMPLAINT.RESOLVE_REQUIRES_RESOLUTION',
      );
    }
  });

  it('resolver registra la solución, la hora y el análisis; el historial guarda la solución si no hay nota', () => {
    const c = resolveComplaint(
      complaintIn('inProgress'),
      { resolution: '  Se amplió la guardia nocturna. ', rootCauseCategory: 'people', rootCause: 'Falta de personal' },
      lider,
      LATER,
    );
    expect(c).toMatchObject({
      status: 'resolved',
      resolvedAt: LATER,
      resolution: 'Se amplió la guardia nocturna.',
      rootCauseCategory: 'people',
      rootCause: 'Falta de personal',
    });
    expect(c.history.at(-1)?.note).toBe('Se amplió la guardia nocturna.');
  });

  it('resolver una queja en pausa cierra la pausa a la hora de la resolución', () => {
    const paused = pauseClock(
      complaintIn('inProgress'),
      { reason: 'Esperando bitácoras del cliente' },
      lider,
      mx('2026-02-03T15:00'),
    );
    const c = resolveComplaint(paused, { resolution: 'Listo' }, lider, LATER);
    expect(c.pauses).toEqual([{ from: mx('2026-02-03T15:00'), to: LATER, reason: 'Esperando bitácoras del cliente' }]);
    expect(isClockPaused(c)).toBe(false);
  });
});

describe('cerrar', () => {
  const resolved = () => complaintIn('resolved');

  it('un Líder no puede cerrar una queja sin causa raíz', () => {
    expect(errorCodeOf(() => closeComplaint(resolved(), { clientConfirmed: true }, lider, LATER))).toBe(
      'COMPLAINT.CLOSE_REQUIRES_ROOT_CAUSE',
    );
  });

  it('un Líder no puede cerrar una queja sin confirmación del cliente ni motivo de cierre', () => {
    for (const input of [
      { rootCauseCategory: 'process' as const },
      { rootCauseCategory: 'process' as const, clientConfirmed: false },
      { rootCauseCategory: 'process' as const, clientConfirmed: false, closureReason: '  ' },
    ]) {
      expect(errorCodeOf(() => closeComplaint(resolved(), input, lider, LATER))).toBe(
        'COMPLAINT.CLOSE_REQUIRES_CONFIRMATION_OR_REASON',
      );
    }
  });

  it('no se cierra una queja resuelta que perdió su solución (p. ej. importada incompleta)', () => {
    const withoutResolution = { ...resolved(), resolution: undefined };
    expect(
      errorCodeOf(() =>
        closeComplaint(withoutResolution, { clientConfirmed: true, rootCauseCategory: 'process' }, lider, LATER),
      ),
    ).toBe('COMPLAINT.CLOSE_REQUIRES_RESOLUTION');
  });

  it('se cierra con la confirmación del cliente y la causa raíz', () => {
    const c = closeComplaint(
      resolved(),
      { clientConfirmed: true, rootCauseCategory: 'supplier', note: 'Cliente conforme' },
      lider,
      LATER,
    );
    expect(c).toMatchObject({
      status: 'closed',
      closedAt: LATER,
      clientConfirmed: true,
      rootCauseCategory: 'supplier',
    });
    expect(c.history.at(-1)).toMatchObject({ from: 'resolved', to: 'closed', note: 'Cliente conforme' });
  });

  it('se cierra sin confirmación si se registra el motivo, y vale la causa raíz registrada al resolver', () => {
    const withCause = resolveComplaint(
      complaintIn('inProgress'),
      { resolution: 'Hecho', rootCauseCategory: 'communication' },
      lider,
      LATER,
    );
    const c = closeComplaint(
      withCause,
      { closureReason: 'Sin respuesta del cliente tras tres recordatorios' },
      lider,
      mx('2026-02-10T10:00'),
    );
    expect(c).toMatchObject({
      status: 'closed',
      rootCauseCategory: 'communication',
      closureReason: 'Sin respuesta del cliente tras tres recordatorios',
    });
    expect(c.clientConfirmed).toBeUndefined();
  });
});

describe('reabrir', () => {
  it.each([['resolved' as const], ['closed' as const]])(
    'un Líder no puede reabrir una queja «%s» sin nota',
    (status) => {
      expect(errorCodeOf(() => reopenComplaint(complaintIn(status), { note: '  ' }, lider, LATER))).toBe(
        'COMPLAINT.REOPEN_REQUIRES_NOTE',
      );
    },
  );

  it('reabrir suma una reapertura, guarda la nota y borra los datos del cierre anterior', () => {
    const closed = complaintIn('closed');
    const c = reopenComplaint(closed, { note: 'Volvió a fallar' }, lider, LATER);
    expect(c.status).toBe('reopened');
    expect(c.reopenCount).toBe(closed.reopenCount + 1);
    expect(c.history.at(-1)).toMatchObject({
      from: 'closed',
      to: 'reopened',
      note: 'Volvió a fallar',
      role: 'deliveryLead',
    });
    for (const field of ['resolvedAt', 'closedAt', 'clientConfirmed', 'closureReason'] as const) {
      expect(c).not.toHaveProperty(field);
    }
    expect(c.resolution).toBe(closed.resolution);
    expect(c.rootCauseCategory).toBe('process');
    const twice = reopenComplaint(
      resolveComplaint(
        attendComplaint(c, {}, lider, mx('2026-02-05T10:00')),
        { resolution: 'Otra vez' },
        lider,
        mx('2026-02-05T11:00'),
      ),
      { note: 'Y otra vez' },
      lider,
      mx('2026-02-05T12:00'),
    );
    expect(twice.reopenCount).toBe(2);
  });
});

describe('pausar y reanudar el reloj SLA (en espera del cliente)', () => {
  const at = mx('2026-02-03T15:00');

  it('el Líder pausa con motivo y reanuda; el estado no cambia ni se escribe historial', () => {
    const attended = complaintIn('inProgress');
    const paused = pauseClock(attended, { reason: ' Esperando acceso VPN ' }, lider, at);
    expect(paused.status).toBe('inProgress');
    expect(paused.history).toEqual(attended.history);
    expect(paused.pauses).toEqual([{ from: at, reason: 'Esperando acceso VPN' }]);
    expect(allowedClockOperations(paused, 'deliveryLead')).toEqual(['resume']);
    const resumed = resumeClock(paused, {}, lider, LATER);
    expect(resumed.pauses).toEqual([{ from: at, to: LATER, reason: 'Esperando acceso VPN' }]);
    expect(allowedClockOperations(resumed, 'deliveryLead')).toEqual(['pause']);
  });

  it('no se pausa dos veces ni se reanuda lo que no está en pausa', () => {
    const paused = pauseClock(complaintIn('inProgress'), { reason: 'Esperando' }, lider, at);
    expect(errorCodeOf(() => pauseClock(paused, { reason: 'Otra' }, lider, LATER))).toBe('COMPLAINT.ALREADY_PAUSED');
    expect(errorCodeOf(() => resumeClock(complaintIn('inProgress'), {}, lider, LATER))).toBe('COMPLAINT.NOT_PAUSED');
  });

  it('pausar exige decir qué se espera del cliente', () => {
    expect(errorCodeOf(() => pauseClock(complaintIn('routed'), { reason: '' }, lider, at))).toBe(
      'COMPLAINT.PAUSE_REQUIRES_REASON',
    );
  });

  it.each([['registered' as const], ['resolved' as const], ['closed' as const]])(
    'no se pausa una queja «%s»',
    (status) => {
      expect(errorCodeOf(() => pauseClock(complaintIn(status), { reason: 'x' }, lider, LATER))).toBe(
        'COMPLAINT.PAUSE_NOT_ALLOWED',
      );
      expect(allowedClockOperations(complaintIn(status), 'deliveryLead')).toEqual([]);
    },
  );

  it.each([['routed' as const], ['inProgress' as const], ['reopened' as const]])(
    'se pausa una queja «%s»',
    (status) => {
      expect(isClockPaused(pauseClock(complaintIn(status), { reason: 'x' }, lider, LATER))).toBe(true);
    },
  );

  it.each([
    ['el Comercial', comercial],
    ['Dirección', direccion],
    ['el Auditor', auditor],
  ])('%s no puede pausar ni reanudar el reloj', (_who, actor) => {
    expect(errorCodeOf(() => pauseClock(complaintIn('inProgress'), { reason: 'x' }, actor, LATER))).toBe(
      'COMPLAINT.FORBIDDEN_ROLE',
    );
    const paused = pauseClock(complaintIn('inProgress'), { reason: 'x' }, lider, at);
    expect(errorCodeOf(() => resumeClock(paused, {}, actor, LATER))).toBe('COMPLAINT.FORBIDDEN_ROLE');
    expect(allowedClockOperations(paused, actor.role)).toEqual([]);
  });

  it('pausar y reanudar también llegan por applyComplaintCommand', () => {
    const paused = applyComplaintCommand(complaintIn('inProgress'), { type: 'pause', reason: 'x' }, lider, at);
    const resumed = applyComplaintCommand(paused, { type: 'resume' }, lider, LATER);
    expect(resumed.pauses).toEqual([{ from: at, to: LATER, reason: 'x' }]);
  });

  it('una reanudación anterior al inicio de la pausa se rechaza', () => {
    const paused = pauseClock(complaintIn('inProgress'), { reason: 'x' }, lider, at);
    expect(errorCodeOf(() => resumeClock(paused, {}, lider, mx('2026-02-03T14:59')))).toBe(
      'COMPLAINT.TIME_BEFORE_LAST_CHANGE',
    );
  });
});

describe('reglas generales', () => {
  it('ningún cambio modifica la queja original (funciones puras)', () => {
    const original = deepFreeze(complaintIn('inProgress'));
    const snapshot = JSON.stringify(original);
    const paused = pauseClock(original, { reason: 'x' }, lider, LATER);
    const resolved = resolveComplaint(deepFreeze(paused), { resolution: 'ok' }, lider, mx('2026-02-05T10:00'));
    expect(JSON.stringify(original)).toBe(snapshot);
    expect(resolved).not.toBe(original);
    expect(original.status).toBe('inProgress');
  });

  it('un cambio con fecha anterior al último movimiento se rechaza', () => {
    expect(
      errorCodeOf(() =>
        resolveComplaint(complaintIn('inProgress'), { resolution: 'ok' }, lider, mx('2026-02-03T10:59')),
      ),
    ).toBe('COMPLAINT.TIME_BEFORE_LAST_CHANGE');
  });

  it('un cambio con una hora sin zona horaria se rechaza', () => {
    expect(errorCodeOf(() => attendComplaint(complaintIn('routed'), {}, lider, 'ayer'))).toBe('COMPLAINT.INVALID_TIME');
  });

  it('el historial completo de una queja reabierta y cerrada de nuevo cuenta toda la historia', () => {
    const reopened = complaintIn('reopened');
    const attended = attendComplaint(reopened, {}, lider, mx('2026-02-04T09:00'));
    const resolved = resolveComplaint(
      attended,
      { resolution: 'Se cambió el proveedor de enlace.' },
      lider,
      mx('2026-02-04T12:00'),
    );
    const closed = closeComplaint(resolved, { clientConfirmed: true }, lider, mx('2026-02-04T13:00'));
    expect(closed.history.map((h) => `${h.from ?? '∅'}→${h.to}`)).toEqual([
      '∅→registered',
      'registered→routed',
      'routed→inProgress',
      'inProgress→resolved',
      'resolved→closed',
      'closed→reopened',
      'reopened→inProgress',
      'inProgress→resolved',
      'resolved→closed',
    ]);
    expect(closed).toMatchObject({
      status: 'closed',
      reopenCount: 1,
      clientConfirmed: true,
      closedAt: mx('2026-02-04T13:00'),
    });
  });
});
