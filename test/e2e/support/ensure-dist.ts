/**
 * Makes sure dist/ holds a build of the current sources for the e2e tests: when dist/taskpane.html
 * is missing or older than any input (src/, assets/, manifests, webpack.config.js), runs
 * `webpack --mode development` once (a few seconds; transpile only).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../../..');
export const DIST = path.join(ROOT, 'dist');
const INPUTS = ['src', 'assets', 'manifest.xml', 'manifest.outlook.xml', 'webpack.config.js', 'package.json'];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), 0);
}

/** True when dist/ has no task pane or was built before the newest input changed. */
export function isDistStale(): boolean {
  const page = path.join(DIST, 'taskpane.html');
  if (!existsSync(page) || !existsSync(path.join(DIST, 'commands.html'))) return true;
  const built = statSync(page).mtimeMs;
  return INPUTS.some((input) => newestMtime(path.join(ROOT, input)) > built);
}

/** Builds dist/ with webpack when it is stale; returns whether it built. */
export function ensureDist(): boolean {
  if (!isDistStale()) return false;
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/webpack/bin/webpack.js'), '--mode', 'development'], {
    cwd: ROOT,
    stdio: 'pipe',
    timeout: 45_000,
  });
  return true;
}
