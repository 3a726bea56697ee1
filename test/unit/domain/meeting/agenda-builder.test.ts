/** Paso 2 del proceso: identificar las actividades a tratar y llevarlas como agenda en la invitación de Outlook. */
import {
  AGENDA_SECTIONS,
  buildAgenda,
  escapeHtml,
  renderAgendaHtml,
  renderAgendaText,
  type AgendaInput,
} from '../../../../src/domain/meeting/agenda-builder';
import { createTranslator, hasKey, LOCALES } from '../../../../src/i18n';
import { expectDomainError } from '../support/errors';

const es = createTranslator('es-MX');
const en = createTranslator('en');

type AgreementIn = AgendaInput['agreements'][number];
type ComplaintIn = AgendaInput['complaints'][number];
type ChangeIn = AgendaInput['changeRequests'][number];
type ServiceIn = AgendaInput['serviceRequests'][number];

const agreement = (key: string, dueOn: string, over: Partial<AgreementIn> = {}): AgreementIn => ({
  key,
  clientCode: 'ACME',
  description: `Acuerdo ${key}`,
  owner: 'ana.lopez@proveedor.com.mx',
  dueOn,
  status: 'open',
  ...over,
});

const complaint = (
  key: string,
  receivedAt: string,
  slaState: ComplaintIn['slaState'],
  over: Partial<ComplaintIn['complaint']> = {},
): ComplaintIn => ({
  complaint: {
    key,
    clientCode: 'ACME',
    title: `Queja ${key}`,
    severity: 'high',
    status: 'inProgress',
    receivedAt,
    ...over,
  },
  slaState,
});

const changeRequest = (key: string, over: Partial<ChangeIn> = {}): ChangeIn => ({
  key,
  clientCode: 'ACME',
  serviceCode: 'SOP-N2',
  kind: 'sla',
  description: 'Ampliar el horario de soporte a 7x24',
  status: 'underEvaluation',
  requestedOn: '2026-02-01',
  ...over,
});

const serviceRequest = (key: string, over: Partial<ServiceIn> = {}): ServiceIn => ({
  key,
  clientCode: 'ACME',
  kind: 'new',
  description: 'Servicio de respaldo en la nube',
  status: 'inDesign',
  requestedOn: '2026-01-15',
  ...over,
});

const emptyInput: AgendaInput = {
  client: { code: 'ACME', name: 'Aceros del Norte' },
  today: '2026-03-10',
  agreements: [],
  complaints: [],
  slaCompliance: [],
  changeRequests: [],
  serviceRequests: [],
};

const fullInput: AgendaInput = {
  ...emptyInput,
  agreements: [
    agreement('ACU-0001', '2026-03-20', { description: 'Enviar el informe mensual de disponibilidad' }),
    agreement('ACU-0002', '2026-03-05', { description: 'Revisar el contrato de soporte' }),
    agreement('ACU-0003', '2026-02-01', { status: 'done' }),
    agreement('ACU-0004', '2026-03-09', {
      description: 'Confirmar la ventana de mantenimiento',
      owner: 'luis@acme.mx',
    }),
    agreement('ACU-0005', '2026-03-10', { description: 'Compartir el plan de capacitación' }),
  ],
  complaints: [
    complaint('QJA-0001', '2026-03-08T10:00:00-06:00', 'onTrack', { folio: 'Q-2026-0011', serviceCode: 'SOP-N2' }),
    // 05:00 UTC del 1 de marzo = 23:00 del 28 de febrero en la Ciudad de México
    complaint('QJA-0002', '2026-03-01T05:00:00Z', 'breached', {
      folio: 'Q-2026-0007',
      serviceCode: 'MON-24',
      severity: 'critical',
      title: 'Caída del portal de clientes',
    }),
    complaint('QJA-0003', '2026-02-01T10:00:00-06:00', 'met', { status: 'closed' }),
    complaint('QJA-0004', '2026-03-09T10:00:00-06:00', 'warning', {
      severity: 'medium',
      title: 'Lentitud en reportes',
    }),
    complaint('QJA-0005', '2026-02-20T10:00:00-06:00', 'met', {
      status: 'resolved',
      folio: 'Q-2026-0005',
      severity: 'low',
    }),
    complaint('QJA-0006', '2026-03-02T10:00:00-06:00', 'paused', { folio: 'Q-2026-0008' }),
  ],
  slaCompliance: [
    {
      serviceCode: 'SOP-N2',
      serviceName: 'Soporte nivel 2',
      availabilityTargetPct: 99.5,
      availabilityActualPct: 99.2,
      complaintsWithinSla: 8,
      complaintsTotal: 10,
    },
    {
      serviceCode: 'MON-24',
      serviceName: 'Monitoreo 24x7',
      availabilityTargetPct: 99,
      availabilityActualPct: 99.95,
      complaintsWithinSla: 0,
      complaintsTotal: 0,
    },
    { serviceCode: 'BKP', serviceName: 'Respaldos', complaintsWithinSla: 1, complaintsTotal: 3 },
  ],
  lastSurvey: { campaignName: 'Encuesta anual 2025', csatTop2Pct: 85.5, nps: 40, responses: 20, date: '2025-11-30' },
  changeRequests: [
    changeRequest('SC-000001', { folio: 'CR-2026-0001' }),
    changeRequest('SC-000002', { status: 'closed', requestedOn: '2025-12-01' }),
    changeRequest('SC-000003', {
      kind: 'scope',
      status: 'approved',
      requestedOn: '2026-02-20',
      description: 'Agregar sede Monterrey',
    }),
  ],
  serviceRequests: [
    serviceRequest('SS-000001'),
    serviceRequest('SS-000002', { status: 'done' }),
    serviceRequest('SS-000003', {
      kind: 'modify',
      serviceCode: 'MON-24',
      status: 'submitted',
      requestedOn: '2026-03-01',
      description: 'Monitorear también la VPN',
    }),
  ],
};

