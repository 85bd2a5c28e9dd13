import { activeThemeIds } from '../audit/follow-through.js';
import type { Audit } from '../audit/schema.js';
import type { Taxonomy } from '../themes/taxonomy.js';
import type { ViewOptions } from './options.js';
import { themeInfo } from './theme-info.js';
import { valueTotals } from './totals.js';

export interface BreakdownRow {
  name: string;
  audits: number;
  value: string;
  topThemes: string;
}

/** Audits, value lost and the most frequent problems per segment or region. */
export function breakdown(
  audits: readonly Audit[],
  key: (a: Audit) => string | undefined,
  taxonomy: Taxonomy,
  options: ViewOptions,
  primary: string,
): BreakdownRow[] {
  const groups = new Map<string, Audit[]>();
  for (const audit of audits) {
    const name = key(audit)?.trim() || 'Not recorded';
    groups.set(name, [...(groups.get(name) ?? []), audit]);
  }
  return [...groups.entries()]
    .map(([name, group]) => {
      const counts = new Map<string, number>();
      for (const audit of group) {
        for (const id of activeThemeIds(audit)) {
          if (themeInfo(taxonomy, id).kind === 'problem') counts.set(id, (counts.get(id) ?? 0) + 1);
        }
      }
      const top = [...counts.entries()]
        .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
        .slice(0, 3)
        .map(([id, n]) => `${themeInfo(taxonomy, id).label} (${n})`);
      const totals = valueTotals(group, options.currency);
      return {
        name,
        audits: group.length,
        value: totals.text(primary),
        topThemes: top.join(', '),
        sort: totals.get(primary),
      };
    })
    .sort((a, b) => b.audits - a.audits || b.sort - a.sort || a.name.localeCompare(b.name))
    .map(({ sort: _, ...row }) => row);
}
