import {
  DOWNLOAD_URL_LIFETIME_SECONDS,
  signDownloadToken,
  verifyDownloadToken,
  type DownloadClaims,
} from '../../../../src/emulator/drive/download-token';

const KEY = Buffer.alloc(32, 7);
const NOW = new Date('2024-03-04T15:00:00Z');
const CLAIMS: DownloadClaims = {
  driveId: 'b!abcdefghijklmnop',
  itemId: '01ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  version: 3,
  expires: Math.floor(NOW.getTime() / 1000) + DOWNLOAD_URL_LIFETIME_SECONDS,
};

describe('download tokens', () => {
  it('round-trip their claims while valid', () => {
    const token = signDownloadToken(CLAIMS, KEY);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(verifyDownloadToken(token, KEY, NOW)).toEqual({ ok: true, claims: CLAIMS });
  });

  it('expire after an hour', () => {
    const token = signDownloadToken(CLAIMS, KEY);
    const later = new Date(NOW.getTime() + DOWNLOAD_URL_LIFETIME_SECONDS * 1000);
    expect(verifyDownloadToken(token, KEY, new Date(later.getTime() - 1000)).ok).toBe(true);
    expect(verifyDownloadToken(token, KEY, later)).toEqual({ ok: false, reason: 'expired' });
  });

  it('are refused with another key, a changed payload or a changed signature', () => {
    const token = signDownloadToken(CLAIMS, KEY);
    expect(verifyDownloadToken(token, Buffer.alloc(32, 8), NOW)).toEqual({ ok: false, reason: 'forged' });
    const [payload = '', signature = ''] = token.split('.');
    const other = signDownloadToken({ ...CLAIMS, version: 4 }, KEY).split('.')[0];
    expect(verifyDownloadToken(`${other}.${signature}`, KEY, NOW)).toEqual({ ok: false, reason: 'forged' });
    const flipped = `${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
    expect(verifyDownloadToken(`${payload}.${flipped}`, KEY, NOW)).toEqual({ ok: false, reason: 'forged' });
  });

  it('are refused when malformed', () => {
    for (const token of ['', 'abc', 'a.b', `x.${'A'.repeat(43)}.y`, 'ü.ü']) {
      expect(verifyDownloadToken(token, KEY, NOW)).toEqual({ ok: false, reason: 'malformed' });
    }
  });
});
