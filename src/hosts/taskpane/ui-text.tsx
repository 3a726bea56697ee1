/** React access to the translator: the shell picks the locale once, components read `t` from context. */
import { createContext, type JSX, type ReactNode, useContext, useMemo } from 'react';
import { createTranslator, DEFAULT_LOCALE, type Locale, type Translate } from '../../i18n';

export interface UiText {
  readonly locale: Locale;
  readonly t: Translate;
}

const UiTextContext = createContext<UiText>({ locale: DEFAULT_LOCALE, t: createTranslator(DEFAULT_LOCALE) });

export function UiTextProvider({ locale, children }: { locale: Locale; children: ReactNode }): JSX.Element {
  const value = useMemo<UiText>(() => ({ locale, t: createTranslator(locale) }), [locale]);
  return <UiTextContext.Provider value={value}>{children}</UiTextContext.Provider>;
}

/** The current locale and its translator (`t('ui:nav.clients')`). */
export function useUiText(): UiText {
  return useContext(UiTextContext);
}
