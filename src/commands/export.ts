import { mkdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { actionTable, auditTable, type Table, themeColumnIds, toCsv } from '../audit/csv-export.js';
import { loadTaxonomy } from '../themes/taxonomy.js';
import type { Context } from '../ui/context.js';
import { success, warn } from '../ui/output.js';
import { loadAudits } from '../workspace/store.js';
import { openWorkspace } from '../workspace/workspace.js';
import { warnUnreadable } from './shared.js';

interface Options {
  format: 'csv' | 'json';
  out?: string;
}

/**
 * CSV makes two tables: the audits (to --out, or standard output) and the actions (to
 * <out>-actions.csv; with no --out they are left out and a note says how to get them).
 * JSON holds both in one document.
 */
export default async function exportCommand(ctx: Context, options: Options): Promise<void> {
  // `--out -` means standard output, as it does for `recover report`.
  if (options.out === '-') options = { ...options, out: undefined };
  const ws = openWorkspace(ctx.cwd);
  const { audits: stored, problems } = loadAudits(ws);
  warnUnreadable(ctx, problems);
  const audits = stored.map((s) => s.audit);
  const today = ctx.today();
  const themeIds = themeColumnIds(
    loadTaxonomy(ws).themes.map((t) => t.id),
    audits,
  );
  const auditRows = auditTable(audits, themeIds, today);
  const actionRows = actionTable(audits, today);

  if (options.format === 'json') {
    const text = `${JSON.stringify({ exported_on: today, audits: auditRows.rows, actions: actionRows.rows }, null, 2)}\n`;
    if (!options.out) {
      ctx.stdout.write(text);
      return;
    }
    const file = await save(ctx, options.out, text);
    success(ctx, `Exported ${count(auditRows, 'audit')} and ${count(actionRows, 'action')} to ${file}`);
    return;
  }

  if (!options.out) {
    ctx.stdout.write(toCsv(auditRows));
    if (actionRows.rows.length) {
      warn(
        ctx,
        `The ${count(actionRows, 'action')} are not included; use --out FILE.csv to also write FILE-actions.csv.`,
      );
    }
    return;
  }
  const out = resolve(ctx.cwd, options.out);
  const actionsOut = out.replace(/(\.csv)?$/i, '-actions.csv');
  const first = await save(ctx, out, toCsv(auditRows));
  const second = await save(ctx, actionsOut, toCsv(actionRows));
  success(
    ctx,
    `Exported ${count(auditRows, 'audit')} to ${first} and ${count(actionRows, 'action')} to ${second}`,
  );
}

async function save(ctx: Context, path: string, text: string): Promise<string> {
  const file = resolve(ctx.cwd, path);
  mkdirSync(dirname(file), { recursive: true });
  await writeFileAtomic(file, text);
  return relative(ctx.cwd, file) || file;
}

function count(table: Table, noun: string): string {
  return `${table.rows.length} ${noun}${table.rows.length === 1 ? '' : 's'}`;
}
