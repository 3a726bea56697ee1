/**
 * Pure decisions of the task pane shell (ARCHITECTURE.md §7): which host it runs in, which
 * process step it opens on, which language and which theme it uses. No Office.js, DOM or React
 * here: the thin entry files (office-host.ts, index.tsx) gather the facts and pass them in.
 */
import { resolveLocale, type Locale } from '../../i18n';

export type HostKind = 'excel' | 'outlook' | 'browser';
export type OutlookMode = 'message' | 'appointment';
/** What the pane was opened for: logging a complaint from an email, or a review meeting. */
export type LaunchMode = 'complaint' | 'meeting';
export type ThemeMode = 'light' | 'dark';

export interface HostContext {
  readonly host: HostKind;
  /** Only in Outlook: read mode on a message, or organizer of an appointment. */
  readonly outlookMode?: OutlookMode;
  /** `?mode=complaint|meeting` when given, else implied by the Outlook item. */
  readonly mode?: LaunchMode;
}

/** The part of `Office.onReady`'s answer we use; `null` when Office.js is absent or timed out. */
export interface ReadyInfo {
  readonly host: string | null;
}

/** The part of `Office.context.mailbox.item` we use. */
export interface MailboxItemInfo {
  readonly itemType?: string | null;
}

/** The part of `Office.context.officeTheme` we use (Outlook has no `isDarkTheme`, only colours). */
export interface OfficeThemeInfo {
  readonly isDarkTheme?: boolean | null;
  readonly bodyBackgroundColor?: string | null;
}

/** The process areas of the task pane, in the order of the seed's steps. */
export const AREA_IDS = [
  'home',
  'clients',
  'meetings',
  'complaints',
  'surveys',
  'requests',
  'reviews',
  'reports',
] as const;
export type AreaId = (typeof AREA_IDS)[number];

function toUrl(url: URL | string): URL | null {
  if (url instanceof URL) return url;
  try {
    return new URL(url, 'https://localhost/');
  } catch {
    return null;
  }
}

function parseLaunchMode(value: string | null): LaunchMode | undefined {
  const normalised = value?.trim().toLowerCase();
  return normalised === 'complaint' || normalised === 'meeting' ? normalised : undefined;
}

/**
 * Where the task pane runs and what it was opened for.
 * `info.host` is Office's `HostType` ("Excel", "Outlook"); anything else — `null` in a plain
 * browser, or a host we do not serve — is the browser. In Outlook the item type decides between
 * "Registrar queja" (message) and "Reunión de revisión" (appointment) unless `?mode=` says otherwise.
 */
export function detectHostContext(
  info: ReadyInfo | null | undefined,
  mailboxItem: MailboxItemInfo | null | undefined,
  url: URL | string,
): HostContext {
  const queryMode = parseLaunchMode(toUrl(url)?.searchParams.get('mode') ?? null);
  const officeHost = info?.host?.toLowerCase();

  if (officeHost === 'excel') return queryMode ? { host: 'excel', mode: queryMode } : { host: 'excel' };

  if (officeHost === 'outlook') {
    const itemType = mailboxItem?.itemType?.toLowerCase();
    const outlookMode: OutlookMode | undefined =
      itemType === 'message' ? 'message' : itemType === 'appointment' ? 'appointment' : undefined;
    const impliedMode: LaunchMode | undefined =
      outlookMode === 'message' ? 'complaint' : outlookMode === 'appointment' ? 'meeting' : undefined;
    const mode = queryMode ?? impliedMode;
    return {
      host: 'outlook',
      ...(outlookMode ? { outlookMode } : {}),
      ...(mode ? { mode } : {}),
    };
  }

  return queryMode ? { host: 'browser', mode: queryMode } : { host: 'browser' };
}

/** The area the pane opens on: Quejas for a complaint, Reuniones for a meeting, else Inicio. */
export function initialArea(context: HostContext): AreaId {
  if (context.mode === 'complaint') return 'complaints';
  if (context.mode === 'meeting') return 'meetings';
  return 'home';
}

export interface LanguageSources {
  /** `?lang=` of the page URL: an explicit choice wins (also how the e2e tests pick English). */
  readonly query?: string | null;
  /** `Office.context.displayLanguage` when running inside Office. */
  readonly officeDisplayLanguage?: string | null;
  /** `navigator.language` of the browser. */
  readonly navigatorLanguage?: string | null;
}

/** The UI language: `?lang=`, then Office's display language, then the browser's; es-MX by default. */
export function pickLocale(sources: LanguageSources): Locale {
  const candidates = [sources.query, sources.officeDisplayLanguage, sources.navigatorLanguage];
  const first = candidates.find((tag): tag is string => typeof tag === 'string' && tag.trim() !== '');
  return resolveLocale(first);
}

/** Relative luminance (WCAG) of a `#rgb` / `#rrggbb` colour, or null when it is not one. */
export function luminance(hex: string): number | null {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match?.[1]) return null;
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1];
  const channel = (offset: number): number => {
    const c = parseInt(digits.slice(offset, offset + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** Below this luminance (CIE L* ≈ 50, mid grey) a background counts as dark. */
const DARK_LUMINANCE = 0.18;

/**
 * Light or dark: Office's `isDarkTheme` when it has one (Excel), else the darkness of Office's body
 * background (Outlook), else the system's `prefers-color-scheme` (plain browser).
 */
export function pickThemeMode(officeTheme: OfficeThemeInfo | null | undefined, prefersDark: boolean): ThemeMode {
  if (typeof officeTheme?.isDarkTheme === 'boolean') return officeTheme.isDarkTheme ? 'dark' : 'light';
  const background = officeTheme?.bodyBackgroundColor;
  const lum = typeof background === 'string' ? luminance(background) : null;
  if (lum !== null) return lum < DARK_LUMINANCE ? 'dark' : 'light';
  return prefersDark ? 'dark' : 'light';
}
