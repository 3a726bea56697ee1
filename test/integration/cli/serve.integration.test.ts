/**
 * `relaciones serve` end to end: starts the emulator on a free port, prints where everything is,
 * answers Graph over HTTPS with the certificate it printed, and stops when asked, keeping data.
 */
import { readFileSync, existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { Agent } from 'undici';
import { main, type CliIo } from '../../../src/hosts/cli/main';
import { EXIT } from '../../../src/hosts/cli/exit-codes';

function controlledIo(): CliIo & { lines: string[]; errors: string[]; stop: () => void; printed: Promise<void> } {
  const lines: string[] = [];
  const errors: string[] = [];
  let stop = (): void => undefined;
  let markPrinted = (): void => undefined;
  const printed = new Promise<void>((resolve) => (markPrinted = resolve));
  return {
    lines,
    errors,
    printed,
    stop: () => stop(),
    out: (line) => {
      lines.push(line);
      if (/Ctrl-C/.test(line)) markPrinted();
    },
    err: (line) => errors.push(line),
    untilStopped: () => new Promise<void>((resolve) => (stop = resolve)),
  };
}

describe('relaciones serve', () => {
  it('serves Graph on the printed URL and stops cleanly, keeping the data', async () => {
    const data = mkdtempSync(join(tmpdir(), 'relaciones-serve-'));
    const io = controlledIo();
    const running = main(['serve', '--port', '0', '--data', data, '--static', join(data, 'no-dist')], {}, io);
    await io.printed;
    const url = /Graph v1\.0: (https:\/\/localhost:\d+)\/v1\.0\//.exec(io.lines.join('\n'))?.[1];
    expect(url).toBeDefined();
    expect(io.lines.join('\n')).toContain('npm run build');
    const certFile = join(data, 'tls', 'cert.pem');
    expect(io.lines.join('\n')).toContain(`NODE_EXTRA_CA_CERTS=${certFile}`);
    const dispatcher = new Agent({ connect: { ca: readFileSync(certFile, 'utf8') } });
    const health = await fetch(`${url}/emulator/health`, { dispatcher } as RequestInit);
    expect(((await health.json()) as { status: string }).status).toBe('ok');
    await dispatcher.close();
    io.stop();
    expect(await running).toBe(EXIT.ok);
    expect(io.lines.at(-1)).toContain(data);
    expect(existsSync(join(data, 'emulator.sqlite'))).toBe(true);
  });

  it('--demo leaves a data folder that already held other data alone, and says so', async () => {
    const data = mkdtempSync(join(tmpdir(), 'relaciones-serve-'));
    const first = controlledIo();
    const plain = main(['serve', '--port', '0', '--data', data, '--static', join(data, 'no-dist')], {}, first);
    await first.printed;
    first.stop();
    expect(await plain).toBe(EXIT.ok);

    const second = controlledIo();
    const demo = main(
      ['serve', '--demo', '--port', '0', '--data', data, '--static', join(data, 'no-dist')],
      {},
      second,
    );
    await second.printed;
    expect(second.lines.join('\n')).toContain('no se cargó la demostración');
    expect(existsSync(join(data, 'demo.json'))).toBe(false);
    second.stop();
    expect(await demo).toBe(EXIT.ok);
  });

  it('a port in use is a network error (exit 6) with a clear message', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    const io = controlledIo();
    try {
      const code = await main(
        ['serve', '--port', String(port), '--data', mkdtempSync(join(tmpdir(), 'relaciones-serve-'))],
        {},
        io,
      );
      expect(code).toBe(EXIT.network);
      expect(io.errors.join('\n')).toContain(`El puerto ${port} ya está en uso`);
    } finally {
      blocker.close();
    }
  });

  it('the installed bin stops on SIGINT with exit code 0', async () => {
    const data = mkdtempSync(join(tmpdir(), 'relaciones-serve-'));
    const child = spawn(
      process.execPath,
      [join(__dirname, '../../../bin/relaciones.cjs'), 'serve', '--port', '0', '--data', data, '--lang', 'en'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ctrl-C')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`exited early with ${code}: ${output}`)));
    });
    expect(output).toContain('Local Microsoft 365 ready.');
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output).toContain('Stopped.');
  }, 30_000);
});
