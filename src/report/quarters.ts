/** Quarters as "2026-Q3", the bucket for theme trends. */

export function quarterOf(date: string): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

export function quarterLabel(quarter: string): string {
  return `${quarter.slice(5)} ${quarter.slice(0, 4)}`;
}

function next(quarter: string): string {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  return q === 4 ? `${year + 1}-Q1` : `${year}-Q${q + 1}`;
}

/** Every quarter from the first to the last, so an empty quarter shows as zero, not as a gap. */
export function quarterRange(first: string, last: string): string[] {
  const out: string[] = [];
  for (let q = first; q <= last && out.length < 400; q = next(q)) out.push(q);
  return out;
}

/** The quarters the dates span, in order; empty for no dates. */
export function quartersOf(dates: readonly string[]): string[] {
  if (dates.length === 0) return [];
  const sorted = dates.map(quarterOf).sort();
  return quarterRange(sorted[0] as string, sorted[sorted.length - 1] as string);
}
