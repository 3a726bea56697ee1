/**
 * Mail through the real Graph SDK and raw HTTPS: drafts, send, sendMail, inbox delivery to
 * emulated users, the idempotency lookup of a sent message by its custom `x-` header through
 * the PS_INTERNET_HEADERS extended-property filter, query options, validation (400 and nothing
 * stored), scopes, ownership and persistence across a restart.
 */
import { randomUUID } from 'node:crypto';
import type { MailFolder, Message } from '@microsoft/microsoft-graph-types';
import { startHarness, type EmulatorHarness, COMERCIAL, DIRECCION, LIDER } from './support/emulator-harness';

const PS_INTERNET_HEADERS = '00020386-0000-0000-C000-000000000046';
const KEY_HEADER = 'x-relaciones-key';
const keyFilter = (key: string, header = KEY_HEADER, guid = PS_INTERNET_HEADERS): string =>
  `singleValueExtendedProperties/any(ep: ep/id eq 'String {${guid}} Name ${header}' and ep/value eq '${key}')`;

let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});

const q = (text: string): string => encodeURIComponent(text);

interface DraftOptions {
  subject?: string;
  to?: string[];
  key?: string;
  body?: { contentType: string; content: string };
}

function draft({ subject = `Asunto ${randomUUID()}`, to = [COMERCIAL], key, body }: DraftOptions = {}) {
  return {
    subject,
    body: body ?? { contentType: 'Text', content: 'Seguimiento de la queja.' },
    toRecipients: to.map((address) => ({ emailAddress: { address } })),
    ...(key === undefined ? {} : { internetMessageHeaders: [{ name: KEY_HEADER, value: key }] }),
  };
}

/** Total messages in a user's mailbox (all folders). */
async function count(user = LIDER): Promise<number> {
  const r = await h.raw('GET', '/v1.0/me/messages?$count=true&$top=1', { user });
  expect(r.status).toBe(200);
  return r.body['@odata.count'] as number;
}

async function counts(): Promise<number[]> {
  return Promise.all([count(LIDER), count(COMERCIAL), count(DIRECCION)]);
}

async function folderMessages(folder: string, filter: string, user = LIDER): Promise<Message[]> {
  const r = await h.raw('GET', `/v1.0/me/mailFolders/${folder}/messages?$filter=${q(filter)}`, { user });
  expect(r.status).toBe(200);
  return r.body.value as Message[];
}

/** The one message of a folder matching the filter. */
async function single(folder: string, filter: string, user = LIDER): Promise<Message> {
  const found = await folderMessages(folder, filter, user);
  expect(found).toHaveLength(1);
  return found[0] as Message;
}

describe('folders', () => {
  it('lists the well-known folders with Spanish display names and resolves them by name or id', async () => {
    const c = h.client();
    const list = await c.api('/me/mailFolders').get();
    expect(list.value.map((f: MailFolder) => f.displayName)).toEqual([
      'Bandeja de entrada',
      'Borradores',
      'Elementos eliminados',
      'Elementos enviados',
    ]);
    const drafts = await c.api('/me/mailFolders/Drafts').get();
    expect(drafts.displayName).toBe('Borradores');
    expect(drafts.id).toMatch(/^[A-Za-z0-9_-]+=*$/);
    const byId = await c.api(`/me/mailFolders/${drafts.id}`).get();
    expect(byId.id).toBe(drafts.id);
    const byKey = await h.raw('GET', "/v1.0/me/mailFolders('SentItems')");
    expect(byKey.body.displayName).toBe('Elementos enviados');
  });

  it('404 for a folder the emulator lacks, 400 for a malformed id', async () => {
    const outbox = await h.raw('GET', '/v1.0/me/mailFolders/outbox');
    expect(outbox.status).toBe(404);
    expect(outbox.body.error.code).toBe('ErrorItemNotFound');
    const bad = await h.raw('GET', '/v1.0/me/mailFolders/no%20such');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('ErrorInvalidIdMalformed');
    const filtered = await h.raw('GET', `/v1.0/me/mailFolders?$filter=${encodeURIComponent("displayName eq 'x'")}`);
    expect(filtered.status).toBe(501);
  });
});

