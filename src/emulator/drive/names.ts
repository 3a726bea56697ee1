/**
 * File and folder names as SharePoint Online accepts them, item paths of Graph's path-based
 * addressing (`root:/a/b.xlsx:`), MIME types by extension, and the names `rename` conflict
 * behaviour picks. Pure functions: the routes turn a problem into a 400 `invalidRequest`.
 */

/** Characters SharePoint Online refuses in a file or folder name. */
export const FORBIDDEN_NAME_CHARACTERS = ['"', '*', ':', '<', '>', '?', '/', '\\', '|'] as const;

/** SharePoint's limit on the decoded server-relative path of a file (site, library, folders and name). */
export const MAX_SERVER_RELATIVE_PATH = 400;

/** Longest single name the emulator accepts (stricter than SharePoint, whose limit is the 400-character path). */
export const MAX_NAME_LENGTH = 255;

const RESERVED_NAMES = /^(?:\.lock|con|prn|aux|nul|com[0-9]|lpt[0-9]|desktop\.ini)$/i;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/** Why `name` cannot be a file or folder name (undefined when it can). `atLibraryRoot` forbids `forms`. */
export function nameProblem(name: string, atLibraryRoot: boolean): string | undefined {
  if (name === '') return 'the name is empty';
  if (name === '.' || name === '..') return `'${name}' is not a valid name`;
  if (name.length > MAX_NAME_LENGTH) return `the name is longer than ${MAX_NAME_LENGTH} characters`;
  const forbidden = FORBIDDEN_NAME_CHARACTERS.find((character) => name.includes(character));
  if (forbidden !== undefined) return `the name contains the character '${forbidden}', which is not allowed`;
  if (CONTROL_CHARACTERS.test(name)) return 'the name contains a control character';
  if (name !== name.trim()) return 'the name starts or ends with a space';
  if (RESERVED_NAMES.test(name)) return `'${name}' is a reserved name`;
  if (/_vti_/i.test(name)) return "names may not contain '_vti_'";
  if (name.startsWith('~$')) return "names may not start with '~$'";
  if (atLibraryRoot && name.toLowerCase() === 'forms') return "'forms' is reserved at the root of a document library";
  return undefined;
}

/**
 * The names of an item path as written after `root:` or `items/{id}:` (`/a/b.xlsx`), or a
 * problem. An empty path or `/` names the base item itself (an empty array).
 */
export function splitItemPath(path: string): { names: string[] } | { problem: string } {
  if (path === '' || path === '/') return { names: [] };
  if (!path.startsWith('/')) return { problem: "an item path must start with '/'" };
  const trimmed = path.endsWith('/') ? path.slice(1, -1) : path.slice(1);
  const names = trimmed.split('/');
  if (names.some((name) => name === '')) return { problem: 'the item path contains an empty segment' };
  return { names };
}

/**
 * Validates every name of a path; the first problem wins. `baseIsLibraryRoot` applies the
 * library-root rule (no `forms`) to the first name.
 */
export function pathProblem(names: readonly string[], baseIsLibraryRoot: boolean): string | undefined {
  for (const [index, name] of names.entries()) {
    const problem = nameProblem(name, baseIsLibraryRoot && index === 0);
    if (problem !== undefined) return `'${name.slice(0, 100)}': ${problem}`;
  }
  return undefined;
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xlsm: 'application/vnd.ms-excel.sheet.macroEnabled.12',
  xls: 'application/vnd.ms-excel',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  ppt: 'application/vnd.ms-powerpoint',
  pdf: 'application/pdf',
  txt: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  xml: 'application/xml',
  html: 'text/html',
  htm: 'text/html',
  md: 'text/markdown',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  zip: 'application/x-zip-compressed',
  msg: 'application/vnd.ms-outlook',
  eml: 'message/rfc822',
};

/** The MIME type SharePoint reports for a file, from its extension (not from the upload's Content-Type). */
export function mimeTypeFor(name: string): string {
  const dot = name.lastIndexOf('.');
  const extension = dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
  return MIME_TYPES[extension] ?? 'application/octet-stream';
}

/** `Informe.xlsx` → `Informe 1.xlsx`, `Informe 2.xlsx` … (the names `rename` tries, n ≥ 1). */
export function renameCandidate(name: string, n: number): string {
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return `${name} ${n}`;
  return `${name.slice(0, dot)} ${n}${name.slice(dot)}`;
}

/** Case-insensitive key under which a name is unique in its folder (SharePoint ignores case). */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}
