/**
 * The root component: Fluent UI provider with the light or dark web theme (following the system
 * when Office gave no theme), the translator for the chosen locale, and the shell.
 */
import { FluentProvider, makeStyles, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { type JSX, useEffect, useState } from 'react';
import type { Locale } from '../../i18n';
import { pickThemeMode, type HostContext, type ThemeMode } from './host-context';
import { Shell } from './shell';
import { UiTextProvider } from './ui-text';

export interface AppProps {
  readonly context: HostContext;
  readonly locale: Locale;
  readonly themeMode: ThemeMode;
  /** True when the theme came from `prefers-color-scheme` and should follow its changes. */
  readonly followSystemTheme: boolean;
}

export const DARK_QUERY = '(prefers-color-scheme: dark)';

const useStyles = makeStyles({
  provider: { minHeight: '100vh' },
});

function useThemeMode(initial: ThemeMode, followSystem: boolean): ThemeMode {
  const [mode, setMode] = useState(initial);
  useEffect(() => {
    if (!followSystem || typeof window.matchMedia !== 'function') return undefined;
    const query = window.matchMedia(DARK_QUERY);
    const onChange = (event: MediaQueryListEvent): void => setMode(pickThemeMode(undefined, event.matches));
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [followSystem]);
  return mode;
}

export function App({ context, locale, themeMode, followSystemTheme }: AppProps): JSX.Element {
  const styles = useStyles();
  const mode = useThemeMode(themeMode, followSystemTheme);
  return (
    <FluentProvider theme={mode === 'dark' ? webDarkTheme : webLightTheme} className={styles.provider} lang={locale}>
      <UiTextProvider locale={locale}>
        <Shell context={context} />
      </UiTextProvider>
    </FluentProvider>
  );
}
