/**
 * The one place where keys and error codes become Spanish (es-MX, the default) or English text.
 * Built on i18next; domain code receives the resulting `Translate` function as a port.
 */
import i18next, { type i18n } from 'i18next';
import type { Locale, Translate, TranslateParams } from '../domain/shared/translate';
import { en } from './locales/en';
import { esMX } from './locales/es-MX';

export type { Locale, Translate } from '../domain/shared/translate';

export const DEFAULT_LOCALE: Locale = 'es-MX';
export const LOCALES: readonly Locale[] = ['es-MX', 'en'];
export const NAMESPACES = Object.keys(esMX) as (keyof typeof esMX)[];

const instances = new Map<Locale, i18n>();

function instanceFor(locale: Locale): i18n {
  let instance = instances.get(locale);
  if (instance === undefined) {
    instance = i18next.createInstance();
    void instance.init({
      initAsync: false,
      lng: locale,
      fallbackLng: false,
      resources: { 'es-MX': esMX, en },
      ns: NAMESPACES,
      defaultNS: 'common',
      // Interpolated values are user data rendered by React or escaped by the caller; never HTML here.
      interpolation: { escapeValue: false },
      returnNull: false,
      showSupportNotice: false,
    });
    instances.set(locale, instance);
  }
  return instance;
}

/** Picks the supported locale for a BCP 47 tag: any `es*` → es-MX, anything else → en. */
export function resolveLocale(tag: string | undefined | null): Locale {
  if (tag === undefined || tag === null || tag.trim() === '') return DEFAULT_LOCALE;
  return tag.trim().toLowerCase().startsWith('es') ? 'es-MX' : 'en';
}

/**
 * A translator for `locale`; a missing key yields the key itself, which tests treat as a bug.
 *
 * i18next re-scans text it has already interpolated, so a value such as a client named
 * `X {{code}}` would pull in another parameter. String values are therefore handed to i18next as
 * opaque sentinels and put back in one final pass: what a person typed is never interpreted.
 */
export function createTranslator(locale: Locale = DEFAULT_LOCALE): Translate {
  const instance = instanceFor(locale);
  return (key: string, params?: TranslateParams): string => {
    const values: string[] = [];
    const shielded: Record<string, string | number | boolean | null | undefined> = {};
    for (const [name, value] of Object.entries(params ?? {})) {
      if (typeof value === 'string') {
        shielded[name] = `\uE000${values.length}\uE001`;
        values.push(value);
      } else {
        shielded[name] = value;
      }
    }
    const text = instance.t(key, shielded);
    return values.length === 0
      ? text
      : text.replace(/\uE000(\d+)\uE001/g, (_, index: string) => values[Number(index)] ?? '');
  };
}

/** True when `key` exists in the catalog of `locale`. */
export function hasKey(locale: Locale, key: string): boolean {
  return instanceFor(locale).exists(key);
}

/**
 * Error parameters that hold a code (a status, a role…) get a companion `<name>Label` with its
 * text in the reader's language, looked up in these catalogs; the raw code is the fallback.
 */
const PARAM_LABEL_CATALOGS: Readonly<Record<string, string>> = {
  from: 'complaint:status',
  to: 'complaint:status',
  status: 'complaint:status',
  role: 'common:role',
  action: 'complaint:action',
  severity: 'common:severity',
  cadence: 'common:cadence',
  entity: 'common:entity',
};

function withLabels(params: TranslateParams, locale: Locale): TranslateParams {
  const t = createTranslator(locale);
  const labels: Record<string, string> = {};
  for (const [name, catalog] of Object.entries(PARAM_LABEL_CATALOGS)) {
    const value = params[name];
    if (typeof value !== 'string') continue;
    if (!/^[A-Za-z0-9_]+$/.test(value)) {
      labels[`${name}Label`] = value;
      continue;
    }
    // Record types travel as `complaint` (repositories) or `Complaint` (validation): both have a label.
    const key = [`${catalog}.${value}`, `${catalog}.${value.charAt(0).toUpperCase()}${value.slice(1)}`].find((k) =>
      hasKey(locale, k),
    );
    labels[`${name}Label`] = key === undefined ? value : t(key);
  }
  return { ...params, ...labels };
}

/** The localised message of an error code (`COMPLAINT.ILLEGAL_TRANSITION`) with its parameters. */
export function errorMessage(code: string, params: TranslateParams = {}, locale: Locale = DEFAULT_LOCALE): string {
  const key = `errors:${code}`;
  if (hasKey(locale, key)) return createTranslator(locale)(key, withLabels(params, locale));
  return createTranslator(locale)('errors:UNKNOWN.ERROR', { code });
}

/** The localised message of anything thrown: a DomainError-like `{code, params}` or a plain Error. */
export function describeError(error: unknown, locale: Locale = DEFAULT_LOCALE): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    const params = 'params' in error && typeof error.params === 'object' && error.params !== null ? error.params : {};
    return errorMessage(error.code, params as TranslateParams, locale);
  }
  return errorMessage('UNKNOWN.ERROR', { code: 'UNKNOWN' }, locale);
}