describe('Paso 2 — identificar actividades a realizar (agenda de la reunión)', () => {
  it('las secciones van siempre en el mismo orden', () => {
    expect(AGENDA_SECTIONS).toEqual(['agreements', 'complaints', 'slaCompliance', 'lastSurvey', 'pendingRequests']);
  });

  it('seguimiento de acuerdos previos: solo los abiertos, primero los vencidos y luego por fecha compromiso', () => {
    const agenda = buildAgenda(fullInput);
    expect(agenda.agreements.map((a) => [a.key, a.overdue, a.daysOverdue])).toEqual([
      ['ACU-0002', true, 5],
      ['ACU-0004', true, 1],
      ['ACU-0005', false, 0], // vence hoy: todavía no está vencido
      ['ACU-0001', false, 0],
    ]);
  });

  it('los vencidos van primero aunque el orden de entrada sea otro', () => {
    const agenda = buildAgenda({
      ...emptyInput,
      agreements: [
        agreement('ACU-0010', '2026-04-01'),
        agreement('ACU-0011', '2026-03-11'),
        agreement('ACU-0012', '2026-01-01'),
      ],
    });
    expect(agenda.agreements.map((a) => a.key)).toEqual(['ACU-0012', 'ACU-0011', 'ACU-0010']);
  });

  it('quejas abiertas con su antigüedad en días y el estado de su SLA, las más urgentes primero', () => {
    const agenda = buildAgenda(fullInput);
    expect(agenda.complaints.map((c) => [c.key, c.slaState, c.ageDays, c.receivedOn])).toEqual([
      ['QJA-0002', 'breached', 10, '2026-02-28'],
      ['QJA-0004', 'warning', 1, '2026-03-09'],
      ['QJA-0001', 'onTrack', 2, '2026-03-08'],
      ['QJA-0006', 'paused', 8, '2026-03-02'],
      ['QJA-0005', 'met', 18, '2026-02-20'], // resuelta, esperando la confirmación del cliente
    ]);
  });

  it('cumplimiento de SLA por servicio: porcentaje de quejas en tiempo y meta de disponibilidad', () => {
    const agenda = buildAgenda(fullInput);
    expect(agenda.slaCompliance.map((s) => [s.serviceCode, s.availabilityMet, s.complaintsWithinSlaPct])).toEqual([
      ['BKP', undefined, 33.3],
      ['MON-24', true, undefined],
      ['SOP-N2', false, 80],
    ]);
  });

  it('solicitudes pendientes de cambio (F-SGI-032) y de servicio (P-SGI-009), las más antiguas primero', () => {
    const agenda = buildAgenda(fullInput);
    expect(agenda.pendingRequests.map((r) => [r.type, r.key, r.status])).toEqual([
      ['serviceRequest', 'SS-000001', 'inDesign'],
      ['changeRequest', 'SC-000001', 'underEvaluation'],
      ['changeRequest', 'SC-000003', 'approved'],
      ['serviceRequest', 'SS-000003', 'submitted'],
    ]);
  });

  it('agenda completa en español', () => {
    expect(renderAgendaText(buildAgenda(fullInput), es)).toBe(
      [
        'Agenda de la reunión de revisión del servicio — Aceros del Norte (ACME)',
        'Preparada el 10/03/2026 con la información vigente a esa fecha.',
        '',
        '1. Seguimiento de acuerdos abiertos',
        '   - VENCIDO hace 5 días: Revisar el contrato de soporte — responsable: ana.lopez@proveedor.com.mx; fecha compromiso: 05/03/2026.',
        '   - VENCIDO hace 1 día: Confirmar la ventana de mantenimiento — responsable: luis@acme.mx; fecha compromiso: 09/03/2026.',
        '   - Compartir el plan de capacitación — responsable: ana.lopez@proveedor.com.mx; fecha compromiso: 10/03/2026.',
        '   - Enviar el informe mensual de disponibilidad — responsable: ana.lopez@proveedor.com.mx; fecha compromiso: 20/03/2026.',
        '',
        '2. Quejas abiertas',
        '   - Q-2026-0007: Caída del portal de clientes — servicio: MON-24; severidad: Crítica; abierta hace 10 días; SLA: Vencida.',
        '   - sin folio: Lentitud en reportes — servicio: sin servicio asignado; severidad: Media; abierta hace 1 día; SLA: Por vencer.',
        '   - Q-2026-0011: Queja QJA-0001 — servicio: SOP-N2; severidad: Alta; abierta hace 2 días; SLA: En tiempo.',
        '   - Q-2026-0008: Queja QJA-0006 — servicio: sin servicio asignado; severidad: Alta; abierta hace 8 días; SLA: En pausa (esperando al cliente).',
        '   - Q-2026-0005: Queja QJA-0005 — servicio: sin servicio asignado; severidad: Baja; abierta hace 18 días; SLA: Cumplida.',
        '',
        '3. Cumplimiento de SLA',
        '   - Respaldos (BKP) — sin meta ni medición de disponibilidad; quejas atendidas dentro de SLA: 1 de 3 (33.3 %).',
        '   - Monitoreo 24x7 (MON-24) — disponibilidad 99.95 % con meta de 99 %: cumple; sin quejas en el periodo.',
        '   - Soporte nivel 2 (SOP-N2) — disponibilidad 99.2 % con meta de 99.5 %: no cumple; quejas atendidas dentro de SLA: 8 de 10 (80 %).',
        '',
        '4. Última encuesta de satisfacción',
        '   - Encuesta anual 2025 (30/11/2025): satisfacción (CSAT, 4 y 5) 85.5 %; NPS 40; 20 respuestas.',
        '',
        '5. Solicitudes pendientes',
        '   - Solicitud de servicio P-SGI-009 (servicio nuevo, servicio por crear) — en diseño desde el 15/01/2026: Servicio de respaldo en la nube',
        '   - Solicitud de cambio F-SGI-032 CR-2026-0001 (cambio de SLA, servicio SOP-N2) — en evaluación desde el 01/02/2026: Ampliar el horario de soporte a 7x24',
        '   - Solicitud de cambio F-SGI-032 sin folio (cambio de alcance, servicio SOP-N2) — aprobada, por implementar desde el 20/02/2026: Agregar sede Monterrey',
        '   - Solicitud de servicio P-SGI-009 (modificación de servicio, servicio MON-24) — enviada desde el 01/03/2026: Monitorear también la VPN',
        '',
        '6. Asuntos generales',
        '   - ¿Existe alguna queja o desviación en el servicio? (registrar la respuesta en la minuta)',
        '   - Necesidades y requerimientos nuevos del cliente.',
        '',
      ].join('\n'),
    );
  });

  it('la misma agenda en inglés, con fechas AAAA-MM-DD', () => {
    const text = renderAgendaText(buildAgenda(fullInput), en);
    expect(text.split('\n').slice(0, 6)).toEqual([
      'Service review meeting agenda — Aceros del Norte (ACME)',
      'Prepared on 2026-03-10 with the information current on that date.',
      '',
      '1. Follow-up of open agreements',
      '   - OVERDUE by 5 days: Revisar el contrato de soporte — owner: ana.lopez@proveedor.com.mx; due: 2026-03-05.',
      '   - OVERDUE by 1 day: Confirmar la ventana de mantenimiento — owner: luis@acme.mx; due: 2026-03-09.',
    ]);
    expect(text).toContain(
      '   - Q-2026-0007: Caída del portal de clientes — service: MON-24; severity: Critical; open for 10 days; SLA: Breached.',
    );
    expect(text).toContain(
      '   - Soporte nivel 2 (SOP-N2) — availability 99.2% against a 99.5% target: not met; complaints handled within SLA: 8 of 10 (80%).',
    );
    expect(text).toContain(
      '   - Encuesta anual 2025 (2025-11-30): satisfaction (CSAT, 4 and 5) 85.5%; NPS 40; 20 responses.',
    );
    expect(text).toContain('   - Is there any complaint or service deviation? (record the answer in the minutes)');
  });

  it('las secciones vacías lo dicen con palabras, en español y en inglés', () => {
    const agenda = buildAgenda(emptyInput);
    expect(agenda).toMatchObject({
      agreements: [],
      complaints: [],
      slaCompliance: [],
      lastSurvey: null,
      pendingRequests: [],
    });
    const textEs = renderAgendaText(agenda, es);
    for (const sentence of [
      'Sin acuerdos abiertos.',
      'Sin quejas abiertas.',
      'Sin datos de cumplimiento de SLA para el periodo.',
      'Sin encuestas de satisfacción con resultados.',
      'Sin solicitudes pendientes.',
    ]) {
      expect(textEs).toContain(`   ${sentence}`);
    }
    const textEn = renderAgendaText(agenda, en);
    expect(textEn).toContain('   No open agreements.');
    expect(textEn).toContain('   No pending requests.');
    const html = renderAgendaHtml(agenda, es);
    expect(html).toContain('<h3>1. Seguimiento de acuerdos abiertos</h3>\n<p><em>Sin acuerdos abiertos.</em></p>');
  });

  it('una encuesta con una sola respuesta y sin NPS se describe sin inventar cifras', () => {
    const agenda = buildAgenda({
      ...emptyInput,
      lastSurvey: { campaignName: 'Encuesta del proyecto ERP', csatTop2Pct: 100, responses: 1, date: '2026-02-15' },
    });
    expect(renderAgendaText(agenda, es)).toContain(
      '   - Encuesta del proyecto ERP (15/02/2026): satisfacción (CSAT, 4 y 5) 100 %; NPS no medido; 1 respuesta.',
    );
  });

  it('el HTML para la invitación de Outlook usa etiquetas fijas y resalta lo vencido', () => {
    const html = renderAgendaHtml(buildAgenda(fullInput), es);
    expect(
      html.startsWith('<div>\n<h2>Agenda de la reunión de revisión del servicio — Aceros del Norte (ACME)</h2>'),
    ).toBe(true);
    expect(html).toContain(
      '<li><strong>VENCIDO hace 5 días: Revisar el contrato de soporte — responsable: ana.lopez@proveedor.com.mx; fecha compromiso: 05/03/2026.</strong></li>',
    );
    expect(html).toContain(
      '<li>Compartir el plan de capacitación — responsable: ana.lopez@proveedor.com.mx; fecha compromiso: 10/03/2026.</li>',
    );
    expect(html.endsWith('</div>')).toBe(true);
  });

  describe('seguridad: el texto del cliente nunca se convierte en HTML', () => {
    const attack = '<img src=x onerror=alert(1)>';
    const quotes = `"'&`;
    const hostile: AgendaInput = {
      ...emptyInput,
      client: { code: 'ACME', name: `${attack} ${quotes}` },
      agreements: [agreement('ACU-0666', '2026-03-01', { description: `${attack} ${quotes}`, owner: 'x@acme.mx' })],
      complaints: [
        complaint('QJA-0666', '2026-03-01T10:00:00-06:00', 'warning', { title: '</li><script>alert(1)</script>' }),
      ],
      slaCompliance: [
        { serviceCode: 'SOP', serviceName: '<b onmouseover="x">SLA</b>', complaintsWithinSla: 0, complaintsTotal: 0 },
      ],
      lastSurvey: { campaignName: "Encuesta <a href='javascript:alert(1)'>", responses: 3, date: '2026-01-01' },
      changeRequests: [changeRequest('SC-000666', { description: '<iframe src="//evil"></iframe>' })],
      serviceRequests: [serviceRequest('SS-000666', { description: '<svg/onload=alert(1)>' })],
    };

    it.each(LOCALES)('en %s los datos aparecen escapados y solo hay etiquetas fijas sin atributos', (locale) => {
      const html = renderAgendaHtml(buildAgenda(hostile), createTranslator(locale));
      expect(html).not.toMatch(/<img|<script|<iframe|<svg|<a |<b /i);
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &quot;&#39;&amp;');
      expect(html).toContain('&lt;/li&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain('&lt;b onmouseover=&quot;x&quot;&gt;SLA&lt;/b&gt;');
      expect(html).toContain('Encuesta &lt;a href=&#39;javascript:alert(1)&#39;&gt;');
      const tags = [...html.matchAll(/<\/?([^\s>/]+)([^>]*)>/g)];
      for (const [, name, attributes] of tags) {
        expect(['div', 'h2', 'h3', 'p', 'ul', 'li', 'strong', 'em']).toContain(name);
        expect(attributes).toBe('');
      }
      // sin ampersands sueltos: cada & inicia una entidad
      expect(html).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
    });

    it('el texto plano conserva el dato tal cual y las llaves de interpolación no se interpretan', () => {
      const agenda = buildAgenda({
        ...hostile,
        client: { code: 'ACME', name: `${attack} {{code}} $t(meeting:agenda.title)` },
      });
      const text = renderAgendaText(agenda, es);
      expect(text).toContain(`${attack} {{code}} $t(meeting:agenda.title) (ACME)`);
      expect(text).toContain(`${attack} ${quotes}`);
    });

    it('escapeHtml escapa los cinco caracteres especiales', () => {
      expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    });

    it('los saltos de línea del texto capturado no rompen la lista', () => {
      const agenda = buildAgenda({
        ...emptyInput,
        agreements: [agreement('ACU-0777', '2026-04-01', { description: 'uno\r\ndos\n\ntres' })],
      });
      expect(renderAgendaText(agenda, es)).toContain('   - uno dos tres — responsable:');
    });
  });

  describe('datos que no corresponden', () => {
    it('un registro de otro cliente detiene la agenda para no mezclar información', () => {
      expectDomainError(
        () => buildAgenda({ ...emptyInput, agreements: [agreement('ACU-0888', '2026-04-01', { clientCode: 'OTRO' })] }),
        'AGENDA.FOREIGN_ITEM',
      );
      expectDomainError(
        () =>
          buildAgenda({
            ...emptyInput,
            complaints: [complaint('QJA-0888', '2026-03-01T10:00:00Z', 'onTrack', { clientCode: 'OTRO' })],
          }),
        'AGENDA.FOREIGN_ITEM',
      );
      expectDomainError(
        () => buildAgenda({ ...emptyInput, serviceRequests: [serviceRequest('SS-000888', { clientCode: 'OTRO' })] }),
        'AGENDA.FOREIGN_ITEM',
      );
    });

    it('cifras de SLA o de encuesta imposibles se rechazan como datos inválidos', () => {
      expectDomainError(
        () =>
          buildAgenda({
            ...emptyInput,
            slaCompliance: [{ serviceCode: 'SOP', serviceName: 'Soporte', complaintsWithinSla: 5, complaintsTotal: 3 }],
          }),
        'VALIDATION.INVALID_INPUT',
      );
      expectDomainError(
        () =>
          buildAgenda({ ...emptyInput, lastSurvey: { campaignName: 'X', nps: 150, responses: 3, date: '2026-01-01' } }),
        'VALIDATION.INVALID_INPUT',
      );
      expectDomainError(() => buildAgenda({ ...emptyInput, today: '2026-3-10' }), 'MEETING.INVALID_DATE');
    });
  });

  it.each([
    'MEETING.INVALID_DATE',
    'MEETING.INVALID_DUE_SOON_WINDOW',
    'MEETING.INVALID_RECURRENCE',
    'MEETING.UNSUPPORTED_RECURRENCE',
    'MEETING.RECURRENCE_ENDS_BEFORE_START',
    'MEETING.INVALID_OCCURRENCE_COUNT',
    'AGENDA.FOREIGN_ITEM',
  ])('el código de error %s tiene mensaje en español y en inglés', (code) => {
    for (const locale of LOCALES) expect(hasKey(locale, `errors:${code}`)).toBe(true);
  });
});
