/**
 * `/me` and `/users/{id | userPrincipalName}`, and the rule for whose mailbox or calendar a
 * request may touch: one's own (`/me/…` or `/users/{self}/…`); another user's is 403, as for a
 * delegated token without access to a shared mailbox.
 */
import type { User } from '@microsoft/microsoft-graph-types';
import type { EmulatorContext, EmulatorModule } from '../context';
import type { EmulatedUser } from '../auth/users';
import { SCOPES } from '../auth/scopes';
import { json, type EmuResponse } from '../http/exchange';
import { GraphError } from '../http/graph-error';
import type { RouteRequest } from '../http/router';
import { selectProperties } from '../http/select';

export function userJson(user: EmulatedUser): User & Record<string, unknown> {
  return {
    id: user.id,
    displayName: user.displayName,
    givenName: user.givenName,
    surname: user.surname,
    jobTitle: user.jobTitle,
    mail: user.upn,
    userPrincipalName: user.upn,
    businessPhones: [],
    mobilePhone: null,
    officeLocation: null,
    preferredLanguage: 'es-MX',
  };
}

const userNotFound = (key: string): GraphError =>
  new GraphError(
    404,
    'Request_ResourceNotFound',
    `Resource '${key.slice(0, 100)}' does not exist or one of its queried reference-property objects are not present.`,
  );

/**
 * The mailbox owner a request addresses: the caller for `/me/…`; for `/users/{user}/…` the named
 * user, which must be the caller.
 */
export function mailboxOwner(req: RouteRequest, ctx: EmulatorContext): EmulatedUser {
  const key = req.params.user;
  const caller = ctx.users.byId(req.principal.userId);
  if (caller === undefined)
    throw new GraphError(401, 'InvalidAuthenticationToken', 'The user does not exist in the tenant.');
  if (key === undefined) return caller;
  const target = ctx.users.byIdOrUpn(key);
  if (target === undefined)
    throw new GraphError(404, 'ErrorInvalidUser', `The requested user '${key.slice(0, 100)}' is invalid.`);
  if (target.id !== caller.id)
    throw new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
  return target;
}

/** One user as Graph answers `/me` or `/users/{id}`, narrowed by `$select`. */
function userEntity(req: RouteRequest, user: EmulatedUser): EmuResponse {
  return json(
    200,
    selectProperties(
      { '@odata.context': `${req.origin}/v1.0/$metadata#users/$entity`, ...userJson(user) },
      req,
      'user',
    ),
  );
}

export const identityModule: EmulatorModule = {
  name: 'identity',
  register(router) {
    router.add('GET', '/v1.0/me', { kind: 'scopes', anyOf: SCOPES.userRead }, (req, ctx) => {
      const user = ctx.users.byId(req.principal.userId);
      if (user === undefined) throw userNotFound('me');
      return userEntity(req, user);
    });
    router.add('GET', '/v1.0/users/{user}', { kind: 'scopes', anyOf: SCOPES.usersRead }, (req, ctx) => {
      const key = req.params.user ?? '';
      const user = ctx.users.byIdOrUpn(key);
      if (user === undefined) throw userNotFound(key);
      return userEntity(req, user);
    });
    router.add('GET', '/v1.0/users', { kind: 'scopes', anyOf: SCOPES.usersRead }, (req, ctx) =>
      json(200, {
        '@odata.context': `${req.origin}/v1.0/$metadata#users`,
        value: ctx.users.all().map((user) => selectProperties(userJson(user), req, 'user')),
      }),
    );
  },
};
