/**
 * Serves the built add-in (webpack's `dist/`) from the emulator's origin, so the task pane and
 * Graph share one HTTPS origin. Only files inside the folder are served: a path that escapes it
 * (`..`, encoded or not) is 400, a missing file 404.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { decodePath } from './path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

export function serveStatic(root: string | undefined, path: string, res: ServerResponse, method: string): void {
  const send = (status: number, text: string): void => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(text);
  };
  if (method !== 'GET' && method !== 'HEAD') return send(405, 'Method not allowed');
  if (root === undefined || !existsSync(root)) {
    return send(
      404,
      'El complemento no está compilado: ejecute `npm run build`. / The add-in is not built: run `npm run build`.',
    );
  }
  const base = resolve(root);
  let relative: string;
  try {
    relative = decodePath(path === '/' ? '/taskpane.html' : path);
  } catch {
    return send(400, 'Bad path');
  }
  const file = resolve(join(base, relative));
  if (file !== base && !file.startsWith(base + sep)) return send(400, 'Bad path');
  if (!existsSync(file) || !statSync(file).isFile()) return send(404, 'Not found');
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}
