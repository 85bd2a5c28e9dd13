import { ANSWER_LABELS } from '../audit/answers.js';
import { actionRows, activeThemeIds, isReportBackOverdue } from '../audit/follow-through.js';
import type { Audit } from '../audit/schema.js';
import type { Taxonomy } from '../themes/taxonomy.js';
import { type ActionSection, actionSection } from './action-section.js';
import { type BreakdownRow, breakdown } from './breakdown.js';
import { cooccurrence } from './cooccurrence.js';
import type { AuditFilter } from './filter.js';
import { durationText, money, monthsBetween, plural, shortDate } from './format.js';
import type { ViewOptions } from './options.js';
import { themeInfo } from './theme-info.js';
import { type QuoteView, type ThemeStat, themeStats } from './theme-stats.js';
import { type Amount, currencyOf, valueTotals } from './totals.js';
import { type TrendSection, trendSection } from './trend-section.js';
import { type WinBackSection, winBackSection } from './win-back-section.js';

/** The portfolio summary: what keeps losing us clients, what it costs, and what is being done. */

export interface PortfolioView extends TrendSection {
  generatedOn: string;
  period: string;
  scope: string;
  includesDrafts: boolean;
  primaryCurrency: string;
  hasAudits: boolean;
  totals: {
    audits: number;
    auditsText: string;
    revenueLost: string;
    revenueAmounts: Amount[];
    neutralAudits: number;
    averageRelationship: string;
  };
  themes: ThemeStat[];
  themesByValue: ThemeStat[];
  strengths: ThemeStat[];
  wentWell: QuoteView[];
  pairs: { a: string; b: string; count: number; clients: string }[];
  segments: BreakdownRow[];
  regions: BreakdownRow[];
  actions: ActionSection;
  reportBacksOverdue: { client: string; auditId: string; by: string }[];
  winBack: WinBackSection;
  audits: { id: string; client: string; endedOn: string; value: string; themes: string; status: string }[];
}

export interface PortfolioOptions extends ViewOptions {
  filter?: AuditFilter;
  /** How many themes the trend chart follows. */
  trendThemes?: number;
  quotesPerTheme?: number;
}

/** A pair seen once is a coincidence; twice is worth a look. */
const MIN_PAIR = 2;

function periodText(audits: readonly Audit[], filter: AuditFilter): string {
  const dates = audits.map((a) => a.client.ended_on).sort();
  const from = filter.since ?? dates[0];
  const to = filter.until ?? dates.at(-1);
  if (!from || !to) return 'No audits in this period';
  return `Clients who left ${from === to ? `on ${shortDate(from)}` : `from ${shortDate(from)} to ${shortDate(to)}`}`;
}

export function buildPortfolioView(
  audits: readonly Audit[],
  taxonomy: Taxonomy,
  options: PortfolioOptions,
): PortfolioView {
  const filter = options.filter ?? {};
  const primary = options.currency;
  const n = audits.length;
  const byId = new Map(audits.map((a) => [a.id, a]));
  const rows = actionRows(audits, options.today);

  const all = themeStats(audits, taxonomy, { primary, rows, quotesPerTheme: options.quotesPerTheme ?? 3 });
  const byCount = (a: ThemeStat, b: ThemeStat) =>
    b.audits - a.audits || b.valueAmount - a.valueAmount || a.label.localeCompare(b.label);
  const problems = all.filter((t) => t.kind === 'problem').sort(byCount);
  const strengths = all.filter((t) => t.kind === 'strength').sort(byCount);

  const problemIds = (audit: Audit) =>
    activeThemeIds(audit).filter((id) => themeInfo(taxonomy, id).kind === 'problem');
  const pairs = cooccurrence(audits.map((a) => ({ id: a.id, themes: problemIds(a) })))
    .filter((p) => p.count >= MIN_PAIR)
    .slice(0, 8)
    .map((p) => ({
      a: themeInfo(taxonomy, p.a).label,
      b: themeInfo(taxonomy, p.b).label,
      count: p.count,
      clients: p.auditIds.map((id) => byId.get(id)?.client.name ?? id).join(', '),
    }));

  const revenue = valueTotals(audits, primary);
  const months = audits
    .map((a) =>
      a.client.relationship_start ? monthsBetween(a.client.relationship_start, a.client.ended_on) : undefined,
    )
    .filter((m): m is number => m !== undefined);
  const labels = (ids: readonly string[]) => ids.map((id) => themeInfo(taxonomy, id).label).join(', ');

  return {
    ...trendSection(audits, problems.slice(0, options.trendThemes ?? 6)),
    generatedOn: shortDate(options.today),
    period: periodText(audits, filter),
    scope: [filter.segment && `Segment: ${filter.segment}`, filter.region && `Region: ${filter.region}`]
      .filter(Boolean)
      .join(' · '),
    includesDrafts: Boolean(filter.includeDrafts),
    primaryCurrency: primary,
    hasAudits: n > 0,
    totals: {
      audits: n,
      auditsText: plural(n, 'audit'),
      revenueLost: revenue.text(primary, money(0, primary)),
      revenueAmounts: revenue.list(primary),
      neutralAudits: audits.filter((a) => a.interview?.auditor_independent === true).length,
      averageRelationship: months.length
        ? durationText(Math.round(months.reduce((s, m) => s + m, 0) / months.length))
        : '',
    },
    themes: problems,
    themesByValue: [...problems]
      .filter((t) => t.valueAmounts.length)
      .sort((a, b) => b.valueAmount - a.valueAmount || byCount(a, b)),
    strengths,
    wentWell: strengths.length
      ? []
      : audits
          .filter((a) => a.answers?.went_well?.text.trim())
          .slice(0, 5)
          .map((a) => ({
            text: (a.answers?.went_well?.text ?? '').trim().split(/(?<=[.!?])\s+/)[0] ?? '',
            client: a.client.name,
            answer: ANSWER_LABELS.went_well,
          })),
    pairs,
    segments: breakdown(audits, (a) => a.client.segment, taxonomy, options, primary),
    regions: breakdown(audits, (a) => a.client.region, taxonomy, options, primary),
    actions: actionSection(rows, options.today, labels),
    reportBacksOverdue: audits
      .filter((a) => isReportBackOverdue(a, options.today))
      .map((a) => ({ client: a.client.name, auditId: a.id, by: shortDate(a.follow_up?.report_back_by) })),
    winBack: winBackSection(audits, primary),
    audits: [...audits]
      .sort((a, b) => b.client.ended_on.localeCompare(a.client.ended_on) || a.id.localeCompare(b.id))
      .map((a) => ({
        id: a.id,
        client: a.client.name,
        endedOn: shortDate(a.client.ended_on),
        value:
          a.client.annual_value === undefined ? '' : money(a.client.annual_value, currencyOf(a, primary)),
        themes: labels(problemIds(a)),
        status: a.status,
      })),
  };
}
