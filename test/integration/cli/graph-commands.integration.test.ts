/**
 * The CLI's Graph commands end to end against the emulator, through `main()` exactly as
 * `npx relaciones` runs them: provision, seed --demo, clients import/list, complaints list,
 * sync — their `--json` contracts (README "Interfaces others rely on") and exit codes.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../../src/hosts/cli/exit-codes';
import { main, type CliIo } from '../../../src/hosts/cli/main';
import { startHarness, type EmulatorHarness } from '../emulator/support/emulator-harness';

let h: EmulatorHarness;
let env: NodeJS.ProcessEnv;
const work = mkdtempSync(join(tmpdir(), 'relaciones-cli-'));

interface Run {
  code: number;
  out: string;
  err: string;
  json: <T = unknown>() => T;
}

async function run(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    untilStopped: () => new Promise(() => undefined),
  };
  const code = await main(argv, env, io);
  return { code, out: out.join('\n'), err: err.join('\n'), json: <T>() => JSON.parse(out.join('\n')) as T };
}

function csv(name: string, lines: string[]): string {
  const file = join(work, name);
  writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
  return file;
}

const HEADER = 'Código;Nombre;Dominios;Comercial;Líder;Periodicidad';

interface ClientJson {
  code: string;
  name: string;
  emailDomains: string[];
  accountOwner: string;
  deliveryLead: string;
  cadence: string;
  status: string;
}

beforeAll(async () => {
  h = await startHarness();
  env = { RELACIONES_GRAPH_URL: h.url, RELACIONES_CA_FILE: h.emulator.certFile, LANG: 'es_MX.UTF-8' };
});

afterAll(async () => {
  await h.stop();
});

describe('provision and seed', () => {
  it('provision creates the 14 lists, and a second run changes nothing', async () => {
    const first = await run('provision', '--json');
    expect(first.code).toBe(EXIT.ok);
    expect(first.json<{ created: string[] }>().created).toHaveLength(14);
    await h.admin('POST', '/emulator/stats/reset');
    const second = await run('provision', '--json');
    expect(second.json<{ created: string[]; unchanged: string[] }>()).toMatchObject({
      created: [],
      unchanged: expect.any(Array),
    });
    const stats = (await h.admin('GET', '/emulator/stats')).body as { byMethod: Record<string, number> };
    expect(Object.keys(stats.byMethod)).toEqual(['GET']);
  });

  it('seed without --demo is a usage error', async () => {
    expect((await run('seed')).code).toBe(EXIT.usage);
  });

  it('seed --demo loads the organisation through the repositories; again, it creates nothing', async () => {
    const first = await run('seed', '--demo', '--today', '2026-11-28', '--json');
    expect(first.code).toBe(EXIT.ok);
    const counts = first.json<{ created: number; existing: number; byType: Record<string, { created: number }> }>();
    expect(counts.created).toBeGreaterThan(1000);
    expect(counts.byType.clients?.created).toBeGreaterThanOrEqual(38);
    const again = await run('seed', '--demo', '--today', '2026-11-28', '--json');
    expect(again.json<{ created: number; existing: number }>()).toMatchObject({ created: 0, existing: counts.created });
  }, 120_000);
});

describe('clients', () => {
  it('clients list --json gives the documented fields', async () => {
    const result = await run('clients', 'list', '--json');
    expect(result.code).toBe(EXIT.ok);
    const clients = result.json<ClientJson[]>();
    expect(clients.length).toBeGreaterThanOrEqual(38);
    for (const client of clients) {
      expect(Object.keys(client)).toEqual(
        expect.arrayContaining(['code', 'name', 'emailDomains', 'accountOwner', 'deliveryLead', 'cadence', 'status']),
      );
    }
  });

  it('imports text exactly as given (HTML, quotes, formula-looking) and re-import changes nothing', async () => {
    const file = csv('especiales.csv', [
      HEADER,
      'XSS1;<img src=x onerror=alert(1)>;xss1.mx;comercial@relaciones.example;lider@relaciones.example;mensual',
      `QUOTE1;"Constructora D'Alba ""La Buena"", S.A.";dalba-buena.mx;comercial@relaciones.example;lider@relaciones.example;anual`,
      'FORM1;=HYPERLINK("http://x","y");form1.mx,form1.com;comercial@relaciones.example;lider@relaciones.example;trimestral',
      'FORM2;+52 55 1234;form2.mx;comercial@relaciones.example;lider@relaciones.example;semestral',
      'FORM3;-10;form3.mx;comercial@relaciones.example;lider@relaciones.example;bimestral',
      'FORM4;@SUM(A1);form4.mx;comercial@relaciones.example;lider@relaciones.example;Mensual',
    ]);
    const first = await run('clients', 'import', file, '--json');
    expect(first.code).toBe(EXIT.ok);
    expect(first.json()).toMatchObject({ imported: 6, updated: 0, errors: [] });
    const clients = (await run('clients', 'list', '--json')).json<ClientJson[]>();
    const byCode = new Map(clients.map((c) => [c.code, c]));
    expect(byCode.get('XSS1')?.name).toBe('<img src=x onerror=alert(1)>');
    expect(byCode.get('QUOTE1')?.name).toBe(`Constructora D'Alba "La Buena", S.A.`);
    expect(byCode.get('FORM1')).toMatchObject({
      name: '=HYPERLINK("http://x","y")',
      emailDomains: ['form1.mx', 'form1.com'],
    });
    expect(byCode.get('FORM2')?.name).toBe('+52 55 1234');
    expect(byCode.get('FORM3')?.name).toBe('-10');
    expect(byCode.get('FORM4')).toMatchObject({ name: '@SUM(A1)', cadence: 'monthly' });
    expect((await run('clients', 'import', file, '--json')).json()).toMatchObject({
      imported: 0,
      updated: 0,
      errors: [],
    });
  });

  it('a file with a bad row writes nothing, names the line, and exits 3', async () => {
    const before = (await run('clients', 'list', '--json')).json<ClientJson[]>().length;
    const file = csv('mala.csv', [
      HEADER,
      'GOOD1;Bueno;good1.mx;comercial@relaciones.example;lider@relaciones.example;mensual',
      'GOOD2;Bueno 2;good2.mx;comercial@relaciones.example;lider@relaciones.example;cada rato',
    ]);
    const result = await run('clients', 'import', file, '--json');
    expect(result.code).toBe(EXIT.validation);
    const body = result.json<{ imported: number; errors: { line: number; code: string; message: string }[] }>();
    expect(body.imported).toBe(0);
    expect(body.errors).toEqual([expect.objectContaining({ line: 3, code: 'CLIENT_IMPORT.INVALID_ROW' })]);
    expect(body.errors[0]?.message).toMatch(/Fila 3/);
    expect((await run('clients', 'list', '--json')).json<ClientJson[]>()).toHaveLength(before);
    const people = await run('clients', 'import', file);
    expect(people.err).toMatch(/Fila 3.*Periodicidad/);
  });

  it('imports a 10 000-row file through $batch', async () => {
    const lines = [HEADER];
    for (let i = 0; i < 10_000; i += 1) {
      lines.push(
        `BIG${i};Cliente masivo ${i};big${i}.com.mx;comercial@relaciones.example;lider@relaciones.example;anual`,
      );
    }
    const file = csv('grande.csv', lines);
    await h.admin('POST', '/emulator/stats/reset');
    const result = await run('clients', 'import', file, '--json');
    expect(result.code).toBe(EXIT.ok);
    expect(result.json()).toMatchObject({ imported: 10_000, updated: 0, errors: [] });
    const stats = (await h.admin('GET', '/emulator/stats')).body as { byRoute: Record<string, number> };
    expect(stats.byRoute['POST /v1.0/$batch']).toBe(500);
  }, 180_000);
});

describe('complaints', () => {
  it('complaints list --json filters by Spanish status and by client', async () => {
    const all = (await run('complaints', 'list', '--json')).json<{ id: string; client: string; status: string }[]>();
    expect(all.length).toBeGreaterThan(10);
    for (const row of all)
      expect(Object.keys(row)).toEqual(expect.arrayContaining(['id', 'client', 'status', 'severity', 'receivedOn']));
    const closed = (await run('complaints', 'list', '--json', '--status', 'cerrada')).json<{ status: string }[]>();
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.every((c) => c.status === 'closed')).toBe(true);
    const client = all[0]?.client ?? '';
    const mine = (await run('complaints', 'list', '--json', '--client', client)).json<{ client: string }[]>();
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((c) => c.client === client)).toBe(true);
  });

  it('an unknown status is a usage error', async () => {
    const result = await run('complaints', 'list', '--status', 'olvidada');
    expect(result.code).toBe(EXIT.usage);
    expect(result.err).toMatch(/olvidada/);
  });
});

describe('sync', () => {
  it('a first sync copies everything; the second, on an unchanged site, copies nothing', async () => {
    const state = join(work, 'sync');
    const first = (await run('sync', '--json', '--state', state)).json<{
      lists: { changed: number; mode: string }[];
    }>();
    expect(first.lists).toHaveLength(14);
    expect(first.lists.every((l) => l.mode === 'full')).toBe(true);
    await h.admin('POST', '/emulator/stats/reset');
    const second = (await run('sync', '--json', '--state', state)).json<{
      lists: { changed: number; mode: string }[];
    }>();
    expect(second.lists.every((l) => l.mode === 'incremental' && l.changed === 0)).toBe(true);
    const stats = (await h.admin('GET', '/emulator/stats')).body as { byRoute: Record<string, number> };
    expect(stats.byRoute['GET /v1.0/sites/{site}/lists/{list}/items/delta']).toBe(14);
  });
});

describe('exit codes', () => {
  it('auth 5: a user the directory does not know', async () => {
    const result = await run('clients', 'list', '--user', 'nadie@relaciones.example');
    expect(result.code).toBe(EXIT.auth);
  });

  it('auth 5: a read-only user importing', async () => {
    const file = csv('uno.csv', [HEADER, 'RO1;Uno;ro1.mx;comercial@relaciones.example;lider@relaciones.example;anual']);
    const result = await run('clients', 'import', file, '--user', 'direccion@relaciones.example');
    expect(result.code).toBe(EXIT.auth);
    expect(result.err).toMatch(/permiso/);
  });

  it('network 6: nobody listening', async () => {
    const result = await run('clients', 'list', '--graph-url', 'https://localhost:1');
    expect(result.code).toBe(EXIT.network);
    expect(result.err).toMatch(/No hay conexión/);
  });

  it('usage 2: a Graph URL that is not a URL; English with --lang en', async () => {
    const result = await run('clients', 'list', '--graph-url', 'no es url', '--lang', 'en');
    expect(result.code).toBe(EXIT.usage);
    expect(result.err).toMatch(/Invalid configuration/);
  });

  it('validation 3: an unreadable file', async () => {
    const file = join(work, 'rota.xlsx');
    writeFileSync(file, 'PK\u0003\u0004 esto no es un zip');
    expect((await run('clients', 'import', file)).code).toBe(EXIT.validation);
  });
});
