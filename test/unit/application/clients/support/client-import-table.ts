/**
 * Builds client import tables (what a file reader hands the use case) for the tests: Spanish
 * headers, one believable row per client, lines numbered from 2 like a file.
 */
import type { ClientImportTable } from '../../../../../src/application/clients/import-client-rows';

export const HEADERS_ES = ['Código', 'Nombre', 'Dominios', 'Comercial', 'Líder', 'Periodicidad'] as const;
export const OWNER = 'ana.comercial@relaciones.example';
export const LEAD = 'luis.lider@relaciones.example';
export const TODAY = '2026-03-15';

/** One row's cells under HEADERS_ES, with overrides by header. */
export function rowCells(code: string, overrides: Partial<Record<(typeof HEADERS_ES)[number], string>> = {}): string[] {
  const base: Record<(typeof HEADERS_ES)[number], string> = {
    Código: code,
    Nombre: `Cliente ${code}`,
    Dominios: `${code.toLowerCase()}.example`,
    Comercial: OWNER,
    Líder: LEAD,
    Periodicidad: 'mensual',
  };
  const cells = { ...base, ...overrides };
  return HEADERS_ES.map((header) => cells[header]);
}

/** A table with HEADERS_ES (plus `extraHeaders`) and the given rows, numbered from line 2. */
export function table(rows: readonly (readonly string[])[], extraHeaders: readonly string[] = []): ClientImportTable {
  return {
    headers: [...HEADERS_ES, ...extraHeaders],
    rows: rows.map((cells, index) => ({ line: index + 2, cells })),
  };
}

/** `count` valid clients C00001…, as a table. */
export function manyClients(count: number): ClientImportTable {
  return table(Array.from({ length: count }, (_, i) => rowCells(`C${String(i + 1).padStart(5, '0')}`)));
}
