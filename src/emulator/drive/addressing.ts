/**
 * How drive items are addressed. A drive is reached as `/sites/{site}/drive`,
 * `/sites/{site}/drives/{drive-id}` or `/drives/{drive-id}`; an item below it as `root`,
 * `items/{id}`, or by path: `root:/a/b.xlsx:` and `items/{id}:/b.xlsx:`, optionally followed by
 * `/content`, `/children` or `/workbook/…` (the trailing colon may be left out when nothing
 * follows). The rewriter turns a path-addressed item into one segment, `root:{path}:` with the
 * path percent-encoded, so that the router's one-segment parameters can capture it; the routes
 * decode it again.
 */

export const DRIVE_PREFIXES = [
  '/v1.0/sites/{site}/drive',
  '/v1.0/sites/{site}/drives/{drive}',
  '/v1.0/drives/{drive}',
] as const;

/** Path-addressed forms first: `/items/{item}` would otherwise capture `items/{id}:{path}:`. */
export const ITEM_LOCATORS = ['/items/{item}:{path}:', '/root:{path}:', '/items/{item}', '/root'] as const;

const ADDRESSED =
  /^(\/v1\.0\/(?:sites\/[^/]+\/drive|sites\/[^/]+\/drives\/[^/]+|drives\/[^/]+)\/(?:root|items\/[^/:]+)):(.*)$/i;

/**
 * `…/root:/a/b.xlsx:/content` → `…/root:%2Fa%2Fb.xlsx:/content`; `…/root:/` and `…/root:` → `…/root`.
 * The item path ends at the first `:` followed by `/` or the end; a `:` elsewhere stays in the
 * path (and is refused later as a forbidden name character).
 */
export function rewriteDriveAddressing(path: string): string {
  const match = ADDRESSED.exec(path);
  if (match === null) return path;
  const [, base = '', tail = ''] = match;
  const end = /:(?=\/|$)/.exec(tail);
  const itemPath = end === null ? tail : tail.slice(0, end.index);
  const rest = end === null ? '' : tail.slice(end.index + 1);
  if (itemPath === '' || itemPath === '/') return `${base}${rest}`;
  return `${base}:${encodeURIComponent(itemPath)}:${rest}`;
}

/** A decoded request path as it can be put back into a URL (`@odata.nextLink`). */
export function encodeRequestPath(path: string): string {
  return path
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment)
        .replace(/%3A/gi, ':')
        .replace(/%2C/gi, ',')
        .replace(/%24/g, '$')
        .replace(/%40/g, '@')
        .replace(/%3D/gi, '='),
    )
    .join('/');
}
