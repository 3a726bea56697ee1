import { GraphError } from '../../../../src/emulator/http/graph-error';
import { PS_INTERNET_HEADERS } from '../../../../src/emulator/mail/headers';
import type { MessageRecord } from '../../../../src/emulator/mail/model';
import {
  nextLink,
  parseExpand,
  parseItemQuery,
  parseListQuery,
  runListQuery,
} from '../../../../src/emulator/mail/query';
import { messageJson } from '../../../../src/emulator/mail/render';

let seq = 0;
function record(overrides: Partial<MessageRecord> = {}): MessageRecord {
  seq += 1;
  return {
    seq,
    id: `AAMkAG${String(seq).padStart(20, '0')}AAA=`,
    ownerId: 'owner',
    folder: 'drafts',
    isDraft: true,
    subject: `Asunto ${seq}`,
    body: { contentType: 'text', content: 'cuerpo' },
    toRecipients: [{ emailAddress: { address: 'a@x.example', name: 'A' } }],
    ccRecipients: [],
    bccRecipients: [],
    replyTo: [],
    from: null,
    sender: null,
    importance: 'normal',
    categories: [],
    flag: { flagStatus: 'notFlagged' },
    isRead: true,
    isDeliveryReceiptRequested: false,
    isReadReceiptRequested: false,
    inferenceClassification: 'focused',
    internetMessageId: `<${seq}@relaciones.example>`,
    internetMessageHeaders: [],
    singleValueExtendedProperties: [],
    createdDateTime: '2026-03-01T10:00:00Z',
    lastModifiedDateTime: '2026-03-01T10:00:00Z',
    receivedDateTime: '2026-03-01T10:00:00Z',
    sentDateTime: '2026-03-01T10:00:00Z',
    changeKey: `CK${seq}`,
    conversationId: 'conv',
    conversationIndex: 'idx',
    transportHeaders: [],
    ...overrides,
  };
}

const list = (text: string) => parseListQuery(new URLSearchParams(text));
const ids = (records: MessageRecord[]) => records.map((r) => r.subject);

function graphError(fn: () => unknown): GraphError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphError);
    return error as GraphError;
  }
  throw new Error('no error thrown');
}

describe('parseListQuery', () => {
  it('defaults: page of 10, no skip, no count', () => {
    expect(list('')).toMatchObject({ top: 10, skip: 0, count: false, orderBy: [] });
  });

  it('rejects repeated, unknown and out-of-range options; ignores non-$ parameters', () => {
    expect(graphError(() => list('$top=1&$top=2')).status).toBe(400);
    expect(graphError(() => list('$foo=1')).status).toBe(400);
    expect(graphError(() => list('$search=x')).status).toBe(501);
    expect(graphError(() => list('$top=1001')).status).toBe(400);
    expect(graphError(() => list('$skip=-1')).status).toBe(400);
    expect(graphError(() => list('$count=yes')).status).toBe(400);
    expect(list('token=abc').top).toBe(10);
  });

  it('checks filter properties and lambda shapes', () => {
    expect(graphError(() => list("$filter=nope eq 'a'")).code).toBe('RequestBroker--ParseUri');
    expect(graphError(() => list("$filter=from/emailAddress/nope eq 'a'")).code).toBe('RequestBroker--ParseUri');
    expect(graphError(() => list("$filter=subject eq 'a")).code).toBe('BadRequest');
    expect(graphError(() => list("$filter=toRecipients eq 'a'")).message).toMatch(/collection/);
    expect(graphError(() => list("$filter=subject/any(s: s eq 'a')")).message).toMatch(/not a collection/);
    expect(graphError(() => list("$filter=toRecipients/any(r: r/nope eq 'a')")).status).toBe(400);
    expect(graphError(() => list("$filter=singleValueExtendedProperties/any(ep: ep/value eq 'a')")).status).toBe(400);
    expect(
      graphError(() => list("$filter=singleValueExtendedProperties/any(ep: ep/id eq 'bad' and ep/value eq 'a')")).code,
    ).toBe('ErrorInvalidExtendedProperty');
    expect(list("$filter=SUBJECT eq 'a' and FROM/EmailAddress/Address eq 'b@x.example'").filter).toBeDefined();
  });

  it("enforces Graph's InefficientFilter rule for $filter with $orderby", () => {
    const inefficient = (query: string) => graphError(() => list(query)).code;
    expect(inefficient("$filter=subject eq 'a'&$orderby=receivedDateTime desc")).toBe('InefficientFilter');
    expect(
      inefficient("$filter=subject eq 'a' and receivedDateTime ge 2026-01-01&$orderby=receivedDateTime desc"),
    ).toBe('InefficientFilter');
    expect(
      list("$filter=receivedDateTime ge 2026-01-01 and subject eq 'a'&$orderby=receivedDateTime desc").orderBy,
    ).toEqual([{ path: ['receivedDateTime'], direction: 'desc' }]);
    expect(list('$orderby=subject').orderBy).toHaveLength(1);
    expect(graphError(() => list('$orderby=body')).status).toBe(400);
  });
});

