import { activeThemeIds } from '../audit/follow-through.js';
import { confirmedThemes, similarAudits } from '../audit/similarity.js';
import { loadTaxonomy } from '../themes/taxonomy.js';
import type { Context } from '../ui/context.js';
import { print, printJson, style } from '../ui/output.js';
import { money, table } from '../ui/table.js';
import { loadAudit, loadAudits } from '../workspace/store.js';
import { openWorkspace } from '../workspace/workspace.js';
import { warnUnreadable } from './shared.js';

interface Options {
  json?: boolean;
}

export default async function similar(ctx: Context, id: string, options: Options): Promise<void> {
  const ws = openWorkspace(ctx.cwd);
  const { audit } = loadAudit(ws, id);
  const { audits, problems } = loadAudits(ws);
  warnUnreadable(ctx, problems);
  const { byId } = loadTaxonomy(ws);
  const label = (themeId: string) => byId.get(themeId)?.label ?? themeId;
  // Strengths a client praised are not a shared problem.
  const counts = (themeId: string) => byId.get(themeId)?.kind !== 'strength';
  const mine = confirmedThemes(audit, { counts });
  const found = similarAudits(
    audit,
    audits.map((a) => a.audit),
    { counts },
  );

  if (options.json) {
    printJson(ctx, {
      audit_id: audit.id,
      client: audit.client.name,
      confirmed_themes: mine.map((t) => ({ id: t, label: label(t) })),
      similar: found.map((s) => ({
        audit_id: s.audit.id,
        client: s.audit.client.name,
        ended_on: s.audit.client.ended_on,
        annual_value: s.audit.client.annual_value ?? null,
        currency: s.audit.client.currency ?? null,
        score: Math.round(s.score * 100) / 100,
        shared_themes: s.shared.map((t) => ({ id: t, label: label(t) })),
      })),
    });
    return;
  }
  if (mine.length === 0) {
    const suggested = activeThemeIds(audit).filter(counts).length;
    print(ctx, `${audit.client.name} has no confirmed problem themes yet, so there is nothing to compare.`);
    print(
      ctx,
      suggested
        ? `Confirm its ${suggested} suggested problem theme(s) with \`recover audit review ${audit.id}\`.`
        : `Run \`recover audit review ${audit.id}\` once the interview is done.`,
    );
    return;
  }
  print(ctx, `${style.title(audit.client.name)}: ${mine.map(label).join(', ')}`);
  if (found.length === 0) {
    print(ctx, 'No other audit shares these confirmed themes.');
    return;
  }
  print(ctx);
  print(
    ctx,
    table(
      ['Match', 'Client', 'Ended', 'Value', 'Shared themes', 'Audit'],
      found.map((s) => [
        `${Math.round(s.score * 100)}%`,
        s.audit.client.name,
        s.audit.client.ended_on,
        money(s.audit.client.annual_value, s.audit.client.currency ?? ws.config.currency),
        s.shared.map(label).join(', '),
        style.dim(s.audit.id),
      ]),
    ),
  );
  print(ctx);
  print(
    ctx,
    `${found.length} other client(s) left with the same problems. Match = themes in common / themes either has.`,
  );
}
