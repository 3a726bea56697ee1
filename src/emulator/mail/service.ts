/**
 * What the mail routes do: create and update drafts, send a draft, sendMail, delete, read.
 * Every check runs before anything is written, and every write runs in one `ctx.store.tx`, so a
 * rejected request stores nothing.
 *
 * Sending (a draft or sendMail) needs at least one recipient (400 ErrorInvalidRecipients) and a
 * `from`/`sender` that is the mailbox owner, if given (403 ErrorSendAsDenied: the emulator grants
 * no send-as rights). The sent message moves to Sent Items with a new id — Graph's ids change
 * when an item changes folder — keeping its internetMessageId, custom headers and extended
 * properties; each recipient who is an emulated user receives a copy in their Inbox (unread, Bcc
 * hidden, custom headers kept). Delivery is immediate, where Exchange delivers asynchronously.
 * Deleting moves a message to Deleted Items (new id); deleting it there removes it.
 */
import type { EmulatorContext } from '../context';
import type { EmulatedUser } from '../auth/users';
import { GraphError } from '../http/graph-error';
import { isEmailAddress, resolveRecipient, uniqueAddresses } from './addresses';
import { mergeExtendedProperties, validateCustomHeaders, validateExtendedProperties } from './headers';
import {
  itemNotFound,
  newChangeKey,
  newConversationId,
  newConversationIndex,
  newInternetMessageId,
  newMessageId,
  requireWellFormedId,
} from './ids';
import {
  graphTimestamp,
  type HeaderValue,
  type MessageContent,
  type MessageRecord,
  type RecipientValue,
  type WellKnownFolder,
} from './model';
import type { MessageInput, SendMailInput } from './schema';
import { MailStore } from './store';

export const MAX_RECIPIENTS = 500;

/** Properties Graph lets a client change only while the message is a draft. */
const DRAFT_ONLY: readonly (keyof MessageInput)[] = [
  'subject',
  'body',
  'toRecipients',
  'ccRecipients',
  'bccRecipients',
  'replyTo',
  'from',
  'sender',
  'internetMessageId',
  'isDeliveryReceiptRequested',
  'isReadReceiptRequested',
];

const INTERNET_MESSAGE_ID = /^<[^<>\s@]+@[^<>\s@]+>$/;

const invalidRecipients = (detail: string): GraphError =>
  new GraphError(400, 'ErrorInvalidRecipients', `At least one recipient isn't valid., ${detail}`);

export function ownerRecipient(owner: EmulatedUser): RecipientValue {
  return { emailAddress: { name: owner.displayName, address: owner.upn } };
}

export class MailService {
  private readonly store: MailStore;

  constructor(private readonly ctx: EmulatorContext) {
    this.store = new MailStore(ctx.store.db);
  }

  private now(): string {
    return graphTimestamp(this.ctx.now());
  }

  private recipient(value: { emailAddress: { address: string; name?: string | null } }): RecipientValue {
    const { address } = value.emailAddress;
    if (!isEmailAddress(address)) {
      throw invalidRecipients(
        `Recipient '${address.slice(0, 100)}' isn't resolved. All recipients must be resolved before a message can be submitted.`,
      );
    }
    return resolveRecipient(value, (a) => this.ctx.users.byUpn(a)?.displayName);
  }

  private recipients(list: MessageInput['toRecipients']): RecipientValue[] | undefined {
    return list?.map((r) => this.recipient(r));
  }

