import { relative } from 'node:path';
import type { Audit, AuditTheme } from '../audit/schema.js';
import type { Context } from '../ui/context.js';
import { print, style, success, warn } from '../ui/output.js';
import { commitSaved } from '../workspace/save.js';
import { loadAudits, writeAudit } from '../workspace/store.js';
import { openWorkspace } from '../workspace/workspace.js';
import { warnUnreadable } from './shared.js';

interface Options {
  dryRun?: boolean;
  commit: boolean;
}

interface Change {
  file: string;
  audit: Audit;
  added: string[];
  removed: string[];
  refreshed: boolean;
}

/**
 * `recover retag`: runs the tagger again on every audit (after the taxonomy or the model changed).
 * Manual themes and confirmed or rejected decisions stay exactly as they are; only undecided
 * suggestions are added, refreshed or dropped. Files keep their comments; one commit for all.
 */
export default async function retag(ctx: Context, options: Options): Promise<void> {
  const ws = openWorkspace(ctx.cwd);
  const { audits, problems } = loadAudits(ws);
  warnUnreadable(ctx, problems);
  const { loadTaxonomy } = await import('../themes/taxonomy.js');
  const { suggestThemes, mergeThemes } = await import('../themes/index.js');
  const taxonomy = loadTaxonomy(ws);

  const changes: Change[] = [];
  let skipped = 0;
  for (const { file, audit } of audits) {
    if (!hasAnswers(audit)) {
      skipped++;
      continue;
    }
    const suggested = suggestThemes(audit.answers ?? {}, { teamView: audit.team_view, taxonomy });
    const merged = mergeThemes(audit.themes, suggested);
    if (same(audit.themes ?? [], merged.themes)) continue;
    changes.push({
      file,
      audit: { ...audit, themes: merged.themes },
      added: merged.added,
      removed: merged.removed,
      refreshed: merged.added.length === 0 && merged.removed.length === 0,
    });
  }

  for (const change of changes) {
    const parts = [
      ...change.added.map((id) => style.good(`+${id}`)),
      ...change.removed.map((id) => style.bad(`-${id}`)),
    ];
    print(ctx, `${change.audit.id}  ${parts.length ? parts.join(' ') : style.dim('evidence refreshed')}`);
  }
  const added = changes.reduce((n, c) => n + c.added.length, 0);
  const removed = changes.reduce((n, c) => n + c.removed.length, 0);
  const summary = `${changes.length} of ${audits.length} audit(s) change: ${added} theme(s) suggested, ${removed} suggestion(s) dropped`;
  const leftAlone = skipped ? `${skipped} audit(s) without answers were left alone.` : '';
  if (changes.length === 0) {
    print(
      ctx,
      `Nothing to change: every audit's suggestions are up to date (${audits.length} audit(s) checked).`,
    );
    if (leftAlone) print(ctx, style.dim(leftAlone));
    return;
  }
  print(ctx);
  if (leftAlone) print(ctx, style.dim(leftAlone));
  if (options.dryRun) {
    print(ctx, `${summary}. Dry run: nothing was saved. Run \`recover retag\` to apply.`);
    return;
  }
  const files: string[] = [];
  for (const change of changes) files.push(await writeAudit(ws, change.audit));
  if (options.commit === false) {
    success(ctx, `${summary}. Saved, not committed.`);
    return;
  }
  const outcome = await commitSaved(
    ws,
    files,
    `Retag themes in ${changes.length} audit(s)`,
    relative(ws.root, ws.auditsDir) || '.',
  );
  success(ctx, `${summary}.${outcome.committed ? ' Committed.' : ''}`);
  if (outcome.warning) warn(ctx, outcome.warning);
  print(ctx, style.dim('Confirm or reject the new suggestions with `recover audit review ID`.'));
}

function hasAnswers(audit: Audit): boolean {
  return [...Object.values(audit.answers ?? {}), ...Object.values(audit.team_view ?? {})].some((a) =>
    a?.text?.trim(),
  );
}

function same(a: AuditTheme[], b: AuditTheme[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
