import packageJson from '../../../../package.json';
import { cliLocale } from '../../../../src/hosts/cli/cli-locale';
import { main, type CliIo } from '../../../../src/hosts/cli/main';
import { EXIT } from '../../../../src/hosts/cli/exit-codes';

function recordingIo(): CliIo & { outLines: string[]; errLines: string[] } {
  const outLines: string[] = [];
  const errLines: string[] = [];
  return {
    outLines,
    errLines,
    out: (line) => outLines.push(line),
    err: (line) => errLines.push(line),
    untilStopped: () => Promise.resolve(),
  };
}

describe('cliLocale', () => {
  it.each([
    [['--lang', 'en'], {}, 'en'],
    [['--lang=es'], { LANG: 'en_US.UTF-8' }, 'es-MX'],
    [['serve'], { LANG: 'en_US.UTF-8' }, 'en'],
    [['serve'], { LC_ALL: 'es_MX.UTF-8', LANG: 'en_US.UTF-8' }, 'es-MX'],
    [['serve'], { LANG: 'C.UTF-8' }, 'es-MX'],
    [['serve'], {}, 'es-MX'],
  ])('%j with %j → %s', (argv, env, expected) => {
    expect(cliLocale(argv, env)).toBe(expected);
  });
});

describe('relaciones help and usage errors', () => {
  it('shows Spanish help by default, with localised headings and defaults', async () => {
    const io = recordingIo();
    expect(await main(['serve', '--help'], {}, io)).toBe(EXIT.ok);
    const help = io.outLines.join('\n');
    expect(help).toContain('Uso: relaciones serve');
    expect(help).toContain('Opciones:');
    expect(help).toContain('(predeterminado: 3000)');
    expect(help).not.toMatch(/\bdefault:|display help/);
  });

  it('shows English help with --lang en', async () => {
    const io = recordingIo();
    expect(await main(['--lang', 'en', '--help'], {}, io)).toBe(EXIT.ok);
    const help = io.outLines.join('\n');
    expect(help).toContain('Usage: relaciones');
    expect(help).toContain('Commands:');
    expect(help).toContain('show help for a command');
  });

  it.each([
    [['serve', '--port', 'abc'], /Puerto no válido: «abc»/],
    [['serve', '--port', '70000'], /Puerto no válido/],
    [['serve', '--host', '0.0.0.0'], /solo escucha en la interfaz local/],
    [['serve', '--bogus'], /Opción desconocida: --bogus/],
    [['nada'], /Comando desconocido: nada/],
    [['serve', '--port'], /necesita un valor/],
  ])('%j is a usage error (exit 2) with a Spanish message', async (argv, message) => {
    const io = recordingIo();
    expect(await main(argv, {}, io)).toBe(EXIT.usage);
    expect(io.errLines.join('\n')).toMatch(message);
  });

  it('--version prints the package version', async () => {
    const io = recordingIo();
    expect(await main(['--version'], {}, io)).toBe(EXIT.ok);
    expect(io.outLines).toEqual([packageJson.version]);
  });

  it('no command prints the help and exits with the usage code', async () => {
    const io = recordingIo();
    expect(await main([], {}, io)).toBe(EXIT.usage);
    expect(io.errLines.join('\n')).toContain('Comandos:');
  });
});
