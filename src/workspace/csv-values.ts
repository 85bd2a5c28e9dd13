/**
 * Reading dates and amounts the way CRMs and spreadsheets write them, refusing what could be
 * read two ways: a wrong date or value is worse than a clear error on the row.
 */

export const ACCEPTED_DATES =
  'accepted: YYYY-MM-DD, D.M.YYYY, or M/D/YYYY and D/M/YYYY when a day above 12 in the column shows which';

/** The order of slash dates in a column: read from days above 12, since 03/04 alone could be either. */
export type SlashOrder = 'mdy' | 'dmy' | 'unknown' | 'conflict';

const SLASH = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

export function slashOrder(values: readonly string[]): SlashOrder {
  let mdy = false;
  let dmy = false;
  for (const value of values) {
    const m = SLASH.exec(value.trim());
    if (!m) continue;
    if (Number(m[1]) > 12) dmy = true;
    if (Number(m[2]) > 12) mdy = true;
  }
  if (mdy && dmy) return 'conflict';
  return mdy ? 'mdy' : dmy ? 'dmy' : 'unknown';
}

export type DateResult = { ok: true; date: string } | { ok: false; error: string };

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

function isoOf(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return date.toISOString().slice(0, 10);
}

export function parseImportDate(raw: string, order: SlashOrder): DateResult {
  const value = raw.trim();
  const bad = (why: string): DateResult => ({ ok: false, error: `"${value}" ${why} (${ACCEPTED_DATES})` });
  let parts: [number, number, number] | undefined;
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (m) parts = [Number(m[1]), Number(m[2]), Number(m[3])];
  m ??= /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (m && !parts) parts = [Number(m[3]), Number(m[2]), Number(m[1])];
  const slash = SLASH.exec(value);
  if (slash) {
    const [a, b, year] = [Number(slash[1]), Number(slash[2]), Number(slash[3])];
    if (order === 'conflict') return bad('is in a column that mixes month/day and day/month dates');
    if (order === 'unknown' && a !== b) {
      return bad(
        `could be ${b} ${MONTHS[a - 1] ?? '?'} or ${a} ${MONTHS[b - 1] ?? '?'}; write it as YYYY-MM-DD`,
      );
    }
    parts = order === 'dmy' ? [year, b, a] : [year, a, b];
  }
  if (!parts) return bad('is not a date');
  const iso = isoOf(...parts);
  return iso ? { ok: true, date: iso } : bad('is not a real date');
}