  /** Applies `input` over `base` (or the defaults of a new message); validates everything. */
  private content(input: MessageInput, base: MessageContent | undefined, owner: EmulatedUser): MessageContent {
    if (input.attachments !== undefined) {
      throw new GraphError(501, 'NotImplemented', 'The emulator does not support message attachments.');
    }
    if (input.internetMessageId !== undefined && !INTERNET_MESSAGE_ID.test(input.internetMessageId)) {
      throw new GraphError(
        400,
        'ErrorInvalidInternetMessageId',
        "The internetMessageId must have the form '<local@domain>'.",
      );
    }
    let internetMessageHeaders: HeaderValue[] = base?.internetMessageHeaders ?? [];
    if (input.internetMessageHeaders !== undefined) {
      if (base !== undefined) {
        throw new GraphError(
          400,
          'ErrorInvalidPropertySet',
          'Internet message headers can be set only when the message is created.',
        );
      }
      internetMessageHeaders = validateCustomHeaders(input.internetMessageHeaders);
    }
    const properties =
      input.singleValueExtendedProperties === undefined
        ? (base?.singleValueExtendedProperties ?? [])
        : base === undefined
          ? validateExtendedProperties(input.singleValueExtendedProperties)
          : mergeExtendedProperties(
              base.singleValueExtendedProperties,
              validateExtendedProperties(input.singleValueExtendedProperties),
            );
    const content: MessageContent = {
      subject: input.subject === undefined ? (base?.subject ?? '') : (input.subject ?? ''),
      body:
        input.body === undefined
          ? (base?.body ?? { contentType: 'text', content: '' })
          : {
              contentType: input.body.contentType ?? base?.body.contentType ?? 'text',
              content: input.body.content ?? '',
            },
      toRecipients: this.recipients(input.toRecipients) ?? base?.toRecipients ?? [],
      ccRecipients: this.recipients(input.ccRecipients) ?? base?.ccRecipients ?? [],
      bccRecipients: this.recipients(input.bccRecipients) ?? base?.bccRecipients ?? [],
      replyTo: this.recipients(input.replyTo) ?? base?.replyTo ?? [],
      from: input.from === undefined ? (base?.from ?? null) : input.from === null ? null : this.recipient(input.from),
      sender:
        input.sender === undefined
          ? (base?.sender ?? null)
          : input.sender === null
            ? null
            : this.recipient(input.sender),
      importance: input.importance ?? base?.importance ?? 'normal',
      categories: input.categories ?? base?.categories ?? [],
      flag: input.flag ?? base?.flag ?? { flagStatus: 'notFlagged' },
      isRead: input.isRead ?? base?.isRead ?? true,
      isDeliveryReceiptRequested: input.isDeliveryReceiptRequested ?? base?.isDeliveryReceiptRequested ?? false,
      isReadReceiptRequested: input.isReadReceiptRequested ?? base?.isReadReceiptRequested ?? false,
      inferenceClassification: input.inferenceClassification ?? base?.inferenceClassification ?? 'focused',
      internetMessageId:
        input.internetMessageId ??
        base?.internetMessageId ??
        newInternetMessageId(owner.upn.split('@')[1] ?? 'localhost'),
      internetMessageHeaders,
      singleValueExtendedProperties: properties,
    };
    const total = content.toRecipients.length + content.ccRecipients.length + content.bccRecipients.length;
    if (total > MAX_RECIPIENTS) {
      throw invalidRecipients(`A message can't have more than ${MAX_RECIPIENTS} recipients.`);
    }
    return content;
  }

  /** The checks Exchange makes when a message is submitted. */
  private checkSendable(content: MessageContent, owner: EmulatedUser): void {
    if (content.toRecipients.length + content.ccRecipients.length + content.bccRecipients.length === 0) {
      throw invalidRecipients("A message can't be sent because it contains no recipients.");
    }
    for (const who of [content.from, content.sender]) {
      if (who !== null && who.emailAddress.address.toLowerCase() !== owner.upn.toLowerCase()) {
        throw new GraphError(
          403,
          'ErrorSendAsDenied',
          'The user account which was used to submit this request does not have the right to send mail on behalf of the specified sending account., Cannot submit message.',
        );
      }
    }
  }

  private newRecord(
    owner: EmulatedUser,
    folder: WellKnownFolder,
    content: MessageContent,
    now: string,
    sent: boolean,
  ): Omit<MessageRecord, 'seq'> {
    return {
      ...content,
      id: newMessageId(),
      ownerId: owner.id,
      folder,
      isDraft: !sent,
      createdDateTime: now,
      lastModifiedDateTime: now,
      receivedDateTime: now,
      sentDateTime: now,
      changeKey: newChangeKey(),
      conversationId: newConversationId(),
      conversationIndex: newConversationIndex(),
      transportHeaders: [],
    };
  }

  get(owner: EmulatedUser, id: string, folder?: WellKnownFolder): MessageRecord {
    const record = this.store.find(owner.id, requireWellFormedId(id));
    if (record === undefined || (folder !== undefined && record.folder !== folder)) throw itemNotFound();
    return record;
  }

  list(owner: EmulatedUser, folder?: WellKnownFolder): MessageRecord[] {
    return this.store.list(owner.id, folder);
  }

  counts(owner: EmulatedUser, folder: WellKnownFolder): { total: number; unread: number } {
    return this.store.counts(owner.id, folder);
  }

  createDraft(owner: EmulatedUser, input: MessageInput): MessageRecord {
    const content = this.content(input, undefined, owner);
    return this.ctx.store.tx(() => this.store.insert(this.newRecord(owner, 'drafts', content, this.now(), false)));
  }

