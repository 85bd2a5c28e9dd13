import { loadTaxonomy } from '../themes/taxonomy.js';
import { auditText } from '../ui/audit-text.js';
import type { Context } from '../ui/context.js';
import { print, printJson } from '../ui/output.js';
import { loadAudit } from '../workspace/store.js';
import { openWorkspace } from '../workspace/workspace.js';

interface Options {
  json?: boolean;
}

export default async function auditShow(ctx: Context, id: string, options: Options): Promise<void> {
  const ws = openWorkspace(ctx.cwd);
  const { audit } = loadAudit(ws, id);
  if (options.json) {
    printJson(ctx, audit);
    return;
  }
  const taxonomy = loadTaxonomy(ws);
  print(
    ctx,
    auditText(audit, (theme) => taxonomy.byId.get(theme)?.label ?? theme, ctx.today(), ws.config.currency),
  );
}
