import { describe, expect, it } from 'vitest';
import { type Audit, type AuditInput, auditSchema } from '../../src/audit/schema.js';
import { buildAuditView } from '../../src/report/audit-view.js';
import { buildClientView } from '../../src/report/client-view.js';
import { cooccurrence } from '../../src/report/cooccurrence.js';
import { filterAudits } from '../../src/report/filter.js';
import { durationText, monthsBetween } from '../../src/report/format.js';
import { highlight } from '../../src/report/highlight.js';
import { buildPortfolioView } from '../../src/report/portfolio-view.js';
import { quarterOf, quartersOf } from '../../src/report/quarters.js';
import { loadTaxonomy } from '../../src/themes/taxonomy.js';
import { fixtureAudits, TODAY } from '../fixtures/report-audits.js';

const taxonomy = loadTaxonomy();
const parse = (input: AuditInput): Audit => auditSchema.parse(input);
const audits = fixtureAudits().map(parse);
const byId = (id: string) => audits.find((a) => a.id === id) as Audit;
const options = { today: TODAY, currency: 'USD' };
const complete = filterAudits(audits, {});

describe('quarters', () => {
  it('buckets dates into calendar quarters and fills the gaps', () => {
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quarterOf('2026-04-01')).toBe('2026-Q2');
    expect(quarterOf('2025-12-31')).toBe('2025-Q4');
    expect(quartersOf(['2026-05-20', '2025-11-03'])).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
    expect(quartersOf([])).toEqual([]);
  });
});

describe('co-occurrence', () => {
  it('counts each pair once per audit, most frequent first', () => {
    const pairs = cooccurrence([
      { id: 'a', themes: ['x', 'y', 'z'] },
      { id: 'b', themes: ['y', 'x', 'x'] },
      { id: 'c', themes: ['z'] },
    ]);
    expect(pairs[0]).toEqual({ a: 'x', b: 'y', count: 2, auditIds: ['a', 'b'] });
    expect(pairs.map((p) => `${p.a}+${p.b}:${p.count}`)).toEqual(['x+y:2', 'x+z:1', 'y+z:1']);
  });
});

describe('relationship length', () => {
  it('counts whole months', () => {
    expect(monthsBetween('2021-03-01', '2026-09-15')).toBe(66);
    expect(monthsBetween('2026-01-31', '2026-02-27')).toBe(0);
    expect(durationText(66)).toBe('5 years 6 months');
    expect(durationText(12)).toBe('1 year');
    expect(durationText(0)).toBe('less than a month');
  });
});

describe('highlight', () => {
  it('marks each quote where it sits in the answer, merging overlaps', () => {
    const text = 'We met four supervisors. Nobody told us. Fine.';
    const segments = highlight(text, [
      { quote: 'Nobody told us.', labels: ['Poor communication'] },
      { quote: 'We met four supervisors.', start: 0, end: 24, labels: ['Staffing instability'] },
      { quote: 'four supervisors', labels: ['Extra'] },
      { quote: 'not in the answer', labels: ['Missing'] },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.mark).map((s) => [s.text, s.labels])).toEqual([
      ['We met four supervisors.', ['Staffing instability', 'Extra']],
      ['Nobody told us.', ['Poor communication']],
    ]);
  });
});

describe('filters', () => {
  it('leave drafts out unless asked, and apply dates, segment and region', () => {
    expect(complete.map((a) => a.id)).not.toContain('2026-10-20-cedar-clinic');
    expect(filterAudits(audits, { includeDrafts: true })).toHaveLength(4);
    expect(filterAudits(audits, { since: '2026-01-01' }).map((a) => a.id)).toEqual([
      '2026-10-02-maple-grove',
      '2026-05-20-harbor-dental',
    ]);
    expect(filterAudits(audits, { until: '2025-12-31' }).map((a) => a.id)).toEqual([
      '2025-11-03-lumen-marketing',
    ]);
    expect(filterAudits(audits, { segment: 'dental' }).map((a) => a.id)).toEqual([
      '2026-05-20-harbor-dental',
    ]);
    expect(filterAudits(audits, { region: 'SOUTHEAST', includeDrafts: true })).toHaveLength(2);
  });
});

