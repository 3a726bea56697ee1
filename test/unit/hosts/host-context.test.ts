/** The pure decisions of the task pane: host, launch mode, first area, language and theme. */
import {
  AREA_IDS,
  detectHostContext,
  initialArea,
  luminance,
  pickLocale,
  pickThemeMode,
} from '../../../src/hosts/taskpane/host-context';

const PANE = 'https://localhost:3000/taskpane.html';

describe('detectHostContext', () => {
  it('en un navegador sin Office (onReady sin host o sin office.js) el anfitrión es «browser»', () => {
    expect(detectHostContext(null, undefined, PANE)).toEqual({ host: 'browser' });
    expect(detectHostContext({ host: null }, undefined, PANE)).toEqual({ host: 'browser' });
  });

  it('reconoce Excel y Outlook por el HostType de Office.onReady', () => {
    expect(detectHostContext({ host: 'Excel' }, undefined, PANE)).toEqual({ host: 'excel' });
    expect(detectHostContext({ host: 'Outlook' }, undefined, PANE)).toEqual({ host: 'outlook' });
  });

  it('un anfitrión que Relaciones no atiende (Word) funciona como navegador', () => {
    expect(detectHostContext({ host: 'Word' }, undefined, PANE)).toEqual({ host: 'browser' });
  });

  it('en Outlook, un correo abre «Registrar queja» y una cita abre «Reunión de revisión»', () => {
    expect(detectHostContext({ host: 'Outlook' }, { itemType: 'message' }, PANE)).toEqual({
      host: 'outlook',
      outlookMode: 'message',
      mode: 'complaint',
    });
    expect(detectHostContext({ host: 'Outlook' }, { itemType: 'appointment' }, PANE)).toEqual({
      host: 'outlook',
      outlookMode: 'appointment',
      mode: 'meeting',
    });
  });

  it('?mode= de la URL del manifiesto manda sobre el tipo de elemento y vale en cualquier anfitrión', () => {
    expect(detectHostContext({ host: 'Outlook' }, { itemType: 'message' }, `${PANE}?mode=meeting`)).toEqual({
      host: 'outlook',
      outlookMode: 'message',
      mode: 'meeting',
    });
    expect(detectHostContext(null, undefined, new URL(`${PANE}?mode=complaint`))).toEqual({
      host: 'browser',
      mode: 'complaint',
    });
    expect(detectHostContext({ host: 'Excel' }, undefined, `${PANE}?mode=MEETING`)).toEqual({
      host: 'excel',
      mode: 'meeting',
    });
  });

  it('ignora un ?mode= desconocido y un tipo de elemento desconocido', () => {
    expect(detectHostContext(null, undefined, `${PANE}?mode=delete-everything`)).toEqual({ host: 'browser' });
    expect(detectHostContext({ host: 'Outlook' }, { itemType: 'task' }, PANE)).toEqual({ host: 'outlook' });
    expect(detectHostContext({ host: 'Outlook' }, null, 'not a url ::')).toEqual({ host: 'outlook' });
  });
});

describe('initialArea', () => {
  it('una queja abre Quejas, una reunión abre Reuniones y lo demás abre Inicio', () => {
    expect(initialArea({ host: 'outlook', outlookMode: 'message', mode: 'complaint' })).toBe('complaints');
    expect(initialArea({ host: 'outlook', outlookMode: 'appointment', mode: 'meeting' })).toBe('meetings');
    expect(initialArea({ host: 'excel' })).toBe('home');
    expect(initialArea({ host: 'browser' })).toBe('home');
  });

  it('las áreas siguen el orden de los pasos del proceso', () => {
    expect(AREA_IDS).toEqual([
      'home',
      'clients',
      'meetings',
      'complaints',
      'surveys',
      'requests',
      'reviews',
      'reports',
    ]);
  });
});

describe('pickLocale', () => {
  it('español (es-MX) por omisión', () => {
    expect(pickLocale({})).toBe('es-MX');
    expect(pickLocale({ query: '', officeDisplayLanguage: '  ', navigatorLanguage: null })).toBe('es-MX');
  });

  it('en Office manda el idioma de presentación de Office sobre el del navegador', () => {
    expect(pickLocale({ officeDisplayLanguage: 'en-US', navigatorLanguage: 'es-MX' })).toBe('en');
    expect(pickLocale({ officeDisplayLanguage: 'es-ES', navigatorLanguage: 'en-GB' })).toBe('es-MX');
  });

  it('fuera de Office usa el idioma del navegador; cualquier es-* es es-MX y lo demás inglés', () => {
    expect(pickLocale({ navigatorLanguage: 'es-AR' })).toBe('es-MX');
    expect(pickLocale({ navigatorLanguage: 'en-US' })).toBe('en');
    expect(pickLocale({ navigatorLanguage: 'fr-FR' })).toBe('en');
  });

  it('?lang= de la URL es una elección explícita y gana', () => {
    expect(pickLocale({ query: 'en', officeDisplayLanguage: 'es-MX', navigatorLanguage: 'es-MX' })).toBe('en');
    expect(pickLocale({ query: 'es', officeDisplayLanguage: 'en-US' })).toBe('es-MX');
  });
});

describe('pickThemeMode', () => {
  it('usa isDarkTheme de Office cuando existe (Excel)', () => {
    expect(pickThemeMode({ isDarkTheme: true, bodyBackgroundColor: '#ffffff' }, false)).toBe('dark');
    expect(pickThemeMode({ isDarkTheme: false }, true)).toBe('light');
  });

  it('en Outlook (sin isDarkTheme) decide por el color de fondo de Office', () => {
    expect(pickThemeMode({ bodyBackgroundColor: '#1F1F1F' }, false)).toBe('dark');
    expect(pickThemeMode({ bodyBackgroundColor: '#FFFFFF' }, true)).toBe('light');
    expect(pickThemeMode({ bodyBackgroundColor: '#444' }, false)).toBe('dark');
    expect(pickThemeMode({ bodyBackgroundColor: '#E6E6E6' }, true)).toBe('light');
  });

  it('sin tema de Office (o con un color ilegible) sigue prefers-color-scheme del sistema', () => {
    expect(pickThemeMode(undefined, true)).toBe('dark');
    expect(pickThemeMode(null, false)).toBe('light');
    expect(pickThemeMode({ bodyBackgroundColor: 'transparent' }, true)).toBe('dark');
  });

  it('luminance sigue la fórmula de WCAG', () => {
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#fff')).toBeCloseTo(1, 6);
    expect(luminance('#808080')).toBeCloseTo(0.2159, 3);
    expect(luminance('blue-ish')).toBeNull();
  });
});
