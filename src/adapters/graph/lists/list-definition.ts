/**
 * What a SharePoint list of the process looks like (its columns, which are indexed, its unique
 * key column) and how one record type maps to and from its item `fields`. Provisioning creates
 * lists from these definitions; repositories read and write through their mappers. Only the
 * definition of a list knows its column names (ARCHITECTURE.md §3).
 */

/** Column kinds used by the process's lists, each a Graph columnDefinition facet. */
export type ColumnKind = 'text' | 'note' | 'number' | 'integer' | 'boolean' | 'dateTime' | 'dateOnly' | 'choice';

export interface ColumnSpec {
  /** Internal name (`ClientCode`): the key in `fields`, never shown to people. */
  readonly name: string;
  /** Spanish display name shown in SharePoint (`Código de cliente`). */
  readonly displayName: string;
  readonly kind: ColumnKind;
  readonly description?: string;
  readonly required?: boolean;
  /** Indexed: every column a repository filters or sorts on must be. */
  readonly indexed?: boolean;
  /** Unique values (needs `indexed`); the key column of every list. */
  readonly unique?: boolean;
  /** Choices of a `choice` column (the domain's enum values). */
  readonly choices?: readonly string[];
  /** Single-line text limit (1..255). */
  readonly maxLength?: number;
}

/** Internal name of the unique, indexed, client-generated key column every list has. */
export const KEY_COLUMN = 'RecordKey';

/**
 * SharePoint's own Title column as a list uses it: its Spanish display name, whether it is indexed
 * (when a repository filters on it, e.g. a client's name) and which record property it holds, if
 * any (otherwise Title is a derived human label, written but never read back).
 */
export interface TitleSpec {
  readonly displayName: string;
  readonly indexed?: boolean;
}

/** The value a `fields` column may hold when written. */
export type FieldValue = string | number | boolean | null;

export interface ListDefinition<T extends { readonly key: string }> {
  /** Record type (`client`, `complaint` …), used in error parameters and logs. */
  readonly entity: string;
  /** List name as created (`Clientes`): its URL segment and its display name. */
  readonly name: string;
  /** Spanish description shown in SharePoint. */
  readonly description: string;
  /** How the list uses SharePoint's Title column (display name, index). */
  readonly title?: TitleSpec;
  /** Custom columns, the key column first. Title is SharePoint's own and always written. */
  readonly columns: readonly ColumnSpec[];
  /**
   * Record properties repositories filter or sort on, mapped to their (indexed) columns; a query
   * on any other property is refused before a request is sent.
   */
  readonly queryable: Readonly<Record<string, string>>;
  /** `fields` to write for a record (Title included). */
  toFields(value: T): Record<string, FieldValue>;
  /**
   * The record stored in `fields`, validated with the domain's schema; a malformed item throws a
   * DomainError `RECORD.MALFORMED` naming the list, the item and the field.
   */
  fromFields(fields: Readonly<Record<string, unknown>>): T;
}
