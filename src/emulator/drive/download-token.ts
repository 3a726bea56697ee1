/**
 * Pre-authenticated download URLs: `GET …/content` answers 302 to
 * `/emulator/download/<token>`, where the token names exactly one version of one file and
 * expires after an hour (SharePoint's own URLs live "a few minutes"; Graph documents them as
 * short-lived). The token is `base64url(claims).base64url(HMAC-SHA256)` with a key kept in the
 * store's meta table, so a URL stays valid across a restart and cannot be forged.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const DOWNLOAD_URL_LIFETIME_SECONDS = 3600;

export interface DownloadClaims {
  readonly driveId: string;
  readonly itemId: string;
  /** The file version (the eTag counter) the URL serves. */
  readonly version: number;
  /** Expiry, in seconds since the epoch. */
  readonly expires: number;
}

export type DownloadTokenCheck =
  | { readonly ok: true; readonly claims: DownloadClaims }
  | { readonly ok: false; readonly reason: 'malformed' | 'forged' | 'expired' };

const mac = (payload: string, key: Buffer): Buffer => createHmac('sha256', key).update(payload).digest();

export function signDownloadToken(claims: DownloadClaims, key: Buffer): string {
  const payload = Buffer.from(
    JSON.stringify([claims.driveId, claims.itemId, claims.version, claims.expires]),
    'utf8',
  ).toString('base64url');
  return `${payload}.${mac(payload, key).toString('base64url')}`;
}

function parseClaims(payload: string): DownloadClaims | undefined {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(value) || value.length !== 4) return undefined;
  const [driveId, itemId, version, expires] = value as unknown[];
  if (typeof driveId !== 'string' || typeof itemId !== 'string') return undefined;
  if (!Number.isSafeInteger(version) || !Number.isSafeInteger(expires)) return undefined;
  return { driveId, itemId, version: version as number, expires: expires as number };
}

export function verifyDownloadToken(token: string, key: Buffer, now: Date): DownloadTokenCheck {
  const match = /^([A-Za-z0-9_-]{1,2048})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (match === null) return { ok: false, reason: 'malformed' };
  const [, payload = '', signature = ''] = match;
  const expected = mac(payload, key);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'forged' };
  const claims = parseClaims(payload);
  if (claims === undefined) return { ok: false, reason: 'malformed' };
  if (Math.floor(now.getTime() / 1000) >= claims.expires) return { ok: false, reason: 'expired' };
  return { ok: true, claims };
}