describe('audit view', () => {
  const view = buildAuditView(byId('2026-10-02-maple-grove'), taxonomy, options);

  it('shows the client facts and relationship length', () => {
    expect(view.client).toMatchObject({
      value: '$420,000',
      relationshipStart: 'Mar 1, 2021',
      endedOn: 'Sep 15, 2026',
      length: '5 years 6 months',
    });
    expect(view.interview.neutral).toBe('yes');
  });

  it('flags overdue actions and report-backs against the injected date', () => {
    expect(view.actions.map((a) => [a.id, a.overdue, a.dueText])).toEqual([
      ['A1', true, '17 days late'],
      ['A2', false, 'due in 44 days'],
    ]);
    expect(view.followUp.reportBackOverdue).toBe(true);
    const earlier = buildAuditView(byId('2026-10-02-maple-grove'), taxonomy, {
      ...options,
      today: '2026-10-01',
    });
    expect(earlier.overdueCount).toBe(0);
    expect(earlier.followUp.reportBackOverdue).toBe(false);
  });

  it("puts the team's view beside the client's and marks the quotes", () => {
    const happened = view.answers.find((a) => a.key === 'happened');
    expect(happened?.team?.segments.map((s) => s.text).join('')).toContain('TEAM-VIEW');
    expect(happened?.client?.segments.filter((s) => s.mark).map((s) => s.labels[0])).toEqual([
      'Staffing instability',
      'Poor communication',
    ]);
    expect(view.rejectedThemes).toEqual(['Price and value']);
  });

  it('shows an unknown theme by its id', () => {
    const harbor = buildAuditView(byId('2026-05-20-harbor-dental'), taxonomy, options);
    expect(harbor.themes.find((t) => t.id === 'mystery-theme')).toMatchObject({
      label: 'mystery-theme',
      known: false,
    });
    expect(harbor.interview.neutral).toBe('no');
  });
});

