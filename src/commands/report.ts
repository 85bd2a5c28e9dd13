import { mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { Audit } from '../audit/schema.js';
import { EXIT, UserError, usageError } from '../errors.js';
import { buildAuditView } from '../report/audit-view.js';
import { buildClientView } from '../report/client-view.js';
import { type AuditFilter, exclusionReason } from '../report/filter.js';
import { createRenderer, type Format, type ReportKind } from '../report/handlebars.js';
import { buildPortfolioView } from '../report/portfolio-view.js';
import { summaryCharts } from '../report/summary-charts.js';
import { loadTaxonomy } from '../themes/taxonomy.js';
import type { Context } from '../ui/context.js';
import { print, success, warn } from '../ui/output.js';
import { loadAudit, loadAudits } from '../workspace/store.js';
import { openWorkspace } from '../workspace/workspace.js';
import { warnUnreadable } from './shared.js';

interface Options {
  all?: boolean;
  summary?: boolean;
  client?: boolean;
  format?: 'md' | 'html' | 'both';
  out?: string;
  since?: string;
  until?: string;
  segment?: string;
  region?: string;
  includeDrafts?: boolean;
}

interface Planned {
  kind: ReportKind;
  audit?: Audit;
  /** File name without extension; stable so links and bookmarks keep working. */
  name: string;
}

const CHOOSE_HINT =
  'For example: `recover report --summary` (portfolio), `recover report ID` (one audit), ' +
  '`recover report --all` (every audit), `recover report ID --client` (the letter to the client).';

export default async function report(ctx: Context, ids: string[], options: Options): Promise<void> {
  if (ids.length === 0 && !options.all && !options.summary) {
    throw usageError(
      options.client
        ? '--client needs audit ids or --all: say whose client summary to write'
        : 'Say which reports to write: audit ids, --all or --summary',
      CHOOSE_HINT,
    );
  }
  if (options.since && options.until && options.since > options.until) {
    throw usageError(`--since ${options.since} is after --until ${options.until}`, 'Swap the two dates.');
  }
  const toStdout = options.out === '-';
  const format = options.format ?? (toStdout ? 'md' : 'both');
  const formats: Format[] = format === 'both' ? ['md', 'html'] : [format];

  const ws = openWorkspace(ctx.cwd);
  const filter: AuditFilter = {
    since: options.since,
    until: options.until,
    segment: options.segment,
    region: options.region,
    includeDrafts: options.includeDrafts,
  };

  const named = [...new Set(ids)].map((id) => loadAudit(ws, id).audit);
  let everyAudit: Audit[] = [];
  if (options.all || (options.summary && named.length === 0)) {
    const loaded = loadAudits(ws);
    everyAudit = loaded.audits.map((s) => s.audit);
    warnUnreadable(ctx, loaded.problems);
  }
  for (const audit of named) {
    const reason = exclusionReason(audit, filter);
    if (reason) warn(ctx, `Skipped ${audit.id}: ${reason}.`);
  }
  const included = (list: Audit[]) => list.filter((a) => exclusionReason(a, filter) === undefined);
  const selected = included(named);
  const all = included(everyAudit);

  const perAudit = new Map<string, Audit>();
  for (const audit of [...selected, ...(options.all ? all : [])]) perAudit.set(audit.id, audit);
  const plan: Planned[] = [...perAudit.values()].map((audit) =>
    options.client
      ? { kind: 'client', audit, name: `${audit.id}.client` }
      : { kind: 'audit', audit, name: audit.id },
  );
  const summaryAudits = named.length ? selected : all;
  if (options.summary) plan.push({ kind: 'summary', name: 'summary' });

  if (plan.length === 0) {
    throw new UserError(
      'No audits left to report on after the filters',
      EXIT.failure,
      'Check --since, --until, --segment and --region, or add --include-drafts for drafts.',
    );
  }
  if (options.summary && summaryAudits.length === 0) {
    warn(ctx, 'No audits match these filters; the summary will say so.');
  }
  const files = plan.length * formats.length;
  if (toStdout && files !== 1) {
    throw usageError(
      `--out - writes one report to standard output, but this would write ${files}`,
      'Ask for one report in one format, e.g. `recover report --summary --format md --out -`.',
    );
  }

  const taxonomy = loadTaxonomy(ws);
  const renderer = createRenderer(ws.templatesDir);
  const viewOptions = { today: ctx.today(), currency: ws.config.currency };
  const viewOf = (item: Planned, format: Format): object => {
    if (item.kind === 'audit' && item.audit) return buildAuditView(item.audit, taxonomy, viewOptions);
    if (item.kind === 'client' && item.audit) return buildClientView(item.audit, taxonomy, viewOptions.today);
    const view = buildPortfolioView(summaryAudits, taxonomy, { ...viewOptions, filter });
    if (format === 'md') return view;
    const charts = summaryCharts(view);
    return {
      ...view,
      charts: {
        ranking: renderer.safe(charts.ranking),
        value: renderer.safe(charts.value),
        trend: renderer.safe(charts.trend),
      },
    };
  };

  if (toStdout) {
    const [item] = plan;
    const [only] = formats;
    if (item && only) ctx.stdout.write(renderer.render(item.kind, only, viewOf(item, only)));
    return;
  }

  const outDir = options.out ? resolve(ctx.cwd, options.out) : ws.reportsDir;
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const item of plan) {
    for (const format of formats) {
      const file = join(outDir, `${item.name}.${format}`);
      writeFileAtomic.sync(file, renderer.render(item.kind, format, viewOf(item, format)));
      written.push(file);
    }
  }
  success(ctx, `Wrote ${written.length === 1 ? 'one report' : `${written.length} reports`}:`);
  for (const file of written) print(ctx, `  ${relative(ctx.cwd, file) || file}`);
}
