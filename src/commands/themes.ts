import type { Audit } from '../audit/schema.js';
import { loadTaxonomy, type Taxonomy } from '../themes/taxonomy.js';
import type { Context } from '../ui/context.js';
import { print, printJson, style } from '../ui/output.js';
import { table } from '../ui/table.js';
import { loadAudits } from '../workspace/store.js';
import { findWorkspaceRoot, openWorkspace } from '../workspace/workspace.js';
import { warnUnreadable } from './shared.js';

interface Options {
  json?: boolean;
}

interface Count {
  confirmed: number;
  suggested: number;
}

/** `recover themes`: the taxonomy, and how often each theme occurs across the workspace's audits. */
export default async function themes(ctx: Context, options: Options): Promise<void> {
  const inWorkspace = findWorkspaceRoot(ctx.cwd) !== undefined;
  const ws = inWorkspace ? openWorkspace(ctx.cwd) : undefined;
  const taxonomy: Taxonomy = loadTaxonomy(ws);
  const loaded = ws ? loadAudits(ws) : { audits: [], problems: [] };
  if (loaded.problems.length && !options.json) warnUnreadable(ctx, loaded.problems);
  const counts = countThemes(loaded.audits.map((a) => a.audit));
  const count = (id: string) => counts.get(id) ?? { confirmed: 0, suggested: 0 };

  if (options.json) {
    printJson(ctx, {
      audits: ws ? loaded.audits.length : null,
      themes: taxonomy.themes.map((t) => ({
        id: t.id,
        label: t.label,
        kind: t.kind,
        description: t.description,
        ...(ws ? count(t.id) : {}),
      })),
      unknown_in_audits: [...counts.keys()].filter((id) => !taxonomy.byId.has(id)),
    });
    return;
  }
  for (const kind of ['problem', 'strength'] as const) {
    const list = taxonomy.themes.filter((t) => t.kind === kind);
    if (list.length === 0) continue;
    print(ctx, style.title(kind === 'problem' ? 'Problems' : 'Strengths'));
    const headers = ws ? ['Theme', 'Id', 'Confirmed', 'Suggested'] : ['Theme', 'Id'];
    const rows = list.map((t) => {
      const row = [t.label, style.dim(t.id)];
      return ws ? [...row, String(count(t.id).confirmed), String(count(t.id).suggested)] : row;
    });
    print(ctx, table(headers, rows));
    print(ctx);
  }
  const unknown = [...counts.keys()].filter((id) => !taxonomy.byId.has(id));
  if (unknown.length) print(ctx, style.warn(`Used in audits but not in the taxonomy: ${unknown.join(', ')}`));
  if (ws) {
    print(
      ctx,
      style.dim(
        `Counts are audits (of ${loaded.audits.length}) with the theme; rejected themes are not counted.`,
      ),
    );
  } else {
    print(
      ctx,
      style.dim(
        'The built-in taxonomy (not in a workspace, so no counts). `recover init` creates a workspace.',
      ),
    );
  }
  print(
    ctx,
    style.dim(
      '`recover themes --json` includes each description; `recover themes test` checks the examples.',
    ),
  );
}

export function countThemes(audits: Audit[]): Map<string, Count> {
  const counts = new Map<string, Count>();
  for (const audit of audits) {
    const seen = new Map<string, 'confirmed' | 'suggested'>();
    for (const theme of audit.themes ?? []) {
      if (theme.status === 'rejected') continue;
      if (seen.get(theme.id) !== 'confirmed') seen.set(theme.id, theme.status);
    }
    for (const [id, status] of seen) {
      const c = counts.get(id) ?? { confirmed: 0, suggested: 0 };
      c[status]++;
      counts.set(id, c);
    }
  }
  return counts;
}
