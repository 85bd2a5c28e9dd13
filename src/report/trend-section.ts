import { activeThemeIds } from '../audit/follow-through.js';
import type { Audit } from '../audit/schema.js';
import { plural } from './format.js';
import { quarterLabel, quarterOf, quartersOf } from './quarters.js';

const MAX_QUARTERS = 12;

export interface TrendSection {
  quarters: { key: string; label: string; audits: number }[];
  /** Set when older quarters were left out of the trend. */
  trendNote: string;
  trend: { id: string; label: string; counts: number[]; total: number }[];
}

/** Audits per quarter the client left, and how often each of the leading themes came up in it. */
export function trendSection(
  audits: readonly Audit[],
  themes: readonly { id: string; label: string; audits: number }[],
): TrendSection {
  const allQuarters = quartersOf(audits.map((a) => a.client.ended_on));
  // Twelve columns still read at a glance; older quarters stay in the totals above.
  const quarterKeys = allQuarters.slice(-MAX_QUARTERS);
  const index = new Map(quarterKeys.map((q, i) => [q, i]));
  const auditsPerQuarter = quarterKeys.map(() => 0);
  for (const audit of audits) {
    const i = index.get(quarterOf(audit.client.ended_on));
    if (i !== undefined) auditsPerQuarter[i] = (auditsPerQuarter[i] ?? 0) + 1;
  }
  const trend = themes.map((theme) => {
    const counts = quarterKeys.map(() => 0);
    for (const audit of audits) {
      if (!activeThemeIds(audit).includes(theme.id)) continue;
      const i = index.get(quarterOf(audit.client.ended_on));
      if (i !== undefined) counts[i] = (counts[i] ?? 0) + 1;
    }
    return { id: theme.id, label: theme.label, counts, total: theme.audits };
  });

  return {
    quarters: quarterKeys.map((key, i) => ({
      key,
      label: quarterLabel(key),
      audits: auditsPerQuarter[i] ?? 0,
    })),
    trendNote:
      allQuarters.length > quarterKeys.length
        ? `The last ${quarterKeys.length} quarters; ${plural(allQuarters.length - quarterKeys.length, 'earlier quarter')} not shown.`
        : '',
    trend,
  };
}
