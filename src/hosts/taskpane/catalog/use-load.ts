/**
 * Loading data for a view: runs `load` when its inputs change, exposes loading / ready / error,
 * ignores answers that arrive after a newer request or after unmounting, and can retry.
 */
import { type DependencyList, useCallback, useEffect, useRef, useState } from 'react';

export type LoadState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'error'; readonly error: unknown };

export interface Loaded<T> {
  readonly state: LoadState<T>;
  /** Runs `load` again (the «Reintentar» button). */
  readonly retry: () => void;
}

/**
 * `load` runs after mount and again whenever `deps` change or `retry` is called. `load` may be a
 * new function on every render; only `deps` decide when it runs again.
 */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(load);
  latest.current = load;

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    latest.current().then(
      (value) => {
        if (current) setState({ status: 'ready', value });
      },
      (error: unknown) => {
        if (!current) return;
        console.error('[Relaciones] load failed', error);
        setState({ status: 'error', error });
      },
    );
    return () => {
      current = false;
    };
    // `deps` are the caller's inputs; `attempt` makes retry run the same inputs again.
  }, [...deps, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
