import { ANSWER_LABELS } from '../audit/answers.js';
import { type ActionRow, isOpen } from '../audit/follow-through.js';
import type { Audit } from '../audit/schema.js';
import type { Taxonomy } from '../themes/taxonomy.js';
import { percent } from './format.js';
import { type ThemeInfo, themeInfo } from './theme-info.js';
import { type Amount, currencyOf, Totals } from './totals.js';

export interface QuoteView {
  text: string;
  client: string;
  answer: string;
}

export interface ThemeStat extends ThemeInfo {
  audits: number;
  share: string;
  clients: string[];
  value: string;
  /** In the primary currency, for ranking and charts. */
  valueAmount: number;
  valueAmounts: Amount[];
  quotes: QuoteView[];
  actionsOpen: number;
  actionsDone: number;
}

const QUOTE_SWEET_SPOT = [40, 220] as const;

/** A quote tells more when it is confirmed, in the client's own voice and a sentence long. */
function quoteScore(confirmed: boolean, view: string | undefined, quote: string): number {
  const len = quote.trim().length;
  const fits = len >= QUOTE_SWEET_SPOT[0] && len <= QUOTE_SWEET_SPOT[1];
  return (confirmed ? 4 : 0) + ((view ?? 'client') === 'client' ? 2 : 0) + (fits ? 1 : 0);
}

/**
 * Per theme: how many audits raised it, the annual value at stake, the most telling quotes
 * and the actions that address it. One pass over audits and their themes.
 */
export function themeStats(
  audits: readonly Audit[],
  taxonomy: Taxonomy,
  options: { primary: string; rows: readonly ActionRow[]; quotesPerTheme: number },
): ThemeStat[] {
  const { primary, rows } = options;
  const n = audits.length;
  const stats = new Map<
    string,
    ThemeStat & { totals: Totals; scored: (QuoteView & { score: number; value: number })[] }
  >();
  for (const audit of audits) {
    const currency = currencyOf(audit, primary);
    const counted = new Set<string>();
    for (const theme of audit.themes ?? []) {
      if (theme.status === 'rejected') continue;
      let stat = stats.get(theme.id);
      if (!stat) {
        stat = {
          ...themeInfo(taxonomy, theme.id),
          audits: 0,
          share: '',
          clients: [],
          value: '',
          valueAmount: 0,
          valueAmounts: [],
          quotes: [],
          actionsOpen: 0,
          actionsDone: 0,
          totals: new Totals(),
          scored: [],
        };
        stats.set(theme.id, stat);
      }
      // A theme listed twice in one audit still counts that audit once.
      if (!counted.has(theme.id)) {
        counted.add(theme.id);
        stat.audits += 1;
        stat.clients.push(audit.client.name);
        stat.totals.add(audit.client.annual_value, currency);
      }
      for (const e of theme.evidence) {
        stat.scored.push({
          text: e.quote.trim(),
          client: audit.client.name,
          answer: ANSWER_LABELS[e.answer],
          score: quoteScore(theme.status === 'confirmed', e.view, e.quote),
          value: audit.client.annual_value ?? 0,
        });
      }
    }
  }
  for (const row of rows) {
    for (const id of row.action.themes ?? []) {
      const stat = stats.get(id);
      if (!stat) continue;
      if (isOpen(row.action)) stat.actionsOpen += 1;
      else if (row.action.status === 'done') stat.actionsDone += 1;
    }
  }
  const perTheme = options.quotesPerTheme;
  return [...stats.values()].map(({ totals, scored, ...stat }) => {
    const seen = new Set<string>();
    const quotes = scored
      .sort((a, b) => b.score - a.score || b.value - a.value)
      .filter((q) => {
        // One quote per client, so one talkative client cannot speak for everyone.
        if (seen.has(q.client)) return false;
        seen.add(q.client);
        return true;
      })
      .slice(0, perTheme)
      .map(({ score: _s, value: _v, ...q }) => q);
    return {
      ...stat,
      share: percent(stat.audits, n),
      value: totals.text(primary),
      valueAmount: totals.get(primary),
      valueAmounts: totals.list(primary),
      quotes,
    };
  });
}
