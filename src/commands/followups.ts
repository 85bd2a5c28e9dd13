import { type Followup, type FollowupKind, followups } from '../audit/followups.js';
import type { Context } from '../ui/context.js';
import { print, printJson, style } from '../ui/output.js';
import { loadAudits } from '../workspace/store.js';
import { openWorkspace } from '../workspace/workspace.js';
import { warnUnreadable } from './shared.js';

interface Options {
  within: number;
  json?: boolean;
}

const HEADINGS: Record<FollowupKind, string> = {
  interview: 'Audits to run',
  'report-back': 'Report back to clients',
  summary: 'Client summaries not yet shared',
  'win-back': 'Win-back contacts',
  action: 'Actions due',
};

/** Always exits 0 so a weekly cron mails the list instead of an error. */
export default async function followupsCommand(ctx: Context, options: Options): Promise<void> {
  const ws = openWorkspace(ctx.cwd);
  const { audits, problems } = loadAudits(ws);
  const today = ctx.today();
  const items = followups(
    audits.map((a) => a.audit),
    { today, within: options.within, window: ws.config.interview_window },
  );
  if (options.json) {
    printJson(ctx, { today, within_days: options.within, items: items.map(toJson) });
    warnUnreadable(ctx, problems);
    return;
  }

  print(ctx, style.title(`Follow-ups as of ${today} (looking ${options.within} days ahead)`));
  if (items.length === 0) {
    print(ctx);
    print(ctx, 'Nothing is due. Record a lost client with `recover audit plan` or `recover import`.');
  }
  for (const kind of Object.keys(HEADINGS) as FollowupKind[]) {
    const group = items.filter((item) => item.kind === kind);
    if (group.length === 0) continue;
    print(ctx);
    print(ctx, style.title(`${HEADINGS[kind]} (${group.length})`));
    for (const item of group) {
      print(ctx, `  ${mark(item)} ${item.client}: ${item.detail}`);
      print(ctx, style.dim(`      ${item.next}`));
    }
  }
  warnUnreadable(ctx, problems);
}

function mark(item: Followup): string {
  if (item.urgency === 'overdue' || item.urgency === 'late') return style.bad('!');
  if (item.urgency === 'due') return style.warn('*');
  return '-';
}

function toJson(item: Followup) {
  return {
    kind: item.kind,
    urgency: item.urgency,
    audit_id: item.auditId,
    client: item.client,
    ...(item.actionId ? { action_id: item.actionId } : {}),
    date: item.date ?? null,
    days: item.days ?? null,
    detail: item.detail,
    next: item.next,
  };
}
