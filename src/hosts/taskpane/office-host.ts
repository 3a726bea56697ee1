/**
 * The task pane's only contact with Office.js: wait for `Office.onReady` (bounded by a timeout,
 * because in a plain browser office.js may be missing or never answer) and read the few facts
 * that host-context.ts decides on. Every read is guarded: outside Office most of them are absent.
 */
import type { MailboxItemInfo, OfficeThemeInfo, ReadyInfo } from './host-context';

/** What the task pane reads from Office; everything is optional because a browser has none of it. */
export interface OfficeFacts {
  readonly info: ReadyInfo | null;
  readonly mailboxItem?: MailboxItemInfo;
  readonly displayLanguage?: string;
  readonly officeTheme?: OfficeThemeInfo;
}

/** The slice of the global `Office` namespace used here (small enough to fake with office-addin-mock). */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown }> | { host: unknown };
  readonly context?: unknown;
}

/** Office normally answers within a second; past this the pane renders as a plain browser page. */
export const OFFICE_READY_TIMEOUT_MS = 10_000;

/** The global `Office` when office.js loaded, else undefined (CDN blocked, plain browser offline). */
export function officeGlobal(): OfficeLike | undefined {
  const candidate = (globalThis as { Office?: unknown }).Office;
  if (typeof candidate !== 'object' || candidate === null) return undefined;
  return typeof (candidate as { onReady?: unknown }).onReady === 'function' ? (candidate as OfficeLike) : undefined;
}

/** `Office.onReady`'s host, or null when there is no Office, it fails, or it does not answer in time. */
export async function waitForOffice(
  office: OfficeLike | undefined,
  timeoutMs: number = OFFICE_READY_TIMEOUT_MS,
): Promise<ReadyInfo | null> {
  if (office === undefined) return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  const ready = (async (): Promise<ReadyInfo | null> => {
    try {
      const info = await office.onReady();
      return { host: typeof info.host === 'string' ? info.host : null };
    } catch {
      return null;
    }
  })();
  try {
    return await Promise.race([ready, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

function read(source: unknown, ...path: string[]): unknown {
  let node = source;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    try {
      node = (node as Record<string, unknown>)[key];
    } catch {
      // Some Office getters throw when the host lacks the requirement set; treat as absent.
      return undefined;
    }
  }
  return node;
}

const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Reads display language, theme and (Outlook) item type from `Office.context` after onReady. */
export function readOfficeFacts(office: OfficeLike | undefined, info: ReadyInfo | null): OfficeFacts {
  if (office === undefined || info === null) return { info };
  const context = read(office, 'context');
  const displayLanguage = asString(read(context, 'displayLanguage'));
  const itemType = asString(read(context, 'mailbox', 'item', 'itemType'));
  const isDarkTheme = read(context, 'officeTheme', 'isDarkTheme');
  const bodyBackgroundColor = asString(read(context, 'officeTheme', 'bodyBackgroundColor'));
  const hasTheme = typeof isDarkTheme === 'boolean' || bodyBackgroundColor !== undefined;
  return {
    info,
    ...(itemType !== undefined ? { mailboxItem: { itemType } } : {}),
    ...(displayLanguage !== undefined ? { displayLanguage } : {}),
    ...(hasTheme
      ? {
          officeTheme: {
            ...(typeof isDarkTheme === 'boolean' ? { isDarkTheme } : {}),
            ...(bodyBackgroundColor !== undefined ? { bodyBackgroundColor } : {}),
          },
        }
      : {}),
  };
}
