import { barChart, trendChart } from './charts.js';
import { compactMoney, plural } from './format.js';
import type { PortfolioView } from './portfolio-view.js';

export interface SummaryCharts {
  ranking: string;
  value: string;
  trend: string;
}

const TOP = 10;

/** The three portfolio charts, drawn from the view so they always agree with its tables. */
export function summaryCharts(view: PortfolioView): SummaryCharts {
  const ranked = view.themes.slice(0, TOP);
  const byValue = view.themesByValue.filter((t) => t.valueAmount > 0).slice(0, TOP);
  const currency = view.primaryCurrency;
  const n = view.totals.audits;
  return {
    ranking: barChart({
      id: 'chart-ranking',
      title: 'Themes ranked by number of audits',
      description: ranked.map((t) => `${t.label}: ${t.audits} of ${n} audits`).join('; '),
      bars: ranked.map((t) => ({ label: t.label, value: t.audits, valueText: `${t.audits} (${t.share})` })),
    }),
    value: barChart({
      id: 'chart-value',
      title: `Annual contract value at stake by theme (${currency})`,
      description: byValue.map((t) => `${t.label}: ${compactMoney(t.valueAmount, currency)}`).join('; '),
      bars: byValue.map((t) => ({
        label: t.label,
        value: t.valueAmount,
        valueText: compactMoney(t.valueAmount, currency),
      })),
    }),
    trend: trendChart({
      id: 'chart-trend',
      title: 'Audits per theme by quarter the client left',
      description: view.trend
        .map(
          (s) =>
            `${s.label}: ${view.quarters.map((q, i) => `${q.label} ${plural(s.counts[i] ?? 0, 'audit')}`).join(', ')}`,
        )
        .join('; '),
      quarters: view.quarters.map((q) => q.label),
      series: view.trend,
    }),
  };
}
