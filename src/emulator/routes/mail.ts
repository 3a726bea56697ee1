/**
 * Outlook mail on `/me/…` and `/users/{user}/…` (the caller's own mailbox; another user's is 403):
 *
 *   GET    mailFolders                      well-known folders (inbox, drafts, sentitems, deleteditems)
 *   GET    mailFolders/{folder}             by well-known name (case-insensitive) or id
 *   GET    mailFolders/{folder}/messages    $filter $orderby $select $top $skip $count $expand
 *   GET    mailFolders/{folder}/messages/{id}
 *   GET    messages                         every folder; same query options
 *   POST   messages                         a draft in Drafts (201)
 *   GET    messages/{id}                    $select $expand; Prefer outlook.body-content-type / allow-unsafe-html
 *   PATCH  messages/{id}                    drafts; only isRead, categories, flag … once sent
 *   DELETE messages/{id}                    to Deleted Items (204)
 *   POST   messages/{id}/send               202; the draft moves to Sent Items with a new id
 *   POST   sendMail                         {message, saveToSentItems?} 202
 *
 * Reads need Mail.Read or Mail.ReadWrite, writes Mail.ReadWrite, sending Mail.Send. Graph's
 * key-in-parentheses addressing (`mailFolders('inbox')`, `messages('{id}')`) is rewritten to
 * segments first.
 */
import type { EmulatorContext, EmulatorModule } from '../context';
import { SCOPES } from '../auth/scopes';
import { parseBody } from '../http/body';
import { json, noContent, type EmuResponse } from '../http/exchange';
import { GraphError } from '../http/graph-error';
import type { Router, RouteRequest } from '../http/router';
import { folderJson, resolveFolder } from '../mail/folders';
import { bodyPreferences } from '../mail/html';
import { WELL_KNOWN_FOLDERS, type MessageRecord, type WellKnownFolder } from '../mail/model';
import {
  checkFolderQuery,
  nextLink,
  parseItemQuery,
  parseListQuery,
  runListQuery,
  type ItemQuery,
} from '../mail/query';
import { messageJson } from '../mail/render';
import { messageSchema, sendMailSchema } from '../mail/schema';
import { MailService } from '../mail/service';
import { MAIL_SCHEMA } from '../mail/store';
import { mailboxOwner } from './identity';

const READ = { kind: 'scopes', anyOf: SCOPES.mailRead } as const;
const WRITE = { kind: 'scopes', anyOf: SCOPES.mailWrite } as const;
const SEND = { kind: 'scopes', anyOf: SCOPES.mailSend } as const;

const MAILBOXES = ['/v1.0/me', '/v1.0/users/{user}'] as const;

/** `…/mailFolders('inbox')/messages('AAMk…')` → `…/mailFolders/inbox/messages/AAMk…`. */
function rewriteKeySegments(path: string): string {
  if (!/^\/v1\.0\/(me|users)\b/i.test(path)) return path;
  return path.replace(/\/(mailFolders|messages)\('([^'/]*)'\)/gi, '/$1/$2');
}

function contextUrl(req: RouteRequest, ownerId: string, tail: string): string {
  return `${req.origin}/v1.0/$metadata#users('${ownerId}')/${tail}`;
}

function selectSuffix(query: ItemQuery): string {
  return query.select === undefined ? '' : `(${query.select.join(',')})`;
}

/** Response headers for the body preferences Graph honoured. */
function preferenceApplied(req: RouteRequest): Record<string, string> {
  const { bodyType } = bodyPreferences(req.headers.prefer);
  return bodyType === undefined ? {} : { 'Preference-Applied': `outlook.body-content-type="${bodyType}"` };
}

function renderOne(req: RouteRequest, record: MessageRecord, query: ItemQuery, status = 200): EmuResponse {
  const preferences = bodyPreferences(req.headers.prefer);
  return json(
    status,
    {
      '@odata.context': contextUrl(req, record.ownerId, `messages${selectSuffix(query)}/$entity`),
      ...messageJson(record, { origin: req.origin, preferences, select: query.select, expandKeys: query.expandKeys }),
    },
    preferenceApplied(req),
  );
}

function listMessages(req: RouteRequest, ctx: EmulatorContext, folderKey?: string): EmuResponse {
  const owner = mailboxOwner(req, ctx);
  const folder = folderKey === undefined ? undefined : resolveFolder(owner.id, folderKey);
  const query = parseListQuery(req.query);
  const page = runListQuery(new MailService(ctx).list(owner, folder), query);
  const preferences = bodyPreferences(req.headers.prefer);
  const collection = folder === undefined ? 'messages' : `mailFolders('${folderKey ?? ''}')/messages`;
  return json(
    200,
    {
      '@odata.context': contextUrl(req, owner.id, `${collection}${selectSuffix(query)}`),
      ...(query.count ? { '@odata.count': page.total } : {}),
      value: page.items.map((record) =>
        messageJson(record, { origin: req.origin, preferences, select: query.select, expandKeys: query.expandKeys }),
      ),
      ...(page.nextSkip === undefined
        ? {}
        : { '@odata.nextLink': nextLink(req.origin, req.path, req.query, page.nextSkip) }),
    },
    preferenceApplied(req),
  );
}

