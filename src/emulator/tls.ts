/**
 * The emulator's HTTPS certificate: generated on first start (selfsigned, EC P-256, SHA-256,
 * valid 825 days, SANs localhost, 127.0.0.1 and ::1) and kept in `<data>/tls/`. It is its own
 * issuer, so trusting `cert.pem` (NODE_EXTRA_CA_CERTS, or the browser's certificate store) is
 * enough. A certificate that expires within a week is replaced.
 */
import { X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export interface TlsMaterial {
  readonly key: string;
  readonly cert: string;
  readonly certFile: string;
}

const WEEK_MS = 7 * 24 * 3600 * 1000;

export async function ensureCertificate(dataDir: string, now = new Date()): Promise<TlsMaterial> {
  const dir = join(dataDir, 'tls');
  const certFile = join(dir, 'cert.pem');
  const keyFile = join(dir, 'key.pem');
  if (existsSync(certFile) && existsSync(keyFile)) {
    const cert = readFileSync(certFile, 'utf8');
    const validTo = new Date(new X509Certificate(cert).validTo);
    if (validTo.getTime() - now.getTime() > WEEK_MS) return { key: readFileSync(keyFile, 'utf8'), cert, certFile };
  }
  const pems = await generate([{ name: 'commonName', value: 'Relaciones local Microsoft 365 (localhost)' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - 3600_000),
    notAfterDate: new Date(now.getTime() + 825 * 24 * 3600_000),
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  mkdirSync(dir, { recursive: true });
  writeFileSync(keyFile, pems.private, { mode: 0o600 });
  writeFileSync(certFile, pems.cert);
  return { key: pems.private, cert: pems.cert, certFile };
}
