/**
 * How the task pane reaches the process's records: the composition root (index.tsx / app.tsx)
 * builds the repositories over Microsoft Graph or the local emulator and provides them here; the
 * areas read them with `useData()`. Without a provider the pane is "not configured", which every
 * area shows in words instead of failing.
 */
import { createContext, type JSX, type ReactNode, useContext } from 'react';
import type { Repositories } from '../../../application/ports/repositories.port';

/** Repositories ready to use, and the clock the views evaluate cadences and SLAs against. */
export interface DataReady {
  readonly status: 'ready';
  readonly repositories: Repositories;
  /** The current instant (a fixed one in tests). */
  readonly now: () => Date;
}

/** No data source: none configured, or building it failed (sign-in, configuration …). */
export interface DataUnavailable {
  readonly status: 'unavailable';
  readonly reason: 'notConfigured' | 'error';
  /** What went wrong when `reason` is `error` (a DomainError is shown with its localised message). */
  readonly error?: unknown;
}

export type DataState = DataReady | DataUnavailable;

export const NOT_CONFIGURED: DataUnavailable = { status: 'unavailable', reason: 'notConfigured' };

export const DataContext = createContext<DataState>(NOT_CONFIGURED);

export interface DataProviderProps {
  readonly value: DataState;
  readonly children: ReactNode;
}

/** Provides the data source to the areas below it. Keep `value` stable (memoise it) across renders. */
export function DataProvider({ value, children }: DataProviderProps): JSX.Element {
  return <DataContext.Provider value={value}>{children}</DataContext.Provider>;
}

/** The data source of the pane: ready repositories, or why there are none. */
export function useData(): DataState {
  return useContext(DataContext);
}
