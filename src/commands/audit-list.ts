import { AUDIT_STATUSES } from '../audit/schema.js';
import { usageError } from '../errors.js';
import type { Context } from '../ui/context.js';
import { print, printJson, style } from '../ui/output.js';
import { money, table } from '../ui/table.js';
import { loadAudits } from '../workspace/store.js';
import { openWorkspace } from '../workspace/workspace.js';
import { warnUnreadable } from './shared.js';

interface Options {
  status?: string;
  json?: boolean;
}

export default async function auditList(ctx: Context, options: Options): Promise<void> {
  if (options.status && !(AUDIT_STATUSES as readonly string[]).includes(options.status)) {
    throw usageError(`--status must be one of ${AUDIT_STATUSES.join(', ')}, not "${options.status}"`);
  }
  const ws = openWorkspace(ctx.cwd);
  const { audits, problems } = loadAudits(ws);
  const rows = audits
    .map(({ audit }) => audit)
    .filter((audit) => !options.status || audit.status === options.status)
    .sort((a, b) => b.client.ended_on.localeCompare(a.client.ended_on) || a.id.localeCompare(b.id))
    .map((audit) => ({
      id: audit.id,
      client: audit.client.name,
      ended_on: audit.client.ended_on,
      annual_value: audit.client.annual_value ?? null,
      currency: audit.client.currency ?? ws.config.currency,
      status: audit.status,
      themes: (audit.themes ?? []).filter((t) => t.status !== 'rejected').map((t) => t.id),
    }));

  if (options.json) {
    printJson(ctx, rows);
  } else if (rows.length === 0) {
    print(
      ctx,
      options.status
        ? `No ${options.status} audits.`
        : 'No audits yet. Run `recover audit new` to start one.',
    );
  } else {
    print(
      ctx,
      table(
        ['ID', 'CLIENT', 'ENDED', 'VALUE', 'STATUS', 'THEMES'],
        rows.map((r) => [
          style.id(r.id),
          r.client,
          r.ended_on,
          r.annual_value === null ? '' : money(r.annual_value, r.currency),
          r.status,
          r.themes.join(', '),
        ]),
      ),
    );
    print(ctx, style.dim(`${rows.length} audit${rows.length === 1 ? '' : 's'}`));
  }
  warnUnreadable(ctx, problems);
}
