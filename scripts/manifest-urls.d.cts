// Types of scripts/manifest-urls.cjs (dev → production URL rewriting of the add-in manifests).

/**
 * Returns `xml` with every occurrence of the dev base URL replaced by `prodUrl` (and the bare dev origin,
 * as written in <AppDomain>, by the production origin). Throws if `prodUrl` is not https or does not end
 * with '/', or if the dev origin is still referenced afterwards.
 */
export function substituteUrls(xml: string, devUrl: string, prodUrl: string): string;

/** Dev and production base URLs from package.json "config", prodUrl overridden by RELACIONES_ADDIN_URL. */
export function readUrlConfig(): { devUrl: string; prodUrl: string };
