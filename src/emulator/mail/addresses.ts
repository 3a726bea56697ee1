/**
 * E-mail addresses of recipients: the syntax check (a practical subset of RFC 5321/5322 — a dot-atom
 * local part and a DNS domain with at least one dot) and Exchange's resolution of a recipient's
 * display name (the directory name of a tenant user, else the address itself).
 */
import type { RecipientValue } from './model';

export const MAX_ADDRESS_LENGTH = 254;
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

export function isEmailAddress(address: string): boolean {
  if (address.length > MAX_ADDRESS_LENGTH) return false;
  const at = address.lastIndexOf('@');
  if (at <= 0) return false;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local.length > 64 || !LOCAL_PART.test(local)) return false;
  const labels = domain.split('.');
  if (labels.length < 2 || domain.length > 253) return false;
  return labels.every((label) => DOMAIN_LABEL.test(label)) && !/^\d+$/.test(labels[labels.length - 1] ?? '');
}

/** Fills in missing display names: `displayNameOf(address)` (a tenant user's name) or the address. */
export function resolveRecipient(
  recipient: { emailAddress: { address: string; name?: string | null } },
  displayNameOf: (address: string) => string | undefined,
): RecipientValue {
  const { address, name } = recipient.emailAddress;
  const trimmed = name?.trim() ?? '';
  return { emailAddress: { address, name: trimmed !== '' ? trimmed : (displayNameOf(address) ?? address) } };
}

/** Every recipient address of a message, lower-cased and without duplicates, in to → cc → bcc order. */
export function uniqueAddresses(...lists: readonly (readonly RecipientValue[])[]): string[] {
  const seen = new Set<string>();
  for (const list of lists) {
    for (const recipient of list) seen.add(recipient.emailAddress.address.toLowerCase());
  }
  return [...seen];
}
