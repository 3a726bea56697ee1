/**
 * Catches render errors so one broken area does not blank the whole pane; the message comes from
 * the error catalog (`errors:UI.*`) in the user's language, the technical detail goes to the console.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { errorMessage, type Locale } from '../../i18n';
import type { TranslateParams } from '../../domain/shared/translate';

export interface ErrorBoundaryProps {
  readonly locale: Locale;
  /** Error code whose message is shown, e.g. `UI.AREA_FAILED`. */
  readonly code: string;
  readonly params?: TranslateParams;
  /** How to show the message; a plain alert paragraph when omitted (works without Fluent UI). */
  readonly renderFallback?: (message: string) => ReactNode;
  readonly children: ReactNode;
}

interface ErrorBoundaryState {
  readonly failed: boolean;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`[Relaciones] ${this.props.code}`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const message = errorMessage(this.props.code, this.props.params, this.props.locale);
    return this.props.renderFallback ? this.props.renderFallback(message) : <p role="alert">{message}</p>;
  }
}
