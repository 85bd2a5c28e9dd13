import { type ActionRow, actionRows } from '../audit/follow-through.js';
import { relativeDays } from '../audit/followups.js';
import { ACTION_STATUSES, type ActionStatus } from '../audit/schema.js';
import { EXIT, UserError } from '../errors.js';
import { loadTaxonomy, type Taxonomy } from '../themes/taxonomy.js';
import type { Context } from '../ui/context.js';
import { print, printJson, style } from '../ui/output.js';
import { table } from '../ui/table.js';
import { loadAudits, nearest } from '../workspace/store.js';
import { openWorkspace } from '../workspace/workspace.js';
import { warnUnreadable } from './shared.js';

interface Options {
  overdue?: boolean;
  dueWithin?: number;
  owner?: string;
  theme?: string;
  status?: string;
  json?: boolean;
}

export default async function actions(ctx: Context, options: Options): Promise<void> {
  const ws = openWorkspace(ctx.cwd);
  const taxonomy = loadTaxonomy(ws);
  if (options.status && !(ACTION_STATUSES as readonly string[]).includes(options.status)) {
    throw new UserError(
      `--status must be one of ${ACTION_STATUSES.join(', ')}, not "${options.status}"`,
      EXIT.usage,
    );
  }
  if (options.theme && !taxonomy.byId.has(options.theme)) throw unknownTheme(options.theme, taxonomy);

  const { audits, problems } = loadAudits(ws);
  warnUnreadable(ctx, problems);
  const today = ctx.today();
  const owner = options.owner?.trim().toLowerCase();
  const rows = actionRows(
    audits.map((a) => a.audit),
    today,
  ).filter(
    ({ action, overdue, dueInDays }) =>
      (!options.overdue || overdue) &&
      (options.dueWithin === undefined ||
        ((action.status === 'open' || action.status === 'in-progress') && dueInDays <= options.dueWithin)) &&
      (!owner || action.who.toLowerCase().includes(owner)) &&
      (!options.theme || (action.themes ?? []).includes(options.theme)) &&
      (!options.status || action.status === (options.status as ActionStatus)),
  );
  // Overdue, then the rest still to do, then finished ones; each by due date (the sort is stable).
  const rank = (row: ActionRow) =>
    row.overdue ? 0 : row.action.status === 'done' || row.action.status === 'dropped' ? 2 : 1;
  rows.sort((a, b) => rank(a) - rank(b));
  const label = (id: string) => taxonomy.byId.get(id)?.label ?? id;

  if (options.json) {
    printJson(
      ctx,
      rows.map(({ auditId, client, action, overdue, dueInDays }) => ({
        audit_id: auditId,
        client,
        ...action,
        themes: (action.themes ?? []).map((id) => ({ id, label: label(id) })),
        overdue,
        due_in_days: dueInDays,
      })),
    );
    return;
  }
  if (rows.length === 0) {
    print(ctx, filtered(options) ? 'No actions match.' : 'No actions yet.');
    print(ctx, 'Add one with `recover action add AUDIT_ID --what ... --who ... --when YYYY-MM-DD`.');
    return;
  }
  print(
    ctx,
    table(
      ['Due', 'Status', 'Action', 'Who', 'Client', 'Themes', 'Audit'],
      rows.map((row) => [
        row.action.when,
        statusText(row),
        `${row.action.id} ${shorten(row.action.what, 48)}`,
        row.action.who,
        row.client,
        (row.action.themes ?? []).map(label).join(', '),
        style.dim(row.auditId),
      ]),
    ),
  );
  const overdue = rows.filter((r) => r.overdue).length;
  print(ctx);
  print(
    ctx,
    `${rows.length} action(s)${overdue ? `, ${style.bad(`${overdue} overdue`)}` : ''}. Update one with \`recover action set AUDIT_ID A1 --status done\`.`,
  );
}

function statusText(row: ActionRow): string {
  const { status } = row.action;
  if (row.overdue) return style.bad(`overdue ${-row.dueInDays}d`);
  if (status === 'done') return style.good(`done${row.action.done_on ? ` ${row.action.done_on}` : ''}`);
  if (status === 'dropped') return style.dim('dropped');
  return `${status}, due ${relativeDays(row.dueInDays)}`;
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function filtered(o: Options): boolean {
  return Boolean(o.overdue || o.dueWithin !== undefined || o.owner || o.theme || o.status);
}

function unknownTheme(id: string, taxonomy: Taxonomy): UserError {
  const near = nearest(id, [...taxonomy.byId.keys()]);
  return new UserError(
    `"${id}" is not a theme id`,
    EXIT.usage,
    near.length
      ? `Did you mean ${near.map((n) => `\`${n}\``).join(' or ')}? \`recover themes\` lists them.`
      : '`recover themes` lists them.',
  );
}
