/**
 * Identity: signs and verifies access tokens. The ES256 key pair is generated on first start and
 * kept in `<data>/keys/token-signing-key.json`, so tokens survive a restart of the emulator and a
 * token from another data folder is rejected. Claims follow Entra ID's v1 access tokens for
 * Graph: `aud`, `iss`, `tid`, `oid`, `upn`, `name` and space-separated delegated scopes in `scp`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  SignJWT,
  exportJWK,
  generateKeyPair,
  importJWK,
  jwtVerify,
  errors as joseErrors,
  type JWK,
  type KeyLike,
} from 'jose';
import { GraphError } from '../http/graph-error';
import type { Principal } from './principal';
import type { UserDirectory } from './users';

export const TOKEN_AUDIENCE = 'https://graph.microsoft.com';
export const TOKEN_ISSUER = 'https://relaciones-emulator.local/';
export const TENANT_ID = '7d1c3a52-6f0e-4b8d-9a51-2c6e4f8b9d10';
const ALGORITHM = 'ES256';

export const WWW_AUTHENTICATE =
  'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"';

const unauthorized = (message: string): GraphError =>
  new GraphError(401, 'InvalidAuthenticationToken', message, { 'WWW-Authenticate': WWW_AUTHENTICATE });

interface KeyMaterial {
  readonly privateKey: KeyLike | Uint8Array;
  readonly publicKey: KeyLike | Uint8Array;
  readonly kid: string;
}

export class TokenService {
  private constructor(
    private readonly keys: KeyMaterial,
    private readonly users: UserDirectory,
  ) {}

  static async open(dataDir: string, users: UserDirectory): Promise<TokenService> {
    const dir = join(dataDir, 'keys');
    const file = join(dir, 'token-signing-key.json');
    let jwk: JWK;
    if (existsSync(file)) {
      jwk = JSON.parse(readFileSync(file, 'utf8')) as JWK;
    } else {
      const pair = await generateKeyPair(ALGORITHM, { extractable: true });
      jwk = { ...(await exportJWK(pair.privateKey)), kid: `relaciones-${Date.now().toString(36)}`, alg: ALGORITHM };
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, JSON.stringify(jwk), { mode: 0o600 });
    }
    const publicJwk: JWK = { ...jwk };
    delete publicJwk.d;
    const keys: KeyMaterial = {
      privateKey: await importJWK(jwk, ALGORITHM),
      publicKey: await importJWK(publicJwk, ALGORITHM),
      kid: jwk.kid ?? 'relaciones',
    };
    return new TokenService(keys, users);
  }

  async issue(upn: string, scopes: readonly string[], lifetimeSeconds: number, now = new Date()): Promise<string> {
    const user = this.users.byUpn(upn);
    if (user === undefined) throw new Error(`unknown user ${upn}`);
    const iat = Math.floor(now.getTime() / 1000);
    return new SignJWT({
      tid: TENANT_ID,
      oid: user.id,
      upn: user.upn,
      unique_name: user.upn,
      name: user.displayName,
      scp: scopes.join(' '),
      ver: '1.0',
    })
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT', kid: this.keys.kid })
      .setAudience(TOKEN_AUDIENCE)
      .setIssuer(TOKEN_ISSUER)
      .setSubject(user.id)
      .setIssuedAt(iat)
      .setNotBefore(iat - 300)
      .setExpirationTime(iat + lifetimeSeconds)
      .sign(this.keys.privateKey);
  }

  /** Verifies `Authorization: Bearer …`; any failure is Graph's 401 InvalidAuthenticationToken. */
  async authenticate(authorization: string | undefined): Promise<Principal> {
    if (authorization === undefined || authorization.trim() === '') throw unauthorized('Access token is empty.');
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (match === null) throw unauthorized('Access token validation failure. Invalid authorization header.');
    const token = match[1] ?? '';
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.keys.publicKey, {
        algorithms: [ALGORITHM],
        audience: TOKEN_AUDIENCE,
        issuer: TOKEN_ISSUER,
      }));
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired)
        throw unauthorized('Lifetime validation failed, the token is expired.');
      if (error instanceof joseErrors.JWTClaimValidationFailed && error.claim === 'aud') {
        throw unauthorized('Access token validation failure. Invalid audience.');
      }
      if (error instanceof joseErrors.JWSSignatureVerificationFailed) {
        throw unauthorized('Access token validation failure. Invalid signature.');
      }
      throw unauthorized('IDX14100: JWT is not well formed, there are no dots (.) or the token is invalid.');
    }
    const user = typeof payload.oid === 'string' ? this.users.byId(payload.oid) : undefined;
    if (user === undefined)
      throw unauthorized('Access token validation failure. The user does not exist in the tenant.');
    const scp = typeof payload.scp === 'string' ? payload.scp.split(' ').filter((s) => s !== '') : [];
    return { userId: user.id, upn: user.upn, displayName: user.displayName, scopes: new Set(scp) };
  }
}
