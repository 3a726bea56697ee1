/** The thin Office.js entry of the task pane, against office-addin-mock fakes of the global `Office`. */
import { fakeOffice } from './support/office-mock';
import { detectHostContext, pickLocale, pickThemeMode } from '../../../src/hosts/taskpane/host-context';
import { officeGlobal, readOfficeFacts, waitForOffice } from '../../../src/hosts/taskpane/office-host';

describe('waitForOffice', () => {
  it('sin office.js (CDN bloqueado, navegador sin conexión) responde null de inmediato', async () => {
    await expect(waitForOffice(undefined, 50)).resolves.toBeNull();
  });

  it('devuelve el anfitrión que da Office.onReady', async () => {
    await expect(waitForOffice(fakeOffice('Excel'), 1000)).resolves.toEqual({ host: 'Excel' });
    await expect(waitForOffice(fakeOffice(null), 1000)).resolves.toEqual({ host: null });
  });

  it('si Office.onReady no responde a tiempo, el panel sigue como navegador', async () => {
    jest.useFakeTimers();
    try {
      const never = { onReady: () => new Promise<{ host: unknown }>(() => undefined) };
      const pending = waitForOffice(never, 5000);
      jest.advanceTimersByTime(5000);
      await expect(pending).resolves.toBeNull();
    } finally {
      jest.useRealTimers();
    }
  });

  it('si Office.onReady falla, el panel sigue como navegador', async () => {
    const failing = { onReady: () => Promise.reject(new Error('office.js broke')) };
    await expect(waitForOffice(failing, 1000)).resolves.toBeNull();
  });
});

describe('readOfficeFacts', () => {
  it('en Outlook lee el tipo de elemento, el idioma y el fondo del tema', async () => {
    const office = fakeOffice('Outlook', {
      displayLanguage: 'en-US',
      mailbox: { item: { itemType: 'message' } },
      officeTheme: { bodyBackgroundColor: '#1f1f1f' },
    });
    const facts = readOfficeFacts(office, await waitForOffice(office, 1000));
    expect(facts).toEqual({
      info: { host: 'Outlook' },
      mailboxItem: { itemType: 'message' },
      displayLanguage: 'en-US',
      officeTheme: { bodyBackgroundColor: '#1f1f1f' },
    });

    const context = detectHostContext(facts.info, facts.mailboxItem, 'https://localhost:3000/taskpane.html');
    expect(context).toEqual({ host: 'outlook', outlookMode: 'message', mode: 'complaint' });
    expect(pickLocale({ officeDisplayLanguage: facts.displayLanguage, navigatorLanguage: 'es-MX' })).toBe('en');
    expect(pickThemeMode(facts.officeTheme, false)).toBe('dark');
  });

  it('en una cita de Outlook el panel abre «Reunión de revisión»', async () => {
    const office = fakeOffice('Outlook', { displayLanguage: 'es-MX', mailbox: { item: { itemType: 'appointment' } } });
    const facts = readOfficeFacts(office, await waitForOffice(office, 1000));
    expect(detectHostContext(facts.info, facts.mailboxItem, 'https://localhost:3000/taskpane.html')).toEqual({
      host: 'outlook',
      outlookMode: 'appointment',
      mode: 'meeting',
    });
  });

  it('en Excel lee isDarkTheme y no busca buzón', async () => {
    const office = fakeOffice('Excel', {
      displayLanguage: 'es-MX',
      officeTheme: { isDarkTheme: true, bodyBackgroundColor: '#262626' },
    });
    const facts = readOfficeFacts(office, await waitForOffice(office, 1000));
    expect(facts).toEqual({
      info: { host: 'Excel' },
      displayLanguage: 'es-MX',
      officeTheme: { isDarkTheme: true, bodyBackgroundColor: '#262626' },
    });
    expect(pickThemeMode(facts.officeTheme, false)).toBe('dark');
  });

  it('sin Office, o si Office no respondió, no lee nada', () => {
    expect(readOfficeFacts(undefined, null)).toEqual({ info: null });
    expect(readOfficeFacts(fakeOffice('Excel', { displayLanguage: 'en-US' }), null)).toEqual({ info: null });
  });

  it('un getter de Office que lanza (requisito no soportado) cuenta como ausente', () => {
    const context = {
      displayLanguage: 'en-US',
      get officeTheme(): never {
        throw new Error('API not supported');
      },
    };
    expect(readOfficeFacts({ onReady: () => ({ host: 'Outlook' }), context }, { host: 'Outlook' })).toEqual({
      info: { host: 'Outlook' },
      displayLanguage: 'en-US',
    });
  });
});

describe('officeGlobal', () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it('es undefined cuando office.js no cargó', () => {
    expect(officeGlobal()).toBeUndefined();
  });

  it('devuelve el Office global cuando existe', () => {
    const office = fakeOffice('Excel');
    (globalThis as { Office?: unknown }).Office = office;
    expect(officeGlobal()).toBe(office);
  });
});