describe('runListQuery', () => {
  const key = (value: string) => ({ name: 'x-relaciones-key', value });
  const records = [
    record({ subject: 'b', receivedDateTime: '2026-03-02T00:00:00Z', internetMessageHeaders: [key('k1')] }),
    record({ subject: 'a', receivedDateTime: '2026-03-03T00:00:00Z', categories: ['Queja'] }),
    record({
      subject: 'c',
      receivedDateTime: '2026-03-01T00:00:00Z',
      folder: 'sentitems',
      isDraft: false,
      from: { emailAddress: { address: 'lider@relaciones.example', name: 'L' } },
      singleValueExtendedProperties: [{ id: 'String 0x1000', value: 'interno' }],
    }),
  ];

  it('sorts by receivedDateTime desc by default and pages with nextSkip', () => {
    const first = runListQuery(records, list('$top=2'));
    expect(ids(first.items)).toEqual(['a', 'b']);
    expect(first).toMatchObject({ total: 3, nextSkip: 2 });
    const second = runListQuery(records, list('$top=2&$skip=2'));
    expect(ids(second.items)).toEqual(['c']);
    expect(second.nextSkip).toBeUndefined();
    expect(ids(runListQuery(records, list('$orderby=subject')).items)).toEqual(['a', 'b', 'c']);
  });

  it('filters on scalars, dates, complex paths and collections', () => {
    const run = (filter: string) => ids(runListQuery(records, list(`$filter=${filter}`)).items);
    expect(run("subject eq 'A'")).toEqual(['a']);
    expect(run('isDraft eq false')).toEqual(['c']);
    expect(run('receivedDateTime ge 2026-03-02')).toEqual(['a', 'b']);
    expect(run("from/emailAddress/address eq 'LIDER@relaciones.example'")).toEqual(['c']);
    expect(run("categories/any(c: c eq 'queja')")).toEqual(['a']);
    expect(run("toRecipients/any(r: r/emailAddress/address eq 'a@x.example')")).toEqual(['a', 'b', 'c']);
  });

  it('finds custom headers and explicit properties through singleValueExtendedProperties', () => {
    const run = (filter: string) => ids(runListQuery(records, list(`$filter=${filter}`)).items);
    const header = (name: string, guid = PS_INTERNET_HEADERS) => `String {${guid}} Name ${name}`;
    expect(
      run(`singleValueExtendedProperties/any(ep: ep/id eq '${header('x-relaciones-key')}' and ep/value eq 'k1')`),
    ).toEqual(['b']);
    expect(
      run(
        `singleValueExtendedProperties/Any(ep: ep/id eq '${header('X-RELACIONES-KEY', PS_INTERNET_HEADERS.toLowerCase())}' and ep/value eq 'K1')`,
      ),
    ).toEqual(['b']);
    expect(
      run(`singleValueExtendedProperties/any(ep: ep/id eq '${header('x-relaciones-key')}' and ep/value eq 'k2')`),
    ).toEqual([]);
    expect(
      run("singleValueExtendedProperties/any(ep: ep/id eq 'string 0x1000' and startswith(ep/value, 'inter'))"),
    ).toEqual(['c']);
  });
});

describe('$select and $expand', () => {
  it('select keeps @odata.etag and id; internetMessageHeaders only when selected, never for Sent Items', () => {
    const draft = record({ internetMessageHeaders: [{ name: 'x-k', value: 'v' }] });
    const options = { origin: 'https://localhost:3000', preferences: { allowUnsafeHtml: false } };
    expect(messageJson(draft, options)).not.toHaveProperty('internetMessageHeaders');
    const selected = messageJson(draft, {
      ...options,
      ...parseItemQuery(new URLSearchParams('$select=internetMessageHeaders')),
    });
    expect(selected).toEqual({
      '@odata.etag': 'W/"CK' + String(draft.seq) + '"',
      id: draft.id,
      internetMessageHeaders: [{ name: 'x-k', value: 'v' }],
    });
    const sent = { ...draft, folder: 'sentitems' as const };
    expect(
      messageJson(sent, {
        ...options,
        ...parseItemQuery(new URLSearchParams('$select=subject,internetMessageHeaders')),
      }),
    ).not.toHaveProperty('internetMessageHeaders');
    expect(graphError(() => parseItemQuery(new URLSearchParams('$select=nope'))).code).toBe('RequestBroker--ParseUri');
  });

  it('expand returns the named properties, including headers as PS_INTERNET_HEADERS properties', () => {
    const id = `String {${PS_INTERNET_HEADERS}} Name x-k`;
    const keys = parseExpand(
      `singleValueExtendedProperties($filter=id eq '${id.toUpperCase()}' or id eq 'String 0x1000')`,
    );
    expect(keys.size).toBe(2);
    const message = record({
      folder: 'sentitems',
      internetMessageHeaders: [{ name: 'x-k', value: 'v' }],
      singleValueExtendedProperties: [{ id: 'String 0x1000', value: 'w' }],
    });
    const out = messageJson(message, {
      origin: 'https://localhost:3000',
      preferences: { allowUnsafeHtml: false },
      expandKeys: keys,
    });
    expect(out.singleValueExtendedProperties).toEqual([
      { id, value: 'v' },
      { id: 'String 0x1000', value: 'w' },
    ]);
    expect(graphError(() => parseExpand('attachments')).status).toBe(501);
    expect(graphError(() => parseExpand("singleValueExtendedProperties($filter=value eq 'x')")).status).toBe(400);
  });
});

describe('nextLink', () => {
  it('is absolute, keeps other options and replaces $skip', () => {
    const query = new URLSearchParams();
    query.set('$filter', "subject eq 'a b'");
    query.set('$skip', '10');
    query.set('$top', '10');
    expect(nextLink('https://localhost:3000', "/v1.0/me/mailFolders('inbox')/messages", query, 20)).toBe(
      "https://localhost:3000/v1.0/me/mailFolders('inbox')/messages?$filter=subject%20eq%20'a%20b'&$top=10&$skip=20",
    );
  });
});
