/**
 * How the CLI decides where to connect (flags > RELACIONES_* > relaciones.config.json > the local
 * emulator), how it maps error codes to exit codes, and how it keeps terminal output inert.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_GRAPH_URL,
  DEFAULT_USER,
  environmentLayer,
  resolveConnection,
} from '../../../../src/adapters/graph/connection/connection-settings';
import { parseComplaintStatus } from '../../../../src/hosts/cli/commands/complaints.command';
import { todayInMexico } from '../../../../src/hosts/cli/commands/command-context';
import { configFileLayer, connectionSettings, formatLogEntry, nodeFetch } from '../../../../src/hosts/cli/connection';
import { createTranslator } from '../../../../src/i18n';
import { exitCodeFor } from '../../../../src/hosts/cli/error-exit';
import { EXIT } from '../../../../src/hosts/cli/exit-codes';
import { printable } from '../../../../src/hosts/cli/output';

describe('connection settings', () => {
  it('defaults to the local emulator as lider@', () => {
    expect(resolveConnection()).toMatchObject({
      graphUrl: DEFAULT_GRAPH_URL,
      user: DEFAULT_USER,
      site: undefined,
      isMicrosoftGraph: false,
    });
  });

  it('takes flags over the environment over the config file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'relaciones-config-'));
    writeFileSync(
      join(dir, 'relaciones.config.json'),
      JSON.stringify({ graphUrl: 'https://localhost:3100', site: 'from-file', user: 'file@relaciones.example' }),
    );
    const file = configFileLayer({}, dir);
    const env = environmentLayer({ RELACIONES_SITE: 'from-env', RELACIONES_USER: ' ' });
    expect(resolveConnection({}, env, file)).toMatchObject({
      graphUrl: 'https://localhost:3100',
      site: 'from-env',
      user: 'file@relaciones.example',
    });
    expect(resolveConnection({ site: 'from-flag' }, env, file).site).toBe('from-flag');
  });

  it('reads RELACIONES_CONFIG when given, and reports a broken file as CONFIG.FILE_INVALID', () => {
    const dir = mkdtempSync(join(tmpdir(), 'relaciones-config-'));
    const broken = join(dir, 'otro.json');
    writeFileSync(broken, '{ "graphUrl": ');
    expect(() => configFileLayer({ RELACIONES_CONFIG: broken }, dir)).toThrow(
      expect.objectContaining({ code: 'CONFIG.FILE_INVALID' }),
    );
    writeFileSync(broken, JSON.stringify({ graphURL: 'x' }));
    expect(() => configFileLayer({ RELACIONES_CONFIG: broken }, dir)).toThrow(
      expect.objectContaining({ code: 'CONFIG.FILE_INVALID' }),
    );
  });

  it('Microsoft Graph needs https and a client id; the emulator needs neither', () => {
    expect(() => resolveConnection({ graphUrl: 'https://graph.microsoft.com' })).toThrow(
      expect.objectContaining({ code: 'CONFIG.CLIENT_ID_REQUIRED' }),
    );
    expect(resolveConnection({ graphUrl: 'https://graph.microsoft.com/v1.0/', clientId: 'abc' })).toMatchObject({
      graphUrl: 'https://graph.microsoft.com',
      isMicrosoftGraph: true,
    });
    expect(() => resolveConnection({ graphUrl: 'http://graph.microsoft.com', clientId: 'abc' })).toThrow(
      expect.objectContaining({ code: 'CONFIG.INVALID' }),
    );
    expect(() => resolveConnection({ graphUrl: 'ftp://localhost' })).toThrow(
      expect.objectContaining({ code: 'CONFIG.INVALID' }),
    );
    expect(() => resolveConnection({ user: 'sin arroba' })).toThrow(
      expect.objectContaining({ code: 'CONFIG.INVALID' }),
    );
  });

  it('a local https emulator without its certificate is CONFIG.CERTIFICATE_MISSING, naming the file', () => {
    const settings = connectionSettings({ graphUrl: 'https://localhost:3000' }, {});
    expect(() => nodeFetch(settings, { data: join(tmpdir(), 'no-existe') }, {})).toThrow(
      expect.objectContaining({ code: 'CONFIG.CERTIFICATE_MISSING' }),
    );
  });
});

describe('exit codes', () => {
  it.each([
    ['CONFIG.INVALID', EXIT.usage],
    ['VALIDATION.INVALID_INPUT', EXIT.validation],
    ['CLIENT_IMPORT.UNREADABLE_FILE', EXIT.validation],
    ['RECORD.UNINDEXED_FILTER', EXIT.validation],
    ['RECORD.CONFLICT', EXIT.conflict],
    ['GRAPH.PRECONDITION_FAILED', EXIT.conflict],
    ['GRAPH.UNAUTHORIZED', EXIT.auth],
    ['GRAPH.FORBIDDEN', EXIT.auth],
    ['AUTH.SIGN_IN_FAILED', EXIT.auth],
    ['GRAPH.NETWORK', EXIT.network],
    ['GRAPH.THROTTLED', EXIT.network],
    ['GRAPH.UNAVAILABLE', EXIT.network],
    ['PROVISION.MISMATCH', EXIT.failure],
  ] as const)('%s → %i', (code, exit) => {
    expect(exitCodeFor(code)).toBe(exit);
  });
});

describe('terminal output', () => {
  it('shows control characters as escapes so a value cannot drive the terminal', () => {
    expect(printable('Acme\u001b[31m rojo\u0007')).toBe('Acme\\u001b[31m rojo\\u0007');
    expect(printable('D\'Alba <img> "x" ñ\ttab')).toBe('D\'Alba <img> "x" ñ\ttab');
  });

  it('accepts complaint statuses in Spanish or English, with or without accents and dashes', () => {
    expect(parseComplaintStatus('En atención')).toBe('inProgress');
    expect(parseComplaintStatus('en-atencion')).toBe('inProgress');
    expect(parseComplaintStatus('in_progress')).toBe('inProgress');
    expect(parseComplaintStatus('CERRADA')).toBe('closed');
    expect(parseComplaintStatus('olvidada')).toBeUndefined();
  });

  it('dates the demo in Mexico City', () => {
    expect(todayInMexico(new Date('2026-11-28T05:00:00Z'))).toBe('2026-11-27');
    expect(todayInMexico(new Date('2026-11-28T07:00:00Z'))).toBe('2026-11-28');
  });
});

describe('--verbose', () => {
  it('writes one line per Graph attempt in the reader’s language, with both request ids', () => {
    const entry = {
      method: 'GET',
      url: 'https://localhost:3000/v1.0/sites/root',
      status: 429,
      clientRequestId: 'c-1',
      requestId: 'r-1',
      durationMs: 12,
      attempt: 2,
    };
    expect(formatLogEntry(entry, createTranslator('es-MX'))).toBe(
      '[graph] GET /v1.0/sites/root → 429 en 12 ms (intento 2; client-request-id c-1; request-id r-1)',
    );
    expect(formatLogEntry({ ...entry, status: 0, error: 'fetch failed' }, createTranslator('en'))).toContain(
      '→ fetch failed in 12 ms (attempt 2',
    );
  });
});
