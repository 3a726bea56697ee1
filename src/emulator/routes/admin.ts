/**
 * Emulator administration under `/emulator` (no Graph token needed; loopback only):
 * tokens for the demo users, fault injection, request statistics, users and per-site/per-list
 * grants, and a health probe used by `relaciones serve` and the tests.
 */
import { z } from 'zod';
import type { EmulatorModule } from '../context';
import { parseBody } from '../http/body';
import { json, noContent } from '../http/exchange';
import { faultConfigSchema } from '../faults';
import { isKnownScope, normaliseScope } from '../auth/scopes';
import { ACCESS_LEVELS, userInputSchema } from '../auth/users';
import { GraphError } from '../http/graph-error';
import { createSite as createSiteRecord, findSite } from './sites';

const ANONYMOUS = { kind: 'anonymous' } as const;

const tokenRequestSchema = z
  .object({
    user: z.string().min(1).max(254),
    scopes: z.array(z.string().min(1).max(200)).min(1).max(30),
    /** Lifetime in seconds (default 3600, as Entra ID's default access-token lifetime). */
    expiresIn: z.number().int().min(1).max(86_400).optional(),
  })
  .strict();

const grantSchema = z
  .object({
    user: z.string().min(1).max(254),
    site: z.string().min(1).max(300),
    list: z.string().min(1).max(300).optional(),
    level: z.enum(ACCESS_LEVELS),
  })
  .strict();

const siteSchema = z
  .object({
    path: z.string().regex(/^\/sites\/[A-Za-z0-9_-]{1,100}$/, 'path must look like /sites/name'),
    displayName: z.string().min(1).max(250),
    description: z.string().max(1000).optional(),
  })
  .strict();

/** The OAuth-style error Entra ID's token endpoint answers with. */
const oauthError = (status: number, error: string, description: string) =>
  json(status, { error, error_description: description });

export const adminModule: EmulatorModule = {
  name: 'admin',
  register(router) {
    router.add('GET', '/emulator/health', ANONYMOUS, (_req, ctx) =>
      json(200, { status: 'ok', sharePointHost: ctx.sharePointHost, users: ctx.users.all().map((u) => u.upn) }),
    );

    router.add('POST', '/emulator/token', ANONYMOUS, async (req, ctx) => {
      if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
        return oauthError(400, 'invalid_request', 'The token request must be JSON (Content-Type: application/json).');
      }
      const parsed = tokenRequestSchema.safeParse(safeJson(req.rawBody));
      if (!parsed.success) {
        return oauthError(
          400,
          'invalid_request',
          `The token request is not valid: ${parsed.error.issues[0]?.message ?? ''}`,
        );
      }
      const { user, expiresIn = 3600 } = parsed.data;
      const scopes = parsed.data.scopes.map(normaliseScope);
      const unknown = scopes.filter((scope) => !isKnownScope(scope));
      if (unknown.length > 0) {
        return oauthError(
          400,
          'invalid_scope',
          `AADSTS70011: The provided value for scope ${unknown.join(' ').slice(0, 200)} is not valid.`,
        );
      }
      if (ctx.users.byUpn(user) === undefined) {
        return oauthError(
          400,
          'invalid_grant',
          `AADSTS50034: The user account ${user.slice(0, 254)} does not exist in the directory.`,
        );
      }
      const accessToken = await ctx.tokens.issue(user, [...new Set(scopes)], expiresIn, ctx.now());
      return json(200, {
        token_type: 'Bearer',
        scope: [...new Set(scopes)].join(' '),
        expires_in: expiresIn,
        ext_expires_in: expiresIn,
        access_token: accessToken,
      });
    });

    router.add('GET', '/emulator/faults', ANONYMOUS, (_req, ctx) => json(200, ctx.faults.current() ?? null));
    router.add('POST', '/emulator/faults', ANONYMOUS, (req, ctx) => {
      const config = parseBody(faultConfigSchema, req, 'emulatorFaults');
      ctx.faults.configure(config);
      return json(200, config);
    });
    router.add('DELETE', '/emulator/faults', ANONYMOUS, (_req, ctx) => {
      ctx.faults.clear();
      return noContent();
    });

    router.add('GET', '/emulator/stats', ANONYMOUS, (_req, ctx) => json(200, ctx.stats.snapshot()));
    router.add('POST', '/emulator/stats/reset', ANONYMOUS, (_req, ctx) => {
      ctx.stats.reset();
      return noContent();
    });

    router.add('GET', '/emulator/users', ANONYMOUS, (_req, ctx) => json(200, { value: ctx.users.all() }));
    router.add('POST', '/emulator/users', ANONYMOUS, (req, ctx) => {
      const input = parseBody(userInputSchema, req, 'emulatorUser');
      return json(201, ctx.users.upsert(input));
    });

    router.add('PUT', '/emulator/grants', ANONYMOUS, (req, ctx) => {
      const grant = parseBody(grantSchema, req, 'emulatorGrant');
      if (ctx.users.byUpn(grant.user) === undefined)
        throw new GraphError(404, 'itemNotFound', `User '${grant.user}' does not exist.`);
      const site = findSite(ctx, grant.site);
      if (site === undefined) throw new GraphError(404, 'itemNotFound', 'Requested site could not be found');
      ctx.permissions.grant(grant.list ?? site.id, grant.user, grant.level);
      return json(200, { ...grant, site: site.id });
    });

    router.add('POST', '/emulator/sites', ANONYMOUS, (req, ctx) => {
      const input = parseBody(siteSchema, req, 'emulatorSite');
      return json(201, { id: createSiteRecord(ctx, input.path, input.displayName, input.description ?? '') });
    });
  },
};

function safeJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}
