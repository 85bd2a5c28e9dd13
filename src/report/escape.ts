/**
 * Escaping for the two output languages. Every piece of user text passes through one of these
 * before it reaches a report: a client answer is data, never markup.
 */

const HTML: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** For HTML and SVG text and attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => HTML[c] ?? c);
}

/**
 * For Markdown text: inline markup characters are backslash-escaped (CommonMark allows it for
 * any ASCII punctuation), `<` and `&` too so no HTML or entity gets through, and `|` so a
 * value cannot split a table cell. A line that would start a heading, list or quote is
 * escaped at its start.
 */
export function escapeMarkdown(value: unknown): string {
  return String(value ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\\`*_[\]<>&|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#>+=-]|\d+[.)])/gm, (_, space: string, mark: string) =>
      /^\d/.test(mark) ? `${space}${mark.slice(0, -1)}\\${mark.slice(-1)}` : `${space}\\${mark}`,
    );
}

/** Deep copy with every string escaped for Markdown; numbers, booleans and shape unchanged. */
export function escapeMarkdownDeep<T>(value: T): T {
  if (typeof value === 'string') return escapeMarkdown(value) as T;
  if (Array.isArray(value)) return value.map((v) => escapeMarkdownDeep(v)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeMarkdownDeep(v)])) as T;
  }
  return value;
}

/** One table cell: whitespace (newlines included) collapses so the row stays one line. */
export function markdownCell(escaped: string): string {
  const flat = escaped.replace(/\s+/g, ' ').trim();
  return flat || '—';
}
