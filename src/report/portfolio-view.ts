import { ANSWER_LABELS } from '../audit/answers.js';
import {
  actionRows,
  activeThemeIds,
  isOpen,
  isReportBackOverdue,
  winBackEntries,
} from '../audit/follow-through.js';
import type { Audit } from '../audit/schema.js';
import type { Taxonomy } from '../themes/taxonomy.js';
import { dueText, INTENT_TEXT, STATUS_TEXT } from './audit-view.js';
import { cooccurrence } from './cooccurrence.js';
import type { AuditFilter } from './filter.js';
import { durationText, money, monthsBetween, percent, plural, shortDate } from './format.js';
import type { ViewOptions } from './options.js';
import { quarterLabel, quarterOf, quartersOf } from './quarters.js';
import { type ThemeInfo, themeInfo } from './theme-info.js';
import { type Amount, currencyOf, Totals, valueTotals } from './totals.js';

/** The portfolio summary: what keeps losing us clients, what it costs, and what is being done. */

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

export interface BreakdownRow {
  name: string;
  audits: number;
  value: string;
  topThemes: string;
}

export interface ActionRowView {
  client: string;
  auditId: string;
  id: string;
  what: string;
  who: string;
  when: string;
  status: string;
  overdue: boolean;
  dueText: string;
  themes: string;
}

export interface WinBackRowView {
  client: string;
  auditId: string;
  intent: string;
  likelihood: string;
  nextContact: string;
  wonOn: string;
  value: string;
}

export interface PortfolioView {
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
  quarters: { key: string; label: string; audits: number }[];
  /** Set when older quarters were left out of the trend. */
  trendNote: string;
  trend: { id: string; label: string; counts: number[]; total: number }[];
  pairs: { a: string; b: string; count: number; clients: string }[];
  segments: BreakdownRow[];
  regions: BreakdownRow[];
  actions: {
    total: number;
    open: number;
    overdue: number;
    done: number;
    dropped: number;
    rows: ActionRowView[];
  };
  reportBacksOverdue: { client: string; auditId: string; by: string }[];
  winBack: {
    pipeline: WinBackRowView[];
    pipelineText: string;
    won: WinBackRowView[];
    closed: number;
    pipelineValue: string;
    wonValue: string;
  };
  audits: { id: string; client: string; endedOn: string; value: string; themes: string; status: string }[];
}

export interface PortfolioOptions extends ViewOptions {
  filter?: AuditFilter;
  /** How many themes the trend chart follows. */
  trendThemes?: number;
  quotesPerTheme?: number;
}

const MAX_QUARTERS = 12;
/** A pair seen once is a coincidence; twice is worth a look. */
const MIN_PAIR = 2;
const QUOTE_SWEET_SPOT = [40, 220] as const;

/** A quote tells more when it is confirmed, in the client's own voice and a sentence long. */
function quoteScore(confirmed: boolean, view: string | undefined, quote: string): number {
  const len = quote.trim().length;
  const fits = len >= QUOTE_SWEET_SPOT[0] && len <= QUOTE_SWEET_SPOT[1];
  return (confirmed ? 4 : 0) + ((view ?? 'client') === 'client' ? 2 : 0) + (fits ? 1 : 0);
}

function periodText(audits: readonly Audit[], filter: AuditFilter): string {
  const dates = audits.map((a) => a.client.ended_on).sort();
  const from = filter.since ?? dates[0];
  const to = filter.until ?? dates.at(-1);
  if (!from || !to) return 'No audits in this period';
  return `Clients who left ${from === to ? `on ${shortDate(from)}` : `from ${shortDate(from)} to ${shortDate(to)}`}`;
}

