/** Renders task pane components to HTML (react-dom/server) inside the providers the shell sets up. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { DataProvider, NOT_CONFIGURED, type DataState } from '../../../../../src/hosts/taskpane/data/data-context';
import { UiTextProvider } from '../../../../../src/hosts/taskpane/ui-text';
import type { Locale } from '../../../../../src/i18n';

export function renderPane(node: ReactNode, options: { locale?: Locale; data?: DataState } = {}): string {
  const locale = options.locale ?? 'es-MX';
  return renderToString(
    <FluentProvider theme={webLightTheme} lang={locale}>
      <UiTextProvider locale={locale}>
        <DataProvider value={options.data ?? NOT_CONFIGURED}>{node}</DataProvider>
      </UiTextProvider>
    </FluentProvider>,
  );
}

/** The visible text of an HTML string: tags removed, entities of `<`, `>`, `&`, quotes decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** How many times `needle` occurs in `haystack`. */
export function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}
