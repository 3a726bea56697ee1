/**
 * The shell rendered to HTML (react-dom/server, no browser) for the Office hosts the e2e test cannot
 * reach: Outlook read mode opens on Quejas with «Registrar queja», an appointment on Reuniones with
 * «Reunión de revisión», Excel says what the workbook actions are.
 */
import { renderToString } from 'react-dom/server';
import { App } from '../../../src/hosts/taskpane/app';
import { ErrorBoundary } from '../../../src/hosts/taskpane/error-boundary';
import type { HostContext } from '../../../src/hosts/taskpane/host-context';
import type { Locale } from '../../../src/i18n';

function render(context: HostContext, locale: Locale = 'es-MX'): string {
  return renderToString(<App context={context} locale={locale} themeMode="light" followSystemTheme={false} />);
}

/** The text of the tab marked aria-selected="true". */
function selectedTab(html: string): string | undefined {
  return /<button[^>]*aria-selected="true"[^>]*id="tab-(\w+)"|<button[^>]*id="tab-(\w+)"[^>]*aria-selected="true"/
    .exec(html)
    ?.slice(1)
    .find((group) => group !== undefined);
}

describe('el panel según el anfitrión', () => {
  it('en un correo de Outlook abre Quejas con «Registrar queja» desde este correo', () => {
    const html = render({ host: 'outlook', outlookMode: 'message', mode: 'complaint' });
    expect(selectedTab(html)).toBe('complaints');
    expect(html).toContain('Registrar queja');
    expect(html).toContain('Desde este correo');
    expect(html).toContain('Outlook</');
    expect(html).toContain('Conecte con Microsoft 365 para ver las quejas');
  });

  it('en una cita de Outlook abre Reuniones con «Reunión de revisión»', () => {
    const html = render({ host: 'outlook', outlookMode: 'appointment', mode: 'meeting' });
    expect(selectedTab(html)).toBe('meetings');
    expect(html).toContain('Reunión de revisión');
    expect(html).toContain('Desde esta cita');
  });

  it('en Excel abre Inicio y explica lo que hará en el libro abierto', () => {
    const html = render({ host: 'excel' });
    expect(selectedTab(html)).toBe('home');
    expect(html).toContain('En Excel: la bitácora de quejas como tabla');
    expect(html).not.toContain('Registrar queja');
  });

  it('en inglés no queda ninguna clave sin traducir', () => {
    const html = render({ host: 'outlook', outlookMode: 'message', mode: 'complaint' }, 'en');
    expect(html).toContain('Log complaint');
    expect(html).toContain('From this email');
    expect(html).not.toMatch(/\bui:|area\.\w+\.\w+/);
  });

  it('tiene los puntos de referencia y etiquetas accesibles: banner, navegación, contenido, pestañas', () => {
    const html = render({ host: 'browser' });
    expect(html).toMatch(/<header[^>]*>/);
    expect(html).toMatch(/<nav[^>]*aria-label="Áreas del proceso"/);
    expect(html).toMatch(/<main[^>]*id="contenido"/);
    expect(html).toMatch(/role="tablist"/);
    expect(html.match(/role="tab"/g)).toHaveLength(8);
    expect(html).toMatch(
      /role="tabpanel"[^>]*aria-labelledby="tab-home"|aria-labelledby="tab-home"[^>]*role="tabpanel"/,
    );
  });
});

describe('ErrorBoundary', () => {
  /** What the boundary shows once React has caught a render error (server rendering does not run boundaries). */
  function fallbackOf(boundary: ErrorBoundary): string {
    boundary.state = ErrorBoundary.getDerivedStateFromError();
    return renderToString(<>{boundary.render()}</>);
  }

  it('un área que falla muestra un mensaje en español con el nombre del área, como alerta', () => {
    const boundary = new ErrorBoundary({
      locale: 'es-MX',
      code: 'UI.AREA_FAILED',
      params: { area: 'Quejas' },
      children: null,
    });
    const html = fallbackOf(boundary);
    expect(html).toContain('role="alert"');
    expect(html).toContain('No se pudo mostrar el área «Quejas»');
  });

  it('el fallo de toda la aplicación se explica en el idioma elegido', () => {
    const boundary = new ErrorBoundary({ locale: 'en', code: 'UI.APP_FAILED', children: null });
    expect(fallbackOf(boundary)).toContain('Relaciones could not start');
  });
});
