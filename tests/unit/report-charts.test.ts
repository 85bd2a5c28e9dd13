import { describe, expect, it } from 'vitest';
import { barChart, trendChart, truncate } from '../../src/report/charts.js';

const evil = '<script>alert(1)</script> & "quotes"';

describe('bar chart', () => {
  const svg = barChart({
    id: 'ranking',
    title: `Themes ${evil}`,
    description: 'Staffing: 5 audits',
    bars: [
      { label: 'Staffing instability', value: 5, valueText: '5 (50%)' },
      { label: evil, value: 1, valueText: '1 (10%)' },
      { label: 'Nothing yet', value: 0, valueText: '0' },
    ],
  });

  it('escapes every piece of text', () => {
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('&amp; &quot;quotes&quot;');
  });

  it('is an accessible image naming its title and description', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="ranking-title ranking-desc"/);
    expect(svg).toContain('<title id="ranking-title">');
    expect(svg).toContain('<desc id="ranking-desc">Staffing: 5 audits</desc>');
  });

  it('draws bars in proportion with the value written beside each', () => {
    const widths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(3);
    expect(widths[0]).toBeCloseTo((widths[1] as number) * 5, 0);
    expect(widths[2]).toBeGreaterThan(0);
    expect(svg).toContain('>5 (50%)</text>');
    expect(svg).toMatch(/height="(\d+)"/);
    const height = Number(/viewBox="0 0 \d+ (\d+)"/.exec(svg)?.[1]);
    expect(height).toBe(6 * 2 + 3 * 30);
  });

  it('is empty without data, so the template can say so instead', () => {
    expect(barChart({ id: 'x', title: 't', description: 'd', bars: [] })).toBe('');
  });
});

describe('trend chart', () => {
  const svg = trendChart({
    id: 'trend',
    title: 'By quarter',
    description: 'counts',
    quarters: ['Q4 2025', 'Q1 2026', 'Q2 2026'],
    series: [
      { label: 'Staffing instability', counts: [2, 0, 1] },
      { label: `A very long theme label that will not fit ${evil}`, counts: [0, 1, 0] },
    ],
  });

  it('writes every count as text and a bar for each non-zero count', () => {
    expect([...svg.matchAll(/<rect /g)]).toHaveLength(3);
    const counts = [...svg.matchAll(/font-size="11">(\d+)<\/text>/g)].map((m) => m[1]);
    expect(counts).toEqual(['2', '0', '1', '0', '1', '0']);
  });

  it('labels quarters, the year at the first column and at each Q1', () => {
    expect(svg).toContain('>Q4<tspan');
    expect(svg).toContain('>2025</tspan>');
    expect(svg).toContain('>2026</tspan>');
    expect(svg.match(/<tspan/g)).toHaveLength(2);
  });

  it('shortens long labels on the axis but keeps them whole in the title', () => {
    expect(truncate('A very long theme label that will not fit')).toBe('A very long theme label that…');
    expect(svg).toContain('A very long theme label that…');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).not.toContain('<script>');
  });
});
