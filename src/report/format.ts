/**
 * Display formats shared by every report. Dates are formatted by hand, not with the runtime's
 * locale, so a report reads the same on every machine.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function parts(date: string): [number, number, number] | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** "Dec 15, 2026"; anything that is not a date comes back unchanged. */
export function shortDate(date: string | null | undefined): string {
  if (!date) return '';
  const p = parts(date);
  if (!p) return date;
  return `${MONTHS[p[1] - 1]?.slice(0, 3)} ${p[2]}, ${p[0]}`;
}

/** "December 15, 2026", for the letter to the client. */
export function longDate(date: string | null | undefined): string {
  if (!date) return '';
  const p = parts(date);
  if (!p) return date;
  return `${MONTHS[p[1] - 1]} ${p[2]}, ${p[0]}`;
}

export function money(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(
      amount,
    );
  } catch {
    return `${Math.round(amount).toLocaleString('en-US')} ${currency}`;
  }
}

/** "$1.2M", "$840k": for chart labels where space is short. */
export function compactMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    }).format(amount);
  } catch {
    return money(amount, currency);
  }
}

/** Whole months from start to end, counting a month once its day of month is reached. */
export function monthsBetween(start: string, end: string): number | undefined {
  const a = parts(start);
  const b = parts(end);
  if (!a || !b) return undefined;
  let months = (b[0] - a[0]) * 12 + (b[1] - a[1]);
  if (b[2] < a[2]) months -= 1;
  return Math.max(0, months);
}

/** "3 years 2 months", "7 months", "less than a month". */
export function durationText(months: number | undefined): string {
  if (months === undefined) return '';
  if (months < 1) return 'less than a month';
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const y = years ? `${years} year${years === 1 ? '' : 's'}` : '';
  const m = rest ? `${rest} month${rest === 1 ? '' : 's'}` : '';
  return [y, m].filter(Boolean).join(' ');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function percent(part: number, whole: number): string {
  return whole ? `${Math.round((part / whole) * 100)}%` : '0%';
}