function breakdown(
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

  // One pass over audits and their themes gathers counts, values and quotes per theme.
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
  const perTheme = options.quotesPerTheme ?? 3;
  const all: ThemeStat[] = [...stats.values()].map(({ totals, scored, ...stat }) => {
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
  const byCount = (a: ThemeStat, b: ThemeStat) =>
    b.audits - a.audits || b.valueAmount - a.valueAmount || a.label.localeCompare(b.label);
  const problems = all.filter((t) => t.kind === 'problem').sort(byCount);
  const strengths = all.filter((t) => t.kind === 'strength').sort(byCount);

  const allQuarters = quartersOf(audits.map((a) => a.client.ended_on));
  // Twelve columns still read at a glance; older quarters stay in the totals above.
  const quarterKeys = allQuarters.slice(-MAX_QUARTERS);
  const index = new Map(quarterKeys.map((q, i) => [q, i]));
  const auditsPerQuarter = quarterKeys.map(() => 0);
  for (const audit of audits) {
    const i = index.get(quarterOf(audit.client.ended_on));
    if (i !== undefined) auditsPerQuarter[i] = (auditsPerQuarter[i] ?? 0) + 1;
  }
  const trend = problems.slice(0, options.trendThemes ?? 6).map((theme) => {
    const counts = quarterKeys.map(() => 0);
    for (const audit of audits) {
      if (!activeThemeIds(audit).includes(theme.id)) continue;
      const i = index.get(quarterOf(audit.client.ended_on));
      if (i !== undefined) counts[i] = (counts[i] ?? 0) + 1;
    }
    return { id: theme.id, label: theme.label, counts, total: theme.audits };
  });

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

  const wins = winBackEntries(audits);
  const winRow = (e: (typeof wins)[number]): WinBackRowView => ({
    client: e.client,
    auditId: e.auditId,
    intent: INTENT_TEXT[e.intent],
    likelihood: e.likelihood ? `${e.likelihood} of 5` : '',
    nextContact: shortDate(e.nextContact),
    wonOn: shortDate(e.wonOn),
    value: e.annualValue ? money(e.annualValue, e.currency ?? primary) : '',
  });
  const inPipeline = wins.filter((e) => e.intent === 'pursue' || e.intent === 'nurture');
  const won = wins.filter((e) => e.intent === 'won');
  const sumOf = (entries: typeof wins) => {
    const t = new Totals();
    for (const e of entries) t.add(e.annualValue || undefined, e.currency ?? primary);
    return t.text(primary);
  };

  const revenue = valueTotals(audits, primary);
  const months = audits
    .map((a) =>
      a.client.relationship_start ? monthsBetween(a.client.relationship_start, a.client.ended_on) : undefined,
    )
    .filter((m): m is number => m !== undefined);
  const labels = (ids: readonly string[]) => ids.map((id) => themeInfo(taxonomy, id).label).join(', ');

  return {
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
    pairs,
    segments: breakdown(audits, (a) => a.client.segment, taxonomy, options, primary),
    regions: breakdown(audits, (a) => a.client.region, taxonomy, options, primary),
    actions: {
      total: rows.length,
      open: rows.filter((r) => isOpen(r.action)).length,
      overdue: rows.filter((r) => r.overdue).length,
      done: rows.filter((r) => r.action.status === 'done').length,
      dropped: rows.filter((r) => r.action.status === 'dropped').length,
      rows: rows
        .filter((r) => isOpen(r.action))
        .map((r) => ({
          client: r.client,
          auditId: r.auditId,
          id: r.action.id,
          what: r.action.what,
          who: r.action.who,
          when: shortDate(r.action.when),
          status: STATUS_TEXT[r.action.status] ?? r.action.status,
          overdue: r.overdue,
          dueText: dueText(r.action, options.today),
          themes: labels(r.action.themes ?? []),
        })),
    },
    reportBacksOverdue: audits
      .filter((a) => isReportBackOverdue(a, options.today))
      .map((a) => ({ client: a.client.name, auditId: a.id, by: shortDate(a.follow_up?.report_back_by) })),
    winBack: {
      pipeline: inPipeline.map(winRow),
      pipelineText: `${plural(inPipeline.length, 'client')} we are working to win back`,
      won: won.map(winRow),
      closed: wins.filter((e) => e.intent === 'closed').length,
      pipelineValue: sumOf(inPipeline),
      wonValue: sumOf(won),
    },
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
