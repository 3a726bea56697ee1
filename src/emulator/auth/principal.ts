/** The caller of a Graph request, as established from a verified bearer token. */
export interface Principal {
  readonly userId: string;
  readonly upn: string;
  readonly displayName: string;
  readonly scopes: ReadonlySet<string>;
}

export const ANONYMOUS: Principal = Object.freeze({
  userId: '',
  upn: '',
  displayName: '',
  scopes: new Set<string>(),
});
