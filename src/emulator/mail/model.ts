/**
 * The stored shape of an emulated Outlook message and the well-known folders it can live in.
 * Everything the Graph JSON shows is derived from a `MessageRecord` (see `render.ts`); the record
 * is kept as one JSON column in SQLite (see `store.ts`).
 */

export const WELL_KNOWN_FOLDERS = ['inbox', 'drafts', 'sentitems', 'deleteditems'] as const;
export type WellKnownFolder = (typeof WELL_KNOWN_FOLDERS)[number];

export type BodyType = 'text' | 'html';
export type Importance = 'low' | 'normal' | 'high';
export type FlagStatus = 'notFlagged' | 'complete' | 'flagged';

export interface EmailAddressValue {
  readonly address: string;
  readonly name: string;
}

export interface RecipientValue {
  readonly emailAddress: EmailAddressValue;
}

export interface BodyValue {
  readonly contentType: BodyType;
  readonly content: string;
}

export interface DateTimeTimeZoneValue {
  readonly dateTime: string;
  readonly timeZone: string;
}

export interface FlagValue {
  readonly flagStatus: FlagStatus;
  readonly startDateTime?: DateTimeTimeZoneValue;
  readonly dueDateTime?: DateTimeTimeZoneValue;
  readonly completedDateTime?: DateTimeTimeZoneValue;
}

export interface HeaderValue {
  readonly name: string;
  readonly value: string;
}

/** A single-value extended property as the client wrote it (`id` as given, validated). */
export interface ExtendedPropertyValue {
  readonly id: string;
  readonly value: string | null;
}

/** The writable content of a message: what create, update and sendMail may set. */
export interface MessageContent {
  subject: string | null;
  body: BodyValue;
  toRecipients: RecipientValue[];
  ccRecipients: RecipientValue[];
  bccRecipients: RecipientValue[];
  replyTo: RecipientValue[];
  from: RecipientValue | null;
  sender: RecipientValue | null;
  importance: Importance;
  categories: string[];
  flag: FlagValue;
  isRead: boolean;
  isDeliveryReceiptRequested: boolean;
  isReadReceiptRequested: boolean;
  inferenceClassification: 'focused' | 'other';
  internetMessageId: string;
  /** Custom `x-` headers given at creation; also visible as PS_INTERNET_HEADERS extended properties. */
  internetMessageHeaders: HeaderValue[];
  singleValueExtendedProperties: ExtendedPropertyValue[];
}

export interface MessageRecord extends MessageContent {
  /** Insertion order, the tie-break of every sort. */
  seq: number;
  id: string;
  ownerId: string;
  folder: WellKnownFolder;
  isDraft: boolean;
  createdDateTime: string;
  lastModifiedDateTime: string;
  receivedDateTime: string;
  sentDateTime: string | null;
  changeKey: string;
  conversationId: string;
  conversationIndex: string;
  /** Standard transport headers of a received copy (Received, Date, Message-ID …); empty otherwise. */
  transportHeaders: HeaderValue[];
}

/** Graph's timestamps for Outlook items: UTC, whole seconds, `Z`. */
export function graphTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
