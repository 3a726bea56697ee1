/** The clients to pick from in a filter or a form: code and name, sorted by name. */
import type { ClientStatus } from '../../domain/client/client.entity';
import type { Repositories } from '../ports/repositories.port';
import { compareNames } from './text-search';

export interface ClientChoice {
  readonly code: string;
  readonly name: string;
  readonly status: ClientStatus;
}

export async function listClientChoices(
  repositories: Pick<Repositories, 'clients'>,
  query: { readonly status?: ClientStatus } = {},
): Promise<ClientChoice[]> {
  const stored =
    query.status === undefined
      ? await repositories.clients.listAll()
      : await repositories.clients.listByStatus(query.status);
  return stored
    .map(({ value }) => ({ code: value.code, name: value.name, status: value.status }))
    .sort((a, b) => compareNames(a.name, b.name) || compareNames(a.code, b.code));
}
