import slugify from '@sindresorhus/slugify';

const MAX_SLUG = 48;

/** A filename-safe slug of a client's name; never empty, never containing a path separator. */
export function clientSlug(name: string): string {
  const slug = slugify(name, { decamelize: false }).slice(0, MAX_SLUG).replace(/-+$/, '');
  return slug || 'client';
}

/**
 * The audit id: YYYY-MM-DD-client-slug, made unique against `taken` with -2, -3...
 * The slug only ever holds [a-z0-9-], so the id cannot escape the audits folder.
 */
export function makeAuditId(
  date: string,
  clientName: string,
  taken: ReadonlySet<string> = new Set(),
): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`not a date: ${date}`);
  const base = `${date}-${clientSlug(clientName)}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
