import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CALENDAR_ERROR_CODES } from '../../../../src/domain/calendar/business-calendar';
import {
  COMPLAINT_STATUSES,
  complaintChannelSchema,
  rootCauseCategorySchema,
} from '../../../../src/domain/complaint/complaint.entity';
import {
  CLOCK_OPERATION_RULES,
  COMPLAINT_ERROR_CODES,
  COMPLAINT_TRANSITIONS,
  closeComplaint,
} from '../../../../src/domain/complaint/complaint-lifecycle';
import { SLA_ERROR_CODES } from '../../../../src/domain/complaint/complaint-sla';
import { SLA_STATES } from '../../../../src/domain/complaint/sla-state';
import { createTranslator, describeError, errorMessage, hasKey, LOCALES } from '../../../../src/i18n';
import { complaintIn, direccion, lider } from './complaint-fixtures';

const ALL_CODES = [...COMPLAINT_ERROR_CODES, ...SLA_ERROR_CODES, ...CALENDAR_ERROR_CODES];

/** Sample values for every parameter a message of these groups uses. */
const SAMPLE_PARAMS = {
  key: 'Q-ACME-0001',
  from: 'resolved',
  to: 'registered',
  role: 'management',
  action: 'close',
  status: 'closed',
  value: 'xyz',
  now: '2026-02-03T10:00:00-06:00',
  last: '2026-02-03T11:00:00-06:00',
  receivedAt: '2026-02-04T10:00:00-06:00',
  hours: '0',
  timeZone: 'Mars/Olympus',
  start: '18:00',
  end: '09:00',
  first: '09:00–14:00',
  second: '13:00–18:00',
  year: '0',
};

describe('mensajes de error de quejas, SLA y calendario', () => {
  it.each(LOCALES.flatMap((locale) => ALL_CODES.map((code) => [code, locale] as const)))(
    'el código %s tiene mensaje en %s, sin parámetros ni anidaciones sin resolver',
    (code, locale) => {
      expect(hasKey(locale, `errors:${code}`)).toBe(true);
      const message = errorMessage(code, SAMPLE_PARAMS, locale);
      expect(message).not.toMatch(/\{\{|\$t\(|^errors:/);
      expect(message.length).toBeGreaterThan(20);
    },
  );

  it('cada código que lanza el código fuente está en las listas de códigos (y por tanto tiene mensaje)', () => {
    const root = join(__dirname, '../../../../src/domain');
    const files = [
      'calendar/business-calendar.ts',
      'calendar/mexico-holidays.ts',
      'complaint/complaint-lifecycle.ts',
      'complaint/complaint-sla.ts',
    ];
    const thrown = new Set<string>();
    for (const file of files) {
      const source = readFileSync(join(root, file), 'utf8');
      for (const match of source.matchAll(/new DomainError\(\s*'([A-Z_.]+)'/g)) thrown.add(match[1] as string);
    }
    expect(thrown.size).toBeGreaterThan(20);
    for (const code of thrown) expect(ALL_CODES).toContain(code);
  });

  it('la transición ilegal y el rol prohibido dicen qué cambio se intentó y quién puede hacerlo', () => {
    const illegal = errorMessage('COMPLAINT.ILLEGAL_TRANSITION', { from: 'closed', to: 'inProgress' });
    expect(illegal).toContain('(Cerrada → En atención)');
    expect(illegal).toContain('Registrada → Canalizada → En atención → Resuelta → Cerrada');
    expect(errorMessage('COMPLAINT.ILLEGAL_TRANSITION', { from: 'closed', to: 'inProgress' }, 'en')).toContain(
      '(Closed → In progress)',
    );
    const forbidden = errorMessage('COMPLAINT.FORBIDDEN_ROLE', { role: 'management', action: 'close' });
    expect(forbidden).toContain('(Dirección)');
    expect(forbidden).toContain('Líder de Entrega del Servicio');
  });

  it('un error real del ciclo de vida se lee en español y en inglés', () => {
    let error: unknown;
    try {
      closeComplaint(complaintIn('resolved'), { clientConfirmed: true }, lider, '2026-02-04T10:00:00-06:00');
    } catch (e) {
      error = e;
    }
    expect(describeError(error)).toBe(
      'Para cerrar la queja indique la categoría de la causa raíz (análisis ISO 10002).',
    );
    expect(describeError(error, 'en')).toMatch(/^To close the complaint, give the root-cause category/);
    try {
      closeComplaint(complaintIn('resolved'), { clientConfirmed: true }, direccion, '2026-02-04T10:00:00-06:00');
    } catch (e) {
      error = e;
    }
    expect(describeError(error)).toMatch(/^Su rol \(Dirección\) no permite esta acción \(«Cerrar»\)/);
  });
});

describe('etiquetas de quejas', () => {
  const t = createTranslator();

  it('los estados se llaman como en el procedimiento', () => {
    expect(COMPLAINT_STATUSES.map((s) => t(`complaint:status.${s}`))).toEqual([
      'Registrada',
      'Canalizada',
      'En atención',
      'Resuelta',
      'Cerrada',
      'Reabierta',
    ]);
  });

  const actions = [...new Set(COMPLAINT_TRANSITIONS.map((tr) => tr.action)), ...Object.keys(CLOCK_OPERATION_RULES)];
  const keys = [
    ...COMPLAINT_STATUSES.map((s) => `complaint:status.${s}`),
    ...actions.map((a) => `complaint:action.${a}`),
    ...rootCauseCategorySchema.options.map((c) => `complaint:rootCause.${c}`),
    ...complaintChannelSchema.options.map((c) => `complaint:channel.${c}`),
    ...SLA_STATES.map((s) => `complaint:slaState.${s}`),
    'complaint:slaClock.acknowledgement',
    'complaint:slaClock.resolution',
  ];

  it.each(LOCALES.flatMap((locale) => keys.map((key) => [key, locale] as const)))('%s existe en %s', (key, locale) => {
    expect(hasKey(locale, key)).toBe(true);
  });
});
