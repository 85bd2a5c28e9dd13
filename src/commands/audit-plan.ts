import { addDays } from '../audit/follow-through.js';
import { clientSlug, makeAuditId } from '../audit/id.js';
import { type Audit, SCHEMA_TAG } from '../audit/schema.js';
import { EXIT, UserError } from '../errors.js';
import type { Context } from '../ui/context.js';
import { print, style, success } from '../ui/output.js';
import { saveAndCommit } from '../workspace/save.js';
import { auditIds, loadAudits } from '../workspace/store.js';
import { openWorkspace } from '../workspace/workspace.js';
import { reportCommit } from './shared.js';

interface Options {
  client: string;
  ended: string;
  value?: number;
  currency?: string;
  segment?: string;
  region?: string;
  reason?: string;
  auditor?: string;
  commit: boolean;
}

export default async function auditPlan(ctx: Context, options: Options): Promise<void> {
  const ws = openWorkspace(ctx.cwd);
  const name = options.client.trim();
  if (!name) throw new UserError('--client must name the client', EXIT.usage);
  const currency = (options.currency ?? ws.config.currency).toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) {
    throw new UserError(
      `--currency must be a three-letter code such as USD or EUR, not "${options.currency}"`,
      EXIT.usage,
    );
  }

  const { audits } = loadAudits(ws);
  const same = audits.find(
    ({ audit }) =>
      audit.client.ended_on === options.ended && clientSlug(audit.client.name) === clientSlug(name),
  );
  if (same) {
    throw new UserError(
      `${name} already has an audit for the contract that ended on ${options.ended}: ${same.audit.id}`,
      EXIT.failure,
      `See it with \`recover audit show ${same.audit.id}\`.`,
    );
  }
  const taken = auditIds(ws);
  const auditor = options.auditor?.trim() || ws.config.default_auditor;
  const blank = (s: string | undefined) => s?.trim() || undefined;
  const audit: Audit = {
    schema: SCHEMA_TAG,
    id: makeAuditId(options.ended, name, taken),
    status: 'planned',
    client: {
      name,
      segment: blank(options.segment),
      region: blank(options.region),
      annual_value: options.value,
      currency,
      ended_on: options.ended,
      stated_reason: blank(options.reason),
    },
    ...(auditor ? { interview: { auditor } } : {}),
  };

  const saved = await saveAndCommit(ws, audit, `Plan audit of ${name}`, { commit: options.commit });
  success(
    ctx,
    `Planned the audit of ${name}: ${style.id(saved.shown)}${saved.committed ? ' (committed)' : ''}`,
  );
  reportCommit(ctx, saved);
  const { from_days, to_days } = ws.config.interview_window;
  const opens = addDays(options.ended, from_days);
  const closes = addDays(options.ended, to_days);
  print(
    ctx,
    `  The interview is best held between ${opens} and ${closes}, ${from_days} to ${to_days} days after they left.`,
  );
  if (!auditor)
    print(ctx, '  No auditor yet: choose someone who was not on the team that served this client.');
  print(ctx);
  print(ctx, 'Next:');
  print(ctx, `  recover audit new --from ${audit.id}`);
  print(ctx, '      run the interview with these facts filled in');
  print(ctx, '  recover followups');
  print(ctx, '      see which interviews are due');
}
