/**
 * Runs the real CLI for the e2e tests: `relaciones serve --demo --port <free> --data <fresh temp
 * dir>` as a child process (`node bin/relaciones.cjs …`), waits until it prints the task-pane URL
 * (after provisioning and seeding the demo organisation), and stops it with Ctrl-C (SIGINT).
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './ensure-dist';

const CLI = path.join(ROOT, 'bin', 'relaciones.cjs');
/** The task-pane URL `serve` prints: `https://localhost:<port>/taskpane.html` (maybe with a query). */
const TASKPANE_URL = /https:\/\/[^\s/]+:\d+\/taskpane\.html[^\s]*/;
export const DEMO_START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 20_000;

export interface DemoServer {
  /** Origin of the emulator and the add-in, e.g. `https://localhost:41234`. */
  readonly origin: string;
  /** The task-pane URL exactly as printed. */
  readonly taskpaneUrl: string;
  readonly dataDir: string;
  /** Everything the CLI printed so far (stdout and stderr), for failure messages. */
  output(): string;
  /** Ctrl-C, wait for the process to end (SIGKILL after 20 s), remove the data folder. */
  stop(): Promise<void>;
}

/** True when this checkout's CLI has `serve --demo` (its help lists the option). */
export function serveSupportsDemo(): boolean {
  const help = spawnSync(process.execPath, [CLI, 'serve', '--help'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, LANG: 'es_MX.UTF-8' },
  });
  return /--demo\b/.test(`${help.stdout ?? ''}${help.stderr ?? ''}`);
}

/** A TCP port free on 127.0.0.1 right now (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

function waitForExit(child: ChildProcessWithoutNullStreams, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function stopChild(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGINT');
  if (await waitForExit(child, STOP_TIMEOUT_MS)) return;
  child.kill('SIGKILL');
  await waitForExit(child, 5_000);
}

/** Starts `relaciones serve --demo` on a free port and a fresh data folder; resolves once the URL is printed. */
export async function startDemoServer(
  options: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<DemoServer> {
  const timeoutMs = options.timeoutMs ?? DEMO_START_TIMEOUT_MS;
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'relaciones-e2e-'));
  const child = spawn(process.execPath, [CLI, 'serve', '--demo', '--port', String(port), '--data', dataDir], {
    cwd: ROOT,
    env: { ...process.env, LANG: 'es_MX.UTF-8', ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  // Should this process end without `stop()` (a crash, a killed worker), do not leave the server running.
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    output += chunk;
  });

  const cleanup = async (): Promise<void> => {
    process.off('exit', killOnExit);
    await stopChild(child);
    rmSync(dataDir, { recursive: true, force: true });
  };

  let taskpaneUrl: string;
  try {
    taskpaneUrl = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`relaciones serve --demo printed no task-pane URL in ${timeoutMs} ms:\n${output}`)),
        timeoutMs,
      );
      const onData = (chunk: string): void => {
        output += chunk;
        const found = TASKPANE_URL.exec(output);
        if (found === null) return;
        clearTimeout(timer);
        child.stdout.off('data', onData);
        // Keep draining stdout so the child never blocks on a full pipe.
        child.stdout.on('data', (more: string) => {
          output += more;
        });
        resolve(found[0]);
      };
      child.stdout.on('data', onData);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`relaciones serve --demo ended (${signal ?? code}) before printing the URL:\n${output}`));
      });
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
  } catch (error) {
    await cleanup();
    throw error;
  }

  return {
    origin: new URL(taskpaneUrl).origin,
    taskpaneUrl,
    dataDir,
    output: () => output,
    stop: cleanup,
  };
}
