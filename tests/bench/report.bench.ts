import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bench, describe } from 'vitest';
import { stringify } from 'yaml';
import { type Audit, auditSchema } from '../../src/audit/schema.js';
import { filterAudits } from '../../src/report/filter.js';
import { createRenderer } from '../../src/report/handlebars.js';
import { buildPortfolioView } from '../../src/report/portfolio-view.js';
import { summaryCharts } from '../../src/report/summary-charts.js';
import { loadTaxonomy } from '../../src/themes/taxonomy.js';
import { loadAudits } from '../../src/workspace/store.js';
import { openWorkspace } from '../../src/workspace/workspace.js';

/**
 * Time to render the portfolio summary in both formats: for the sample audits shipped in the
 * repository, for 1,000 generated audits, and the whole command as a user runs it, next to
 * starting node itself.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const taxonomy = loadTaxonomy();
const options = { today: '2026-11-01', currency: 'USD' };
const samples = filterAudits(
  loadAudits(openWorkspace(ROOT)).audits.map((s) => s.audit),
  {},
);

const THEMES = [
  'staffing-instability',
  'expertise-gap',
  'poor-communication',
  'slow-response',
  'price-value',
  'billing-issues',
];
const SEGMENTS = ['Skilled nursing', 'Dental', 'Agency', 'Logistics'];
const REGIONS = ['Southeast', 'Northeast', 'Europe', 'West'];

function generated(n: number): Audit[] {
  return Array.from({ length: n }, (_, i) => {
    const month = String((i % 12) + 1).padStart(2, '0');
    const year = 2023 + (i % 4);
    const themes = THEMES.filter((_, t) => (i + t) % 3 === 0);
    return auditSchema.parse({
      schema: 'recover/audit@1',
      id: `${year}-${month}-15-client-${i}`,
      status: 'complete',
      client: {
        name: `Client ${i}`,
        segment: SEGMENTS[i % SEGMENTS.length],
        region: REGIONS[(i >> 2) % REGIONS.length],
        annual_value: 50_000 + (i % 40) * 10_000,
        currency: i % 7 === 0 ? 'EUR' : 'USD',
        relationship_start: '2020-01-01',
        ended_on: `${year}-${month}-15`,
      },
      answers: {
        happened: {
          text: `We met our fourth supervisor by March. Invoices were wrong <b>again</b> for client ${i}.`,
        },
        went_well: { text: 'The front-line people were kind.' },
      },
      themes: themes.map((id) => ({
        id,
        source: 'auto',
        status: i % 5 ? 'confirmed' : 'suggested',
        evidence: [{ answer: 'happened', quote: 'We met our fourth supervisor by March.' }],
      })),
      actions: [
        {
          id: 'A1',
          what: 'Stabilise staffing',
          who: 'Ops',
          when: `${year}-12-01`,
          themes: themes.slice(0, 1),
        },
      ],
      win_back: { intent: (['pursue', 'nurture', 'closed', 'won'] as const)[i % 4], likelihood: (i % 5) + 1 },
    });
  });
}

const thousand = generated(1000);

/** The same 1,000 audits as files in a workspace, so the command pays for reading them too. */
function workspaceOf(audits: Audit[]): string {
  const root = mkdtempSync(join(tmpdir(), 'recover-bench-'));
  writeFileSync(join(root, 'recover.yaml'), 'audits_dir: audits\n');
  mkdirSync(join(root, 'audits'));
  for (const audit of audits) writeFileSync(join(root, 'audits', `${audit.id}.yaml`), stringify(audit));
  return root;
}
const thousandOnDisk = workspaceOf(thousand);

function renderSummary(audits: Audit[]): number {
  const renderer = createRenderer();
  const view = buildPortfolioView(audits, taxonomy, options);
  const charts = summaryCharts(view);
  const md = renderer.render('summary', 'md', view);
  const html = renderer.render('summary', 'html', {
    ...view,
    charts: {
      ranking: renderer.safe(charts.ranking),
      value: renderer.safe(charts.value),
      trend: renderer.safe(charts.trend),
    },
  });
  return md.length + html.length;
}

describe('portfolio summary, md + html, in process', () => {
  bench(`${samples.length} sample audits`, () => {
    renderSummary(samples);
  });
  bench('1,000 generated audits', () => {
    renderSummary(thousand);
  });
});

describe('whole command, as a user runs it', () => {
  const bin = fileURLToPath(new URL('../../bin/recover.js', import.meta.url));
  bench(
    "node -e ''",
    () => {
      execFileSync(process.execPath, ['-e', '']);
    },
    { iterations: 10 },
  );
  bench(
    'recover report --summary --out - (sample audits, md)',
    () => {
      execFileSync(process.execPath, [bin, '-C', ROOT, 'report', '--summary', '--out', '-']);
    },
    { iterations: 10 },
  );
  bench(
    'recover report --summary (sample audits, md + html files)',
    () => {
      execFileSync(process.execPath, [
        bin,
        '-C',
        ROOT,
        'report',
        '--summary',
        '--out',
        '/tmp/recover-bench-reports',
      ]);
    },
    { iterations: 10 },
  );
  bench(
    'recover report --summary (1,000 audit files, md + html files)',
    () => {
      execFileSync(process.execPath, [bin, '-C', thousandOnDisk, 'report', '--summary']);
    },
    { iterations: 5 },
  );
});
