/**
 * Where access tokens come from (a port of the Graph pipeline): MSAL nested app authentication
 * in the add-in, msal-node device code in the CLI, the emulator's token endpoint locally.
 */
export interface TokenProvider {
  /** A valid access token for Graph (cached until shortly before it expires). */
  getAccessToken(): Promise<string>;
  /** Forget the cached token (after a 401) so the next call fetches a new one. */
  invalidate?(): void;
}

/** The delegated scopes the product asks for (least privilege; ARCHITECTURE.md §4). */
export const GRAPH_SCOPES = [
  'User.Read',
  'Sites.ReadWrite.All',
  'Calendars.ReadWrite',
  'Mail.ReadWrite',
  'Mail.Send',
  'Files.Read.All',
] as const;

/** Provisioning lists and columns needs Sites.Manage.All on top (only `relaciones provision`). */
export const PROVISIONING_SCOPES = [...GRAPH_SCOPES, 'Sites.Manage.All'] as const;
