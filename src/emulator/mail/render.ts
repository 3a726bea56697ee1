/**
 * A stored message as Graph's JSON: the default property set in Graph's order, `$select`
 * (always with `@odata.etag` and `id`), the select-only `internetMessageHeaders` and
 * `uniqueBody`, and `$expand=singleValueExtendedProperties($filter=id eq '…')`.
 *
 * Graph does not return `internetMessageHeaders` for messages in Sent Items (the property is
 * absent even when selected); drafts show their custom headers, received messages the transport
 * headers followed by the custom ones.
 */
import type { Message } from '@microsoft/microsoft-graph-types';
import { GraphError } from '../http/graph-error';
import { bodyPreview, renderBody, type BodyPreferences } from './html';
import { effectiveProperties, headersFromProperties } from './headers';
import { folderId } from './ids';
import type { HeaderValue, MessageRecord } from './model';

/** Graph's default properties of a message, in the order Graph returns them. */
export const DEFAULT_PROPERTIES = [
  'createdDateTime',
  'lastModifiedDateTime',
  'changeKey',
  'categories',
  'receivedDateTime',
  'sentDateTime',
  'hasAttachments',
  'internetMessageId',
  'subject',
  'bodyPreview',
  'importance',
  'parentFolderId',
  'conversationId',
  'conversationIndex',
  'isDeliveryReceiptRequested',
  'isReadReceiptRequested',
  'isRead',
  'isDraft',
  'webLink',
  'inferenceClassification',
  'body',
  'sender',
  'from',
  'toRecipients',
  'ccRecipients',
  'bccRecipients',
  'replyTo',
  'flag',
] as const;

/** Returned only when selected. */
export const SELECT_ONLY_PROPERTIES = ['internetMessageHeaders', 'uniqueBody'] as const;

const SELECTABLE = new Map<string, string>(
  ['id', ...DEFAULT_PROPERTIES, ...SELECT_ONLY_PROPERTIES].map((name) => [name.toLowerCase(), name]),
);

export const unknownProperty = (name: string): GraphError =>
  new GraphError(
    400,
    'RequestBroker--ParseUri',
    `Could not find a property named '${name.slice(0, 100)}' on type 'microsoft.graph.message'.`,
  );

/** Canonical names for a `$select` list (case-insensitive); `*` means the default set. */
export function canonicalSelect(names: readonly string[]): string[] {
  if (names.includes('*')) return [...DEFAULT_PROPERTIES];
  return names.map((name) => {
    const canonical = SELECTABLE.get(name.toLowerCase());
    if (canonical === undefined) throw unknownProperty(name);
    return canonical;
  });
}

export interface RenderOptions {
  readonly origin: string;
  readonly preferences: BodyPreferences;
  /** Canonical names from `$select`; undefined for the default set. */
  readonly select?: readonly string[];
  /** Property keys (see `propertyKey`) requested by `$expand=singleValueExtendedProperties(...)`. */
  readonly expandKeys?: ReadonlySet<string>;
}

export const etagOf = (record: MessageRecord): string => `W/"${record.changeKey}"`;

export function webLink(record: MessageRecord): string {
  return `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(record.id)}&exvsurl=1&viewmodel=ReadMessageItem`;
}

/** The headers `$select=internetMessageHeaders` shows, or undefined when Graph omits the property. */
function visibleHeaders(record: MessageRecord): HeaderValue[] | undefined {
  if (record.folder === 'sentitems') return undefined;
  const custom = [...record.internetMessageHeaders, ...headersFromProperties(record.singleValueExtendedProperties)];
  return [...record.transportHeaders, ...custom];
}

/** The full JSON (every default and select-only property), before selection. */
function allProperties(record: MessageRecord, preferences: BodyPreferences): Record<string, unknown> {
  const body = renderBody(record.body, preferences);
  return {
    id: record.id,
    createdDateTime: record.createdDateTime,
    lastModifiedDateTime: record.lastModifiedDateTime,
    changeKey: record.changeKey,
    categories: record.categories,
    receivedDateTime: record.receivedDateTime,
    sentDateTime: record.sentDateTime,
    hasAttachments: false,
    internetMessageId: record.internetMessageId,
    subject: record.subject,
    bodyPreview: bodyPreview(record.body),
    importance: record.importance,
    parentFolderId: folderId(record.ownerId, record.folder),
    conversationId: record.conversationId,
    conversationIndex: record.conversationIndex,
    isDeliveryReceiptRequested: record.isDeliveryReceiptRequested,
    isReadReceiptRequested: record.isReadReceiptRequested,
    isRead: record.isRead,
    isDraft: record.isDraft,
    webLink: webLink(record),
    inferenceClassification: record.inferenceClassification,
    body,
    sender: record.sender,
    from: record.from,
    toRecipients: record.toRecipients,
    ccRecipients: record.ccRecipients,
    bccRecipients: record.bccRecipients,
    replyTo: record.replyTo,
    flag: record.flag,
    internetMessageHeaders: visibleHeaders(record),
    uniqueBody: body,
  } satisfies Partial<Record<keyof Message, unknown>>;
}

/** The properties filters and sorts see (the full JSON, with extended properties as match keys). */
export function filterView(record: MessageRecord): Record<string, unknown> {
  return {
    ...allProperties(record, { allowUnsafeHtml: true }),
    singleValueExtendedProperties: effectiveProperties(
      record.singleValueExtendedProperties,
      record.internetMessageHeaders,
    ).map(({ key, value }) => ({ id: key, value })),
  };
}

export function messageJson(record: MessageRecord, options: RenderOptions): Record<string, unknown> {
  const all = allProperties(record, options.preferences);
  const names = options.select ?? DEFAULT_PROPERTIES;
  const out: Record<string, unknown> = { '@odata.etag': etagOf(record), id: record.id };
  for (const name of names) {
    if (name === 'id') continue;
    const value = all[name];
    if (name === 'internetMessageHeaders' && value === undefined) continue;
    out[name] = value;
  }
  if (options.expandKeys !== undefined) {
    out.singleValueExtendedProperties = effectiveProperties(
      record.singleValueExtendedProperties,
      record.internetMessageHeaders,
    )
      .filter(({ key }) => options.expandKeys?.has(key) === true)
      .map(({ id, value }) => ({ id, value }));
  }
  return out;
}