describe('portfolio view', () => {
  const view = buildPortfolioView(complete, taxonomy, options);

  it('counts audits and sums revenue per currency', () => {
    expect(view.totals.audits).toBe(3);
    expect(view.totals.revenueAmounts.map((a) => [a.currency, a.amount])).toEqual([
      ['USD', 600_000],
      ['EUR', 90_000],
    ]);
    expect(view.totals.revenueLost).toBe('$600,000 + €90,000');
  });

  it('ranks themes by audits and by value at stake, each audit counted once', () => {
    expect(view.themes.slice(0, 2).map((t) => [t.id, t.audits, t.share])).toEqual([
      ['poor-communication', 3, '100%'],
      ['staffing-instability', 2, '67%'],
    ]);
    const staffing = view.themes.find((t) => t.id === 'staffing-instability');
    expect(staffing?.value).toBe('$600,000');
    expect(staffing?.actionsOpen).toBe(1);
    // Equal value in dollars: the theme seen in more audits comes first.
    expect(view.themesByValue.slice(0, 2).map((t) => t.id)).toEqual([
      'poor-communication',
      'staffing-instability',
    ]);
    const twice = parse({
      ...fixtureAudits()[2],
      themes: [
        { id: 'billing-issues', source: 'auto', status: 'confirmed', evidence: [] },
        { id: 'billing-issues', source: 'manual', status: 'confirmed', evidence: [] },
      ],
    } as AuditInput);
    const once = buildPortfolioView([twice], taxonomy, options).themes[0];
    expect([once?.audits, once?.value]).toEqual([1, '€90,000']);
    expect(view.themesByValue.find((t) => t.id === 'billing-issues')?.value).toBe('€90,000');
  });

  it('follows the themes by quarter the client left', () => {
    expect(view.quarters.map((q) => [q.label, q.audits])).toEqual([
      ['Q4 2025', 1],
      ['Q1 2026', 0],
      ['Q2 2026', 1],
      ['Q3 2026', 1],
    ]);
    expect(view.trend.find((t) => t.id === 'staffing-instability')?.counts).toEqual([0, 0, 1, 1]);
  });

  it('lists themes seen together at least twice', () => {
    expect(view.pairs).toEqual([
      {
        a: 'Poor communication',
        b: 'Staffing instability',
        count: 2,
        clients: 'Maple Grove Senior Living, Harbor Dental Group',
      },
    ]);
  });

  it('picks one telling quote per client, confirmed ones first', () => {
    const staffing = view.themes.find((t) => t.id === 'staffing-instability');
    expect(staffing?.quotes.map((q) => q.client)).toEqual([
      'Maple Grove Senior Living',
      'Harbor Dental Group',
    ]);
  });

  it('tracks open and overdue actions and the win-back pipeline', () => {
    expect(view.actions).toMatchObject({ total: 3, open: 2, overdue: 1, done: 1 });
    expect(view.actions.rows[0]).toMatchObject({
      what: 'Keep one therapy lead per building for 12 months',
      overdue: true,
    });
    expect(view.winBack.won.map((w) => [w.client, w.wonOn])).toEqual([
      ['Harbor Dental Group', 'Oct 1, 2026'],
    ]);
    expect(view.winBack.pipeline.map((w) => w.client)).toEqual(['Maple Grove Senior Living']);
    expect(view.winBack.closed).toBe(1);
    expect(view.reportBacksOverdue.map((r) => r.client)).toEqual(['Maple Grove Senior Living']);
  });

  it('breaks down by segment and region', () => {
    expect(view.segments.map((s) => [s.name, s.audits, s.value])).toEqual([
      ['Skilled nursing', 1, '$420,000'],
      ['Dental', 1, '$180,000'],
      ['Agency', 1, '€90,000'],
    ]);
    expect(view.regions.map((r) => r.name)).toEqual(['Southeast', 'Northeast', 'Europe']);
  });

  it('says so when no audit matches', () => {
    const empty = buildPortfolioView([], taxonomy, options);
    expect(empty.hasAudits).toBe(false);
    expect(empty.totals.revenueLost).toBe('$0');
    expect(empty.themes).toEqual([]);
  });
});

describe('client view', () => {
  it('holds the letter and nothing internal', () => {
    const view = buildClientView(byId('2026-10-02-maple-grove'), taxonomy, TODAY);
    expect(view.greeting).toBe('Dear Ana Ruiz,');
    expect(view.concerns).toEqual([
      'By March we had met our fourth site supervisor.',
      'Nobody told us when people left.',
    ]);
    // Today is 2026-11-01: a letter never promises a date that has passed.
    expect(view.actions.map((a) => a.when)).toEqual(['', 'December 15, 2026']);
    expect(view.reportBackBy).toBe('');
    expect(buildClientView(byId('2026-10-02-maple-grove'), taxonomy, '2026-10-01').reportBackBy).toBe(
      'October 20, 2026',
    );
    const text = JSON.stringify(view);
    for (const internal of [
      '420',
      'staffing-instability',
      'Staffing instability',
      'INTERNAL-NOTE',
      'TEAM-VIEW',
      'Regional Operations Director',
    ]) {
      expect(text).not.toContain(internal);
    }
  });

  it('falls back to the read-back paraphrases when no theme was recorded', () => {
    const audit = parse({ ...fixtureAudits()[0], themes: [] } as AuditInput);
    const view = buildClientView(audit, taxonomy, TODAY);
    expect(view.paraphrased).toBe(true);
    expect(view.concerns).toEqual(['You expected continuity.', 'Constant changes in who showed up.']);
  });
});
