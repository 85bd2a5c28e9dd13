import { readFileSync, rmSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { EXIT, UserError } from '../errors.js';
import type { Context } from '../ui/context.js';
import { print, style, success, warn } from '../ui/output.js';
import { money, table } from '../ui/table.js';
import { type ImportResult, planImport } from '../workspace/csv-import.js';
import { commitSaved } from '../workspace/save.js';
import { auditIds, loadAudits, writeAudit } from '../workspace/store.js';
import { openWorkspace, type Workspace } from '../workspace/workspace.js';

interface Options {
  map?: string;
  dryRun?: boolean;
  commit: boolean;
}

const MAX_SHOWN = 20;

export default async function importCsv(ctx: Context, file: string, options: Options): Promise<void> {
  const ws = openWorkspace(ctx.cwd);
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : resolve(ctx.cwd, file), 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new UserError(
      missing ? `File not found: ${file}` : `Cannot read ${file}: ${(error as Error).message}`,
    );
  }
  const { audits, problems: broken } = loadAudits(ws);
  if (broken.length > 0) {
    warn(
      ctx,
      `${broken.length} problem(s) in audit files; rows matching those files cannot be checked for repeats. Run \`recover validate\`.`,
    );
  }
  const result = planImport(text, {
    map: options.map,
    existing: audits.map((a) => a.audit),
    takenIds: auditIds(ws),
    defaultCurrency: ws.config.currency,
    defaultAuditor: ws.config.default_auditor,
  });

  describeColumns(ctx, result);
  if (result.problems.length > 0) {
    for (const p of result.problems) ctx.stderr.write(`${file}:${p.line}  ${p.message}\n`);
    const lines = new Set(result.problems.map((p) => p.line)).size;
    throw new UserError(
      `${lines} row(s) need fixing; nothing was imported`,
      EXIT.failure,
      'Fix those lines in the file (or map columns with --map field=Column) and run the import again.',
    );
  }
  for (const s of result.skipped.slice(0, MAX_SHOWN)) {
    print(ctx, `${style.dim('skip')}  line ${s.line}: ${s.client}, ended ${s.ended}: ${s.reason}`);
  }
  if (result.skipped.length > MAX_SHOWN) {
    print(ctx, style.dim(`...and ${result.skipped.length - MAX_SHOWN} more rows already recorded`));
  }

  const planned = result.rows.map((r) => r.audit);
  if (planned.length === 0) {
    print(
      ctx,
      result.skipped.length
        ? 'Nothing new to import: every row is already recorded.'
        : 'The file has no rows to import.',
    );
    return;
  }
  const rows = planned
    .slice(0, MAX_SHOWN)
    .map((a) => [a.id, a.client.name, a.client.ended_on, money(a.client.annual_value, a.client.currency)]);
  print(ctx, table(['Audit id', 'Client', 'Ended', 'Value'], rows));
  if (planned.length > MAX_SHOWN) print(ctx, style.dim(`...and ${planned.length - MAX_SHOWN} more`));
  if (options.dryRun) {
    print(ctx);
    print(
      ctx,
      `Dry run: ${planned.length} planned audit(s) would be created. Run again without --dry-run to import.`,
    );
    return;
  }

  const files = await writeAll(ws, planned);
  const message = `Import ${planned.length} planned audit${planned.length === 1 ? '' : 's'} from ${basename(file)}`;
  const shown = relative(ws.root, ws.auditsDir) || ws.auditsDir;
  const saved = options.commit
    ? await commitSaved(ws, files, message, shown)
    : { committed: false, warning: undefined };
  print(ctx);
  success(
    ctx,
    `Imported ${planned.length} planned audit(s) into ${style.id(shown)}${saved.committed ? ' (one commit)' : ''}` +
      (result.skipped.length ? `; skipped ${result.skipped.length} already recorded` : ''),
  );
  if (saved.warning) warn(ctx, saved.warning);
  print(ctx, 'Next: `recover followups` shows which interviews are due.');
}

function describeColumns(ctx: Context, result: ImportResult): void {
  const used = Object.entries(result.columns)
    .map(([field, column]) => `${field} <- "${column}"`)
    .join(', ');
  print(ctx, style.dim(`Columns: ${used}`));
  if (result.ignored.length)
    print(ctx, style.dim(`Not used: ${result.ignored.map((c) => `"${c}"`).join(', ')}`));
}

/** All or nothing: if one file cannot be written, the ones already written are removed. */
async function writeAll(ws: Workspace, audits: Parameters<typeof writeAudit>[1][]): Promise<string[]> {
  const written: string[] = [];
  try {
    for (const audit of audits) written.push(await writeAudit(ws, audit));
    return written;
  } catch (error) {
    for (const f of written) rmSync(f, { force: true });
    throw new UserError(
      `Could not save the imported audits (${(error as Error).message}); nothing was imported.`,
    );
  }
}
