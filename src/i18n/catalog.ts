/** Types that keep the English catalogs key-for-key identical to the Spanish (es-MX) ones. */
export type Catalog<T> = { readonly [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> };

/** Error messages grouped by the prefix of their code: `COMPLAINT.ILLEGAL_TRANSITION` → errors.COMPLAINT.ILLEGAL_TRANSITION. */
export type ErrorCatalog = Readonly<Record<string, Readonly<Record<string, string>>>>;
