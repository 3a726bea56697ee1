/**
 * The port through which domain code produces user-facing text without depending on i18next.
 * src/i18n provides implementations for es-MX and en.
 */
export type Locale = 'es-MX' | 'en';

export type TranslateParams = Readonly<Record<string, string | number | boolean | null | undefined>>;

/**
 * Looks up `key` (namespaced as `ns:path.to.key`) and interpolates `params`. Contract: values are
 * inserted literally, never interpreted (a client named `{{code}}` stays that text), so domain
 * code may pass what a person typed.
 */
export type Translate = (key: string, params?: TranslateParams) => string;
