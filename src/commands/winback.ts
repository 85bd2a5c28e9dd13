import { type WinBackEntry, winBackEntries } from '../audit/follow-through.js';
import type { WinBackIntent } from '../audit/schema.js';
import { Totals } from '../report/totals.js';
import type { Context } from '../ui/context.js';
import { print, printJson, style } from '../ui/output.js';
import { money, table } from '../ui/table.js';
import { loadAudits } from '../workspace/store.js';
import { openWorkspace } from '../workspace/workspace.js';
import { warnUnreadable } from './shared.js';

interface Options {
  json?: boolean;
}

/** Won back first, as in the reports; then the live pipeline; closed last. */
const ORDER: WinBackIntent[] = ['won', 'pursue', 'nurture', 'closed'];

const TITLES: Record<WinBackIntent, string> = {
  won: 'Won back',
  pursue: 'Pursuing',
  nurture: 'Keeping in touch',
  closed: 'Closed',
};

export default async function winback(ctx: Context, options: Options): Promise<void> {
  const ws = openWorkspace(ctx.cwd);
  const { audits, problems } = loadAudits(ws);
  warnUnreadable(ctx, problems);
  const today = ctx.today();
  const all = audits.map((a) => a.audit);
  const entries = winBackEntries(all);
  const withoutIntent = all.filter((a) => !a.win_back && a.status === 'complete').map((a) => a.id);
  const groups = ORDER.map((intent) => {
    const group = entries.filter((e) => e.intent === intent);
    return { intent, entries: group, value: totals(group, ws.config.currency) };
  }).filter((g) => g.entries.length > 0);

  if (options.json) {
    printJson(ctx, {
      today,
      intents: groups.map((g) => ({
        intent: g.intent,
        count: g.entries.length,
        value: Object.fromEntries(g.value.list().map((a) => [a.currency, a.amount])),
        entries: g.entries.map((e) => ({
          audit_id: e.auditId,
          client: e.client,
          likelihood: e.likelihood ?? null,
          next_contact: e.nextContact ?? null,
          contact_overdue: Boolean(e.nextContact && e.nextContact < today && isLive(e)),
          won_on: e.wonOn ?? null,
          annual_value: e.annualValue,
          currency: e.currency ?? ws.config.currency,
        })),
      })),
      without_intent: withoutIntent,
    });
    return;
  }

  if (groups.length === 0) {
    print(ctx, 'No win-back intent recorded yet.');
    print(
      ctx,
      'Record one with `recover winback set AUDIT_ID --intent pursue --likelihood 3 --next-contact YYYY-MM-DD`.',
    );
    return;
  }
  for (const group of groups) {
    print(
      ctx,
      style.title(
        `${TITLES[group.intent]}: ${group.entries.length}, ${group.value.text(ws.config.currency, 'no value recorded')}`,
      ),
    );
    print(
      ctx,
      table(
        ['Client', 'Likelihood', 'Value', group.intent === 'won' ? 'Won on' : 'Next contact', 'Audit'],
        group.entries.map((e) => [
          e.client,
          e.likelihood ? `${e.likelihood}/5` : '',
          money(e.annualValue, e.currency ?? ws.config.currency),
          group.intent === 'won' ? (e.wonOn ?? '') : contact(e, today),
          style.dim(e.auditId),
        ]),
      ),
    );
    print(ctx);
  }
  const live = groups
    .filter((g) => g.intent === 'pursue' || g.intent === 'nurture')
    .flatMap((g) => g.entries);
  if (live.length)
    print(
      ctx,
      `Value at stake (pursuing and keeping in touch): ${totals(live, ws.config.currency).text(ws.config.currency, 'no value recorded')}`,
    );
  if (withoutIntent.length) {
    print(
      ctx,
      `${withoutIntent.length} finished audit(s) have no win-back intent yet, e.g. \`recover winback set ${withoutIntent[0]} --intent nurture\`.`,
    );
  }
}

function isLive(e: WinBackEntry): boolean {
  return e.intent === 'pursue' || e.intent === 'nurture';
}

function contact(e: WinBackEntry, today: string): string {
  if (!e.nextContact) return isLive(e) ? style.warn('none planned') : '';
  return e.nextContact < today && isLive(e) ? style.bad(`${e.nextContact} (late)`) : e.nextContact;
}

/** Sums per currency: values in different currencies are never added together. */
function totals(entries: readonly WinBackEntry[], fallback: string): Totals {
  const sum = new Totals();
  for (const e of entries) sum.add(e.annualValue, e.currency ?? fallback);
  return sum;
}