/**
 * Folder reads take no query options in the emulator (Graph's $select, $top … on folders are not
 * emulated): a well-formed option is 501, a malformed or unknown one 400 (see `checkFolderQuery`).
 */
function refuseFolderOptions(req: RouteRequest): void {
  const option = checkFolderQuery(req.query);
  if (option !== undefined) {
    throw new GraphError(
      501,
      'NotImplemented',
      `The emulator does not support '${option.slice(0, 40)}' on mail folders.`,
    );
  }
}

function registerMailbox(router: Router, base: string): void {
  router.add('GET', `${base}/mailFolders`, READ, (req, ctx) => {
    refuseFolderOptions(req);
    const owner = mailboxOwner(req, ctx);
    const service = new MailService(ctx);
    const folders = [...WELL_KNOWN_FOLDERS]
      .map((folder) => folderJson(owner.id, folder, service.counts(owner, folder)))
      .sort((a, b) => (a.displayName ?? '').localeCompare(b.displayName ?? '', 'es'));
    return json(200, { '@odata.context': contextUrl(req, owner.id, 'mailFolders'), value: folders });
  });

  router.add('GET', `${base}/mailFolders/{folder}`, READ, (req, ctx) => {
    refuseFolderOptions(req);
    const owner = mailboxOwner(req, ctx);
    const folder: WellKnownFolder = resolveFolder(owner.id, req.params.folder ?? '');
    return json(200, {
      '@odata.context': contextUrl(req, owner.id, 'mailFolders/$entity'),
      ...folderJson(owner.id, folder, new MailService(ctx).counts(owner, folder)),
    });
  });

  router.add('GET', `${base}/mailFolders/{folder}/messages`, READ, (req, ctx) =>
    listMessages(req, ctx, req.params.folder ?? ''),
  );

  router.add('GET', `${base}/mailFolders/{folder}/messages/{id}`, READ, (req, ctx) => {
    const owner = mailboxOwner(req, ctx);
    const folder = resolveFolder(owner.id, req.params.folder ?? '');
    const query = parseItemQuery(req.query);
    return renderOne(req, new MailService(ctx).get(owner, req.params.id ?? '', folder), query);
  });

  router.add('GET', `${base}/messages`, READ, (req, ctx) => listMessages(req, ctx));

  router.add('POST', `${base}/messages`, WRITE, (req, ctx) => {
    const owner = mailboxOwner(req, ctx);
    const input = parseBody(messageSchema, req, 'message');
    return renderOne(req, new MailService(ctx).createDraft(owner, input), {}, 201);
  });

  router.add('GET', `${base}/messages/{id}`, READ, (req, ctx) => {
    const owner = mailboxOwner(req, ctx);
    const query = parseItemQuery(req.query);
    return renderOne(req, new MailService(ctx).get(owner, req.params.id ?? ''), query);
  });

  router.add('PATCH', `${base}/messages/{id}`, WRITE, (req, ctx) => {
    const owner = mailboxOwner(req, ctx);
    const input = parseBody(messageSchema, req, 'message');
    return renderOne(req, new MailService(ctx).update(owner, req.params.id ?? '', input), {});
  });

  router.add('DELETE', `${base}/messages/{id}`, WRITE, (req, ctx) => {
    new MailService(ctx).remove(mailboxOwner(req, ctx), req.params.id ?? '');
    return noContent();
  });

  router.add('POST', `${base}/messages/{id}/send`, SEND, (req, ctx) => {
    new MailService(ctx).send(mailboxOwner(req, ctx), req.params.id ?? '');
    return { status: 202, headers: {} };
  });

  router.add('POST', `${base}/sendMail`, SEND, (req, ctx) => {
    const owner = mailboxOwner(req, ctx);
    const input = parseBody(sendMailSchema, req, 'sendMailRequest');
    new MailService(ctx).sendMail(owner, input);
    return { status: 202, headers: {} };
  });
}

export const mailModule: EmulatorModule = {
  name: 'mail',
  schema: MAIL_SCHEMA,
  register(router) {
    router.rewrite(rewriteKeySegments);
    for (const base of MAILBOXES) registerMailbox(router, base);
  },
};
