import { escapeHtml as esc } from './escape.js';

/**
 * Inline SVG charts: pure functions returning markup, every piece of text escaped. Each chart is
 * an image with a title and a description that spells out the numbers, and every bar carries its
 * value as text, so neither colour nor sight is needed to read it.
 */

export interface Bar {
  label: string;
  value: number;
  valueText: string;
}

export interface BarChartOptions {
  /** Unique within the page: it names the title and description for screen readers. */
  id: string;
  title: string;
  description: string;
  bars: readonly Bar[];
  width?: number;
}

export interface TrendSeries {
  label: string;
  counts: readonly number[];
}

export interface TrendChartOptions {
  id: string;
  title: string;
  description: string;
  /** Labels such as "Q3 2026". */
  quarters: readonly string[];
  series: readonly TrendSeries[];
  width?: number;
}

const LABEL_WIDTH = 200;
const FONT = 'font-family="inherit" font-size="13"';
const BAR_COLOUR = '#2f5d8a';
const MUTED = '#5b6675';
const GRID = '#d9dee5';

/** Roughly what fits in the label column at 13px; the full label stays in the row's title. */
export function truncate(label: string, max = 30): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

function open(id: string, title: string, description: string, width: number, height: number): string {
  const safeId = id.replace(/[^A-Za-z0-9_-]/g, '-');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 ${width} ${height}" ` +
    `width="${width}" height="${height}" preserveAspectRatio="xMinYMin meet" ` +
    `aria-labelledby="${safeId}-title ${safeId}-desc">` +
    `<title id="${safeId}-title">${esc(title)}</title><desc id="${safeId}-desc">${esc(description)}</desc>`
  );
}

/** Horizontal bars, largest first as given; empty input gives an empty string. */
export function barChart({ id, title, description, bars, width = 760 }: BarChartOptions): string {
  if (bars.length === 0) return '';
  const row = 30;
  const top = 6;
  const valueRoom = 110;
  const plot = width - LABEL_WIDTH - 12 - valueRoom;
  const max = Math.max(...bars.map((b) => b.value), 0);
  const height = top * 2 + bars.length * row;
  const parts = [open(id, title, description, width, height)];
  bars.forEach((bar, i) => {
    const y = top + i * row;
    const w = max > 0 ? Math.max(2, (bar.value / max) * plot) : 2;
    const x = LABEL_WIDTH + 12;
    parts.push(
      `<g><title>${esc(`${bar.label}: ${bar.valueText}`)}</title>`,
      `<text x="${LABEL_WIDTH}" y="${y + row / 2}" dy="0.35em" text-anchor="end" fill="#1d2733" ${FONT}>${esc(truncate(bar.label))}</text>`,
      `<rect x="${x}" y="${y + 6}" width="${w.toFixed(1)}" height="${row - 12}" rx="2" fill="${BAR_COLOUR}"/>`,
      `<text x="${(x + w + 8).toFixed(1)}" y="${y + row / 2}" dy="0.35em" fill="#1d2733" ${FONT}>${esc(bar.valueText)}</text></g>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}

/**
 * Small multiples: one row per theme, one column per quarter, the count written above each bar.
 * Rows share one scale so heights compare across themes.
 */
export function trendChart({
  id,
  title,
  description,
  quarters,
  series,
  width = 760,
}: TrendChartOptions): string {
  if (series.length === 0 || quarters.length === 0) return '';
  const row = 46;
  const barMax = 26;
  const axis = 34;
  const plotX = LABEL_WIDTH + 12;
  const col = (width - plotX - 4) / quarters.length;
  const barWidth = Math.min(28, col * 0.6);
  const max = Math.max(1, ...series.flatMap((s) => s.counts));
  const height = series.length * row + axis;
  const parts = [open(id, title, description, width, height)];
  series.forEach((s, r) => {
    const base = r * row + row - 6;
    parts.push(
      `<g><title>${esc(`${s.label}: ${quarters.map((q, i) => `${q} ${s.counts[i] ?? 0}`).join(', ')}`)}</title>`,
      `<text x="${LABEL_WIDTH}" y="${base - 10}" dy="0.35em" text-anchor="end" fill="#1d2733" ${FONT}>${esc(truncate(s.label))}</text>`,
      `<line x1="${plotX}" x2="${width - 4}" y1="${base}" y2="${base}" stroke="${GRID}"/>`,
    );
    s.counts.forEach((count, i) => {
      const cx = plotX + col * i + col / 2;
      const h = (count / max) * barMax;
      if (count > 0) {
        parts.push(
          `<rect x="${(cx - barWidth / 2).toFixed(1)}" y="${(base - h).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}" fill="${BAR_COLOUR}"/>`,
        );
      }
      parts.push(
        `<text x="${cx.toFixed(1)}" y="${(base - h - 4).toFixed(1)}" text-anchor="middle" fill="${count ? '#1d2733' : MUTED}" font-family="inherit" font-size="11">${count}</text>`,
      );
    });
    parts.push('</g>');
  });
  const axisY = series.length * row + 14;
  quarters.forEach((q, i) => {
    const cx = plotX + col * i + col / 2;
    const [quarter, year] = q.split(' ');
    const showYear = i === 0 || quarter === 'Q1';
    parts.push(
      `<text x="${cx.toFixed(1)}" y="${axisY}" text-anchor="middle" fill="${MUTED}" font-family="inherit" font-size="11">${esc(quarter)}` +
        (showYear ? `<tspan x="${cx.toFixed(1)}" dy="13">${esc(year ?? '')}</tspan>` : '') +
        '</text>',
    );
  });
  parts.push('</svg>');
  return parts.join('');
}