describe('drafts', () => {
  it('POST /me/messages creates a draft in Drafts with Graph’s shape', async () => {
    const c = h.client();
    const drafts = await c.api('/me/mailFolders/drafts').get();
    const created = await c.api('/me/messages').post(draft({ subject: 'Queja 1042', key: 'k-shape' }));
    expect(created['@odata.context']).toMatch(/\/v1\.0\/\$metadata#users\('[^']+'\)\/messages\/\$entity$/);
    expect(created.id).toMatch(/^[A-Za-z0-9_-]+=*$/);
    expect(created['@odata.etag']).toBe(`W/"${created.changeKey}"`);
    expect(created).toMatchObject({
      isDraft: true,
      isRead: true,
      subject: 'Queja 1042',
      bodyPreview: 'Seguimiento de la queja.',
      hasAttachments: false,
      importance: 'normal',
      parentFolderId: drafts.id,
      flag: { flagStatus: 'notFlagged' },
      from: null,
      sender: null,
      toRecipients: [{ emailAddress: { address: COMERCIAL, name: 'Mariana Solís Herrera' } }],
      ccRecipients: [],
      bccRecipients: [],
      replyTo: [],
    });
    expect(created.internetMessageId).toMatch(/^<[0-9A-F]{32}@relaciones\.example>$/);
    expect(created.createdDateTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(created.sentDateTime).toBe(created.createdDateTime);
    expect(created.webLink).toContain(encodeURIComponent(created.id));
    expect(created).not.toHaveProperty('internetMessageHeaders');
    // Graph returns bodies as HTML unless asked for text.
    expect(created.body.contentType).toBe('html');
    expect(created.body.content).toContain('Seguimiento de la queja.');
    const asText = await c.api(`/me/messages/${created.id}`).header('Prefer', 'outlook.body-content-type="text"').get();
    expect(asText.body).toEqual({ contentType: 'text', content: 'Seguimiento de la queja.' });

    const withHeaders = await c.api(`/me/messages/${created.id}`).select('subject,internetMessageHeaders').get();
    expect(Object.keys(withHeaders).sort()).toEqual(
      ['@odata.context', '@odata.etag', 'id', 'internetMessageHeaders', 'subject'].sort(),
    );
    expect(withHeaders.internetMessageHeaders).toEqual([{ name: KEY_HEADER, value: 'k-shape' }]);
  });

  it('/users/{self}/messages is the caller’s own mailbox; Graph’s key-in-parentheses addressing works', async () => {
    const created = await h.client().api(`/users/${LIDER}/messages`).post(draft());
    const got = await h.raw('GET', `/v1.0/me/messages('${created.id}')`);
    expect(got.status).toBe(200);
    expect(got.body.id).toBe(created.id);
  });

  it('PATCH updates a draft (new change key); headers only at creation', async () => {
    const c = h.client();
    const created = await c.api('/me/messages').post(draft({ key: 'k-patch' }));
    const updated = await c.api(`/me/messages/${created.id}`).patch({
      subject: 'Asunto corregido',
      ccRecipients: [{ emailAddress: { address: 'cliente@externo.example', name: 'Cliente' } }],
      importance: 'High',
    });
    expect(updated).toMatchObject({ id: created.id, subject: 'Asunto corregido', importance: 'high' });
    expect(updated.ccRecipients).toEqual([{ emailAddress: { address: 'cliente@externo.example', name: 'Cliente' } }]);
    expect(updated.changeKey).not.toBe(created.changeKey);
    const headers = await h.raw('PATCH', `/v1.0/me/messages/${created.id}`, {
      body: { internetMessageHeaders: [{ name: 'x-otra', value: '1' }] },
    });
    expect(headers.status).toBe(400);
    expect(headers.body.error.code).toBe('ErrorInvalidPropertySet');
  });

  it('DELETE moves a message to Deleted Items (new id); deleting it there removes it', async () => {
    const c = h.client();
    const subject = `Borrar ${randomUUID()}`;
    const created = await c.api('/me/messages').post(draft({ subject }));
    const before = await count();
    const del = await h.raw('DELETE', `/v1.0/me/messages/${created.id}`);
    expect(del.status).toBe(204);
    expect((await h.raw('GET', `/v1.0/me/messages/${created.id}`)).status).toBe(404);
    const deleted = await single('deleteditems', `subject eq '${subject}'`);
    expect(deleted.id).not.toBe(created.id);
    expect(await count()).toBe(before);
    expect((await h.raw('DELETE', `/v1.0/me/messages/${deleted.id}`)).status).toBe(204);
    expect(await count()).toBe(before - 1);
  });
});

describe('send', () => {
  it('a sent draft leaves Drafts, is in Sent Items under a new id and is found by its x- header', async () => {
    const c = h.client();
    const key = `idem-${randomUUID()}`;
    const created = await c.api('/me/messages').post(draft({ key, to: [COMERCIAL] }));
    await c.api(`/me/messages/${created.id}/send`).post({});

    const old = await h.raw('GET', `/v1.0/me/messages/${created.id}`);
    expect(old.status).toBe(404);
    expect(old.body.error.code).toBe('ErrorItemNotFound');
    expect(await folderMessages('drafts', keyFilter(key))).toEqual([]);

    // The idempotency lookup: the header as a PS_INTERNET_HEADERS extended property.
    const found = await folderMessages('sentitems', keyFilter(key));
    expect(found).toHaveLength(1);
    const sent = found[0] as Message;
    expect(sent.id).not.toBe(created.id);
    expect(sent).toMatchObject({
      isDraft: false,
      isRead: true,
      internetMessageId: created.internetMessageId,
      subject: created.subject,
      from: { emailAddress: { address: LIDER, name: 'Jorge Ramírez Cárdenas' } },
      sender: { emailAddress: { address: LIDER, name: 'Jorge Ramírez Cárdenas' } },
    });
    expect(Date.parse(sent.sentDateTime ?? '')).toBeGreaterThanOrEqual(Date.parse(created.createdDateTime));
    // Header names are case-insensitive, and so is the GUID; the whole mailbox finds it too.
    const loose = keyFilter(key, 'X-Relaciones-KEY', PS_INTERNET_HEADERS.toLowerCase());
    const everywhere = await h.raw('GET', `/v1.0/me/messages?$filter=${q(loose)}&$select=id,parentFolderId`);
    expect(everywhere.body.value.map((m: Message) => m.id)).toEqual([sent.id]);

    // As in Graph, Sent Items do not return internetMessageHeaders; $expand reads the property.
    const selected = await c.api(`/me/messages/${sent.id}`).select('internetMessageHeaders,subject').get();
    expect(selected).not.toHaveProperty('internetMessageHeaders');
    const propertyId = `String {${PS_INTERNET_HEADERS}} Name ${KEY_HEADER}`;
    const expanded = await c
      .api(`/me/messages/${sent.id}`)
      .expand(`singleValueExtendedProperties($filter=id eq '${propertyId}')`)
      .get();
    expect(expanded.singleValueExtendedProperties).toEqual([{ id: propertyId, value: key }]);
  });

  it('an emulated recipient gets an unread copy in their Inbox, with the header and without Bcc', async () => {
    const key = `inbox-${randomUUID()}`;
    const c = h.client();
    const created = await c.api('/me/messages').post({
      ...draft({ key, to: [COMERCIAL], body: { contentType: 'HTML', content: '<p>Hola <b>Mariana</b></p>' } }),
      bccRecipients: [{ emailAddress: { address: DIRECCION } }],
    });
    await c.api(`/me/messages/${created.id}/send`).post({});

    const received = await h.client(COMERCIAL).api('/me/mailFolders/inbox/messages').filter(keyFilter(key)).get();
    expect(received.value).toHaveLength(1);
    const copy = received.value[0];
    expect(copy).toMatchObject({
      isRead: false,
      isDraft: false,
      subject: created.subject,
      internetMessageId: created.internetMessageId,
      bccRecipients: [],
      from: { emailAddress: { address: LIDER } },
      bodyPreview: 'Hola Mariana',
    });
    const headers = await h.client(COMERCIAL).api(`/me/messages/${copy.id}`).select('internetMessageHeaders').get();
    expect(headers.internetMessageHeaders).toContainEqual({ name: KEY_HEADER, value: key });
    expect(headers.internetMessageHeaders).toContainEqual({ name: 'Message-ID', value: created.internetMessageId });
    // The Bcc recipient received it too; the sender (not a recipient) did not.
    expect(await folderMessages('inbox', keyFilter(key), DIRECCION)).toHaveLength(1);
    expect(await folderMessages('inbox', keyFilter(key), LIDER)).toEqual([]);
    const inbox = await h.client(COMERCIAL).api('/me/mailFolders/inbox').get();
    expect(inbox.unreadItemCount).toBeGreaterThanOrEqual(1);
  });

  it('only drafts can be sent: a sent or unknown id is 404; no recipients is 400 and keeps the draft', async () => {
    const c = h.client();
    const created = await c.api('/me/messages').post(draft({ key: `twice-${randomUUID()}` }));
    expect((await h.raw('POST', `/v1.0/me/messages/${created.id}/send`)).status).toBe(202);
    const again = await h.raw('POST', `/v1.0/me/messages/${created.id}/send`);
    expect(again.status).toBe(404);
    expect(again.body.error.code).toBe('ErrorItemNotFound');
    const sent = await single('sentitems', `internetMessageId eq '${created.internetMessageId}'`);
    expect((await h.raw('POST', `/v1.0/me/messages/${sent.id}/send`)).status).toBe(404);

    const empty = await c.api('/me/messages').post(draft({ to: [] }));
    const noRecipients = await h.raw('POST', `/v1.0/me/messages/${empty.id}/send`);
    expect(noRecipients.status).toBe(400);
    expect(noRecipients.body.error).toMatchObject({
      code: 'ErrorInvalidRecipients',
      message: "At least one recipient isn't valid., A message can't be sent because it contains no recipients.",
    });
    expect((await h.raw('GET', `/v1.0/me/messages/${empty.id}`)).body.isDraft).toBe(true);
  });

  it('a sent message’s recipients and body cannot be changed; isRead and flag can', async () => {
    const key = `patch-sent-${randomUUID()}`;
    const created = await h.client().api('/me/messages').post(draft({ key }));
    await h.client().api(`/me/messages/${created.id}/send`).post({});
    const sent = await single('sentitems', keyFilter(key));
    const before = JSON.stringify(sent);
    for (const change of [
      { subject: 'otro' },
      { body: { contentType: 'text', content: 'otro' } },
      { toRecipients: [{ emailAddress: { address: DIRECCION } }] },
    ]) {
      const r = await h.raw('PATCH', `/v1.0/me/messages/${sent.id}`, { body: change });
      expect(r.status).toBe(400);
      expect(r.body.error).toMatchObject({ code: 'ErrorInvalidPropertySet', message: 'Message is not draft.' });
    }
    const unchanged = await single('sentitems', keyFilter(key));
    expect(JSON.stringify(unchanged)).toBe(before);
    const flagged = await h.raw('PATCH', `/v1.0/me/messages/${sent.id}`, {
      body: { isRead: false, flag: { flagStatus: 'flagged' } },
    });
    expect(flagged.status).toBe(200);
    expect(flagged.body).toMatchObject({ isRead: false, flag: { flagStatus: 'flagged' } });
  });

  it('from another mailbox is 403 ErrorSendAsDenied', async () => {
    const created = await h
      .client()
      .api('/me/messages')
      .post({ ...draft(), from: { emailAddress: { address: DIRECCION } } });
    const r = await h.raw('POST', `/v1.0/me/messages/${created.id}/send`);
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('ErrorSendAsDenied');
  });
});

describe('sendMail', () => {
  it('saves to Sent Items by default and delivers to emulated recipients', async () => {
    const key = `sendmail-${randomUUID()}`;
    const response = await h.raw('POST', '/v1.0/me/sendMail', {
      body: { message: draft({ key, to: [DIRECCION] }) },
    });
    expect(response.status).toBe(202);
    expect(response.text).toBe('');
    const sent = await single('sentitems', keyFilter(key));
    expect(sent).toMatchObject({ isDraft: false, from: { emailAddress: { address: LIDER } } });
    const received = await single('inbox', keyFilter(key), DIRECCION);
    expect(received.internetMessageId).toBe(sent.internetMessageId);
  });

  it('saveToSentItems false (also the string "false" of Graph’s docs) keeps no copy but still delivers', async () => {
    for (const saveToSentItems of [false, 'false']) {
      const key = `nosave-${randomUUID()}`;
      const before = await count();
      await h
        .client()
        .api('/me/sendMail')
        .post({ message: draft({ key, to: [COMERCIAL] }), saveToSentItems });
      expect(await count()).toBe(before);
      expect(await folderMessages('sentitems', keyFilter(key))).toEqual([]);
      expect(await folderMessages('inbox', keyFilter(key), COMERCIAL)).toHaveLength(1);
    }
  });

  it('a message to oneself lands in one’s own Inbox too', async () => {
    const key = `self-${randomUUID()}`;
    await h
      .client()
      .api('/me/sendMail')
      .post({ message: draft({ key, to: [LIDER.toUpperCase()] }) });
    expect(await folderMessages('inbox', keyFilter(key))).toHaveLength(1);
    expect(await folderMessages('sentitems', keyFilter(key))).toHaveLength(1);
  });
});

describe('bad input: a Graph-shaped 4xx and nothing stored', () => {
  const long = 'x'.repeat(256);
  const headers = (list: { name: string; value: string }[]) => ({ ...draft(), internetMessageHeaders: list });
  const cases: [string, unknown, number, string, RegExp | undefined][] = [
    ['an unknown property', { ...draft(), foo: 1 }, 400, 'BadRequest', /Property 'foo' does not exist/],
    ['a wrong type', { ...draft(), subject: 5 }, 400, 'BadRequest', /subject/],
    [
      'an unknown body content type',
      { ...draft(), body: { contentType: 'rtf', content: 'x' } },
      400,
      'BadRequest',
      undefined,
    ],
    [
      'an invalid e-mail address',
      draft({ to: ['no-es-correo'] }),
      400,
      'ErrorInvalidRecipients',
      /Recipient 'no-es-correo' isn't resolved/,
    ],
    [
      'a header without the x- prefix',
      headers([{ name: 'Reply-By', value: 'mañana' }]),
      400,
      'InvalidInternetMessageHeader',
      /^The internet message header name 'Reply-By' should start with 'x-' or 'X-'\.$/,
    ],
    [
      'six headers',
      headers([1, 2, 3, 4, 5, 6].map((i) => ({ name: `x-h${i}`, value: 'v' }))),
      400,
      'InvalidInternetMessageHeaderCollection',
      /less than or equal to 5/,
    ],
    [
      'headers over 4 KB',
      headers([{ name: 'x-big', value: 'v'.repeat(4095) }]),
      400,
      'InvalidInternetMessageHeaderCollection',
      undefined,
    ],
    [
      'a header value with a line break',
      headers([{ name: 'x-a', value: 'a\r\nBcc: b@c.example' }]),
      400,
      'InvalidInternetMessageHeader',
      undefined,
    ],
    ['a 256-character subject', { ...draft(), subject: long }, 400, 'BadRequest', /subject/],
    [
      'an invalid extended property id',
      { ...draft(), singleValueExtendedProperties: [{ id: 'String x-key', value: 'v' }] },
      400,
      'ErrorInvalidExtendedProperty',
      undefined,
    ],
    ['attachments', { ...draft(), attachments: [{ name: 'a.txt' }] }, 501, 'NotImplemented', undefined],
  ];

  it.each(cases)('POST /me/messages with %s', async (_label, body, status, code, message) => {
    const before = await counts();
    const r = await h.raw('POST', '/v1.0/me/messages', { body });
    expect(r.status).toBe(status);
    expect(r.body.error.code).toBe(code);
    if (message !== undefined) expect(r.body.error.message).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  it.each(cases)('POST /me/sendMail with %s', async (_label, message, status, code) => {
    const before = await counts();
    const r = await h.raw('POST', '/v1.0/me/sendMail', { body: { message } });
    expect(r.status).toBe(status);
    expect(r.body.error.code).toBe(code);
    expect(await counts()).toEqual(before);
  });

  it('malformed JSON, a missing message, an unknown top-level property, no recipients', async () => {
    const before = await counts();
    const malformed = await h.raw('POST', '/v1.0/me/sendMail', {
      rawBody: '{"message": {',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toMatch(/Unable to read JSON request payload/);
    expect((await h.raw('POST', '/v1.0/me/sendMail', { body: { saveToSentItems: true } })).status).toBe(400);
    expect((await h.raw('POST', '/v1.0/me/sendMail', { body: { message: draft(), urgent: true } })).status).toBe(400);
    expect(
      (await h.raw('POST', '/v1.0/me/sendMail', { body: { message: draft(), saveToSentItems: 'nope' } })).status,
    ).toBe(400);
    const none = await h.raw('POST', '/v1.0/me/sendMail', { body: { message: draft({ to: [] }) } });
    expect(none.status).toBe(400);
    expect(none.body.error.code).toBe('ErrorInvalidRecipients');
    expect(await counts()).toEqual(before);
  });

  it('ids with path characters, spaces or absurd length are 400 ErrorInvalidIdMalformed', async () => {
    for (const id of ['abc%20def', 'a'.repeat(1000), 'AAMk..%5C..', '%27%3B--']) {
      const r = await h.raw('GET', `/v1.0/me/messages/${id}`);
      expect(r.status).toBe(400);
      expect(r.body.error.code).toMatch(/ErrorInvalidIdMalformed|BadRequest/);
    }
    expect((await h.raw('GET', '/v1.0/me/messages/..%2F..%2Fsites')).status).toBe(400);
    const unknown = await h.raw('GET', `/v1.0/me/messages/AAMkAG${'A'.repeat(64)}AAA=`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('ErrorItemNotFound');
  });
});

describe('queries', () => {
  const batch = `lote-${randomUUID().slice(0, 8)}`;
  let since: string;

  beforeAll(async () => {
    since = new Date(Date.now() - 2000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const c = h.client();
    for (let i = 0; i < 12; i++) {
      await c.api('/me/messages').post(draft({ subject: `${batch} ${String(i).padStart(2, '0')}`, to: [COMERCIAL] }));
    }
  });

  it('pages by 10 by default with an absolute @odata.nextLink the SDK can follow', async () => {
    const c = h.client();
    const first = await c.api('/me/mailFolders/drafts/messages').filter(`startswith(subject, '${batch}')`).get();
    expect(first.value).toHaveLength(10);
    expect(first['@odata.nextLink']).toMatch(
      new RegExp(`^${h.url.replace(/[.]/g, '\\.')}/v1\\.0/me/mailFolders/drafts/messages\\?`),
    );
    expect(first['@odata.nextLink']).toContain('$skip=10');
    const second = await c.api(first['@odata.nextLink']).get();
    expect(second.value).toHaveLength(2);
    expect(second['@odata.nextLink']).toBeUndefined();
    const ids = new Set([...first.value, ...second.value].map((m: Message) => m.id));
    expect(ids.size).toBe(12);
  });

  it('$top, $count, $orderby and $select', async () => {
    const r = await h.raw(
      'GET',
      `/v1.0/me/messages?$filter=${q(`startswith(subject, '${batch}')`)}&$top=5&$count=true&$select=subject`,
    );
    expect(r.body['@odata.count']).toBe(12);
    expect(r.body.value).toHaveLength(5);
    expect(Object.keys(r.body.value[0]).sort()).toEqual(['@odata.etag', 'id', 'subject']);
    expect(r.body['@odata.context']).toMatch(/messages\(subject\)$/);
    // Default order: newest first.
    expect(r.body.value[0].subject).toBe(`${batch} 11`);
    const asc = await h.raw(
      'GET',
      `/v1.0/me/messages?$filter=${q(`subject ge '${batch}' and subject le '${batch} 99'`)}&$orderby=subject asc&$top=3`,
    );
    expect(asc.body.value.map((m: Message) => m.subject)).toEqual([`${batch} 00`, `${batch} 01`, `${batch} 02`]);
    for (const top of ['0', '1001', 'abc']) {
      expect((await h.raw('GET', `/v1.0/me/messages?$top=${top}`)).status).toBe(400);
    }
  });

  it('filters on subject (case-insensitive), isDraft, dates, sender and recipients', async () => {
    const c = h.client();
    const bySubject = await c.api('/me/messages').filter(`subject eq '${batch.toUpperCase()} 03'`).get();
    expect(bySubject.value.map((m: Message) => m.subject)).toEqual([`${batch} 03`]);
    const recent = await c
      .api('/me/mailFolders/drafts/messages')
      .filter(`createdDateTime ge ${since} and isDraft eq true and startswith(subject, '${batch}')`)
      .top(50)
      .get();
    expect(recent.value).toHaveLength(12);
    const future = await c.api('/me/messages').filter(`createdDateTime ge 2999-01-01T00:00:00Z`).get();
    expect(future.value).toEqual([]);
    const toComercial = await c
      .api('/me/messages')
      .filter(`toRecipients/any(r: r/emailAddress/address eq '${COMERCIAL}') and startswith(subject, '${batch}')`)
      .top(50)
      .get();
    expect(toComercial.value).toHaveLength(12);

    const key = `from-${randomUUID()}`;
    await c.api('/me/sendMail').post({ message: draft({ key, to: [DIRECCION] }) });
    const fromLider = await h
      .client(DIRECCION)
      .api('/me/mailFolders/inbox/messages')
      .filter(`from/emailAddress/address eq '${LIDER}' and sentDateTime ge ${since}`)
      .top(100)
      .get();
    expect(fromLider.value.length).toBeGreaterThanOrEqual(1);
    expect(fromLider.value.every((m: Message) => m.from?.emailAddress?.address === LIDER)).toBe(true);
  });

  it('$filter with $orderby follows Graph’s InefficientFilter rule', async () => {
    const bad = await h.raw('GET', `/v1.0/me/messages?$filter=${q(`subject eq 'x'`)}&$orderby=receivedDateTime desc`);
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({
      code: 'InefficientFilter',
      message: 'The restriction or sort order is too complex for this operation.',
    });
    const good = await h.raw(
      'GET',
      `/v1.0/me/messages?$filter=${q(`receivedDateTime ge 2020-01-01 and startswith(subject, '${batch}')`)}&$orderby=receivedDateTime desc`,
    );
    expect(good.status).toBe(200);
    expect(good.body.value).toHaveLength(10);
  });

  it('unknown properties and bad syntax are 400s', async () => {
    const select = await h.raw('GET', '/v1.0/me/messages?$select=subject,nope');
    expect(select.status).toBe(400);
    expect(select.body.error).toMatchObject({
      code: 'RequestBroker--ParseUri',
      message: "Could not find a property named 'nope' on type 'microsoft.graph.message'.",
    });
    expect((await h.raw('GET', `/v1.0/me/messages?$filter=${q("nope eq 'a'")}`)).status).toBe(400);
    expect((await h.raw('GET', `/v1.0/me/messages?$filter=${q("subject eq 'a")}`)).status).toBe(400);
    expect((await h.raw('GET', `/v1.0/me/messages?$filter=${q("toRecipients eq 'a'")}`)).status).toBe(400);
    const noId = await h.raw(
      'GET',
      `/v1.0/me/messages?$filter=${q("singleValueExtendedProperties/any(ep: ep/value eq 'a')")}`,
    );
    expect(noId.status).toBe(400);
    const badId = await h.raw(
      'GET',
      `/v1.0/me/messages?$filter=${q("singleValueExtendedProperties/any(ep: ep/id eq 'x-key' and ep/value eq 'a')")}`,
    );
    expect(badId.status).toBe(400);
    expect(badId.body.error.code).toBe('ErrorInvalidExtendedProperty');
    expect((await h.raw('GET', '/v1.0/me/messages?$search=hola')).status).toBe(501);
    expect((await h.raw('GET', '/v1.0/me/messages?$top=1&$top=2')).status).toBe(400);
  });
});

describe('HTML bodies', () => {
  const html = '<div><p onclick="steal()">Hola</p><script>alert("x")</script><a href="javascript:evil()">ver</a></div>';

  it('are stored exactly: returned verbatim with Prefer: outlook.allow-unsafe-html, sanitised by default', async () => {
    const c = h.client();
    const created = await c.api('/me/messages').post(draft({ body: { contentType: 'html', content: html } }));
    const exact = await c.api(`/me/messages/${created.id}`).header('Prefer', 'outlook.allow-unsafe-html').get();
    expect(exact.body).toEqual({ contentType: 'html', content: html });
    const safe = await c.api(`/me/messages/${created.id}`).get();
    expect(safe.body.content).not.toMatch(/script|onclick|javascript:/i);
    expect(safe.body.content).toContain('<p>Hola</p>');
    const text = await h.raw('GET', `/v1.0/me/messages/${created.id}`, {
      headers: { Prefer: 'outlook.body-content-type="text"' },
    });
    expect(text.body.body).toEqual({ contentType: 'text', content: 'Hola\r\nver' });
    expect(text.headers.get('preference-applied')).toBe('outlook.body-content-type="text"');
    expect(created.bodyPreview).toBe('Hola ver');
  });
});

describe('scopes and mailbox ownership', () => {
  it('another user’s mailbox is 403; an unknown user 404', async () => {
    for (const [method, path] of [
      ['GET', `/v1.0/users/${COMERCIAL}/messages`],
      ['GET', `/v1.0/users/${COMERCIAL}/mailFolders/inbox/messages`],
      ['POST', `/v1.0/users/${COMERCIAL}/sendMail`],
      ['POST', `/v1.0/users/${COMERCIAL}/messages`],
    ] as const) {
      const before = await counts();
      const r = await h.raw(method, path, method === 'POST' ? { body: { message: draft() } } : {});
      expect(r.status).toBe(403);
      expect(r.body.error.code).toBe('ErrorAccessDenied');
      expect(await counts()).toEqual(before);
    }
    const unknown = await h.raw('GET', '/v1.0/users/nadie@relaciones.example/messages');
    expect(unknown.status).toBe(404);
  });

  it('Mail.Read reads but cannot write or send; without Mail.Send nothing is sent', async () => {
    const readOnly = await h.token(LIDER, ['Mail.Read']);
    expect((await h.raw('GET', '/v1.0/me/messages', { token: readOnly })).status).toBe(200);
    expect((await h.raw('POST', '/v1.0/me/messages', { token: readOnly, body: draft() })).status).toBe(403);

    const noSend = await h.token(LIDER, ['Mail.ReadWrite']);
    const created = await h.raw('POST', '/v1.0/me/messages', { token: noSend, body: draft() });
    expect(created.status).toBe(201);
    const before = await counts();
    const send = await h.raw('POST', `/v1.0/me/messages/${created.body.id}/send`, { token: noSend });
    expect(send.status).toBe(403);
    expect(send.body.error.code).toBe('Authorization_RequestDenied');
    const sendMail = await h.raw('POST', '/v1.0/me/sendMail', { token: noSend, body: { message: draft() } });
    expect(sendMail.status).toBe(403);
    expect(await counts()).toEqual(before);
    expect((await h.raw('GET', `/v1.0/me/messages/${created.body.id}`)).body.isDraft).toBe(true);

    const sendOnly = await h.token(LIDER, ['Mail.Send']);
    expect((await h.raw('GET', '/v1.0/me/messages', { token: sendOnly })).status).toBe(403);
    expect((await h.raw('POST', '/v1.0/me/sendMail', { token: sendOnly, body: { message: draft() } })).status).toBe(
      202,
    );
  });
});

describe('persistence', () => {
  it('drafts, sent items, inbox copies and the header lookup survive a restart', async () => {
    const key = `restart-${randomUUID()}`;
    const c = h.client();
    const kept = await c.api('/me/messages').post(draft({ subject: 'Sobrevive' }));
    const toSend = await c.api('/me/messages').post(draft({ key, to: [COMERCIAL] }));
    await c.api(`/me/messages/${toSend.id}/send`).post({});
    const before = await counts();
    await h.restart();
    expect(await counts()).toEqual(before);
    const again = await h.client().api(`/me/messages/${kept.id}`).get();
    expect(again).toMatchObject({ subject: 'Sobrevive', isDraft: true, changeKey: kept.changeKey });
    expect(await folderMessages('sentitems', keyFilter(key))).toHaveLength(1);
    expect(await folderMessages('inbox', keyFilter(key), COMERCIAL)).toHaveLength(1);
  });
});