  update(owner: EmulatedUser, id: string, input: MessageInput): MessageRecord {
    const record = this.get(owner, id);
    if (!record.isDraft) {
      const blocked = DRAFT_ONLY.find((name) => input[name] !== undefined);
      if (blocked !== undefined || input.internetMessageHeaders !== undefined) {
        throw new GraphError(400, 'ErrorInvalidPropertySet', 'Message is not draft.');
      }
    }
    const content = this.content(input, record, owner);
    const updated: MessageRecord = {
      ...record,
      ...content,
      lastModifiedDateTime: this.now(),
      changeKey: newChangeKey(),
    };
    this.ctx.store.tx(() => this.store.update(updated));
    return updated;
  }

  remove(owner: EmulatedUser, id: string): void {
    const record = this.get(owner, id);
    this.ctx.store.tx(() => {
      this.store.remove(record);
      if (record.folder === 'deleteditems') return;
      this.store.insert({
        ...record,
        id: newMessageId(),
        folder: 'deleteditems',
        lastModifiedDateTime: this.now(),
        changeKey: newChangeKey(),
      });
    });
  }

  /** `POST …/messages/{id}/send`: only a draft can be sent (anything else is not found, as in Graph). */
  send(owner: EmulatedUser, id: string): void {
    const draft = this.store.find(owner.id, requireWellFormedId(id));
    if (draft === undefined || !draft.isDraft) throw itemNotFound();
    this.checkSendable(draft, owner);
    const now = this.now();
    const sent: Omit<MessageRecord, 'seq'> = {
      ...draft,
      id: newMessageId(),
      folder: 'sentitems',
      isDraft: false,
      isRead: true,
      from: ownerRecipient(owner),
      sender: ownerRecipient(owner),
      lastModifiedDateTime: now,
      receivedDateTime: now,
      sentDateTime: now,
      changeKey: newChangeKey(),
    };
    this.ctx.store.tx(() => {
      this.store.remove(draft);
      this.store.insert(sent);
      this.deliver(sent, now);
    });
  }

  /** `POST …/sendMail`: sends a new message, saved in Sent Items unless `saveToSentItems` is false. */
  sendMail(owner: EmulatedUser, input: SendMailInput): void {
    const content = this.content(input.message, undefined, owner);
    this.checkSendable(content, owner);
    const now = this.now();
    const sent: Omit<MessageRecord, 'seq'> = {
      ...this.newRecord(owner, 'sentitems', content, now, true),
      isRead: true,
      from: ownerRecipient(owner),
      sender: ownerRecipient(owner),
    };
    this.ctx.store.tx(() => {
      if (input.saveToSentItems !== false) this.store.insert(sent);
      this.deliver(sent, now);
    });
  }

  /** Puts a copy of a sent message in the Inbox of every recipient who is an emulated user. */
  private deliver(sent: Omit<MessageRecord, 'seq'>, now: string): void {
    const addresses = uniqueAddresses(sent.toRecipients, sent.ccRecipients, sent.bccRecipients);
    for (const address of addresses) {
      const user = this.ctx.users.byUpn(address);
      if (user === undefined) continue;
      this.store.insert({
        ...sent,
        id: newMessageId(),
        ownerId: user.id,
        folder: 'inbox',
        isDraft: false,
        isRead: false,
        bccRecipients: [],
        categories: [],
        flag: { flagStatus: 'notFlagged' },
        inferenceClassification: 'focused',
        createdDateTime: now,
        lastModifiedDateTime: now,
        receivedDateTime: now,
        changeKey: newChangeKey(),
        conversationId: newConversationId(),
        // Only Internet headers travel with the message; other extended properties stay with the sender.
        singleValueExtendedProperties: sent.singleValueExtendedProperties.filter((p) => /\{00020386-/i.test(p.id)),
        transportHeaders: transportHeaders(sent, now),
      });
    }
  }
}

/** The standard headers a received copy shows before its custom ones. */
function transportHeaders(sent: Omit<MessageRecord, 'seq'>, now: string): HeaderValue[] {
  const date = new Date(now).toUTCString().replace('GMT', '+0000');
  return [
    { name: 'Received', value: `from relaciones-emulator (127.0.0.1) by relaciones-emulator with HTTPS; ${date}` },
    {
      name: 'Content-Type',
      value: sent.body.contentType === 'html' ? 'text/html; charset="utf-8"' : 'text/plain; charset="utf-8"',
    },
    { name: 'Date', value: date },
    { name: 'Message-ID', value: sent.internetMessageId },
    { name: 'MIME-Version', value: '1.0' },
    { name: 'Subject', value: sent.subject ?? '' },
  ];
}
