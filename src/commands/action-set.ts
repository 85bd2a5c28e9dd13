import type { Action, ActionStatus } from '../audit/schema.js';
import { EXIT, UserError } from '../errors.js';
import type { Context } from '../ui/context.js';
import { print, style, success, warn } from '../ui/output.js';
import { saveAndCommit } from '../workspace/save.js';
import { loadAudit } from '../workspace/store.js';
import { openWorkspace } from '../workspace/workspace.js';
import { reportCommit } from './shared.js';

interface Options {
  status?: ActionStatus;
  note?: string;
  when?: string;
  who?: string;
  commit: boolean;
}

export default async function actionSet(
  ctx: Context,
  auditId: string,
  actionId: string,
  options: Options,
): Promise<void> {
  const note = options.note?.trim();
  const who = options.who?.trim();
  if (!options.status && !note && !options.when && !who) {
    throw new UserError(
      'Nothing to change: give --status, --note, --when or --who',
      EXIT.usage,
      `Example: recover action set ${auditId} ${actionId} --status done --note "Float pool live"`,
    );
  }
  const ws = openWorkspace(ctx.cwd);
  const { audit } = loadAudit(ws, auditId);
  const actions = audit.actions ?? [];
  const id = actionId.toUpperCase();
  const index = actions.findIndex((a) => a.id === id);
  const before = actions[index];
  if (!before) {
    throw new UserError(
      `${audit.client.name} has no action ${actionId}`,
      EXIT.failure,
      actions.length
        ? `Its actions are ${actions.map((a) => a.id).join(', ')}; \`recover actions\` lists them all.`
        : `It has no actions yet; add one with \`recover action add ${audit.id}\`.`,
    );
  }

  const today = ctx.today();
  const after: Action = { ...before };
  const changes: string[] = [];
  if (options.status && options.status !== before.status) {
    after.status = options.status;
    changes.push(`${before.status} -> ${options.status}`);
    // done_on records when it was finished; it no longer holds once the action is reopened.
    after.done_on = options.status === 'done' ? today : undefined;
  }
  if (options.when && options.when !== before.when) {
    after.when = options.when;
    changes.push(`due ${before.when} -> ${options.when}`);
  }
  if (who && who !== before.who) {
    after.who = who;
    changes.push(`owner ${before.who} -> ${who}`);
  }
  if (note) {
    after.notes = [...(before.notes ?? []), { on: today, text: note }];
    changes.push('note added');
  }
  if (changes.length === 0) {
    print(ctx, `Nothing changed: ${before.id} for ${audit.client.name} is already like that.`);
    return;
  }

  const updated = { ...audit, actions: actions.map((a, i) => (i === index ? after : a)) };
  const message = `${before.id} for ${audit.client.name}: ${changes.join(', ')}`;
  const saved = await saveAndCommit(ws, updated, message, { commit: options.commit });
  success(ctx, `${style.id(before.id)} for ${audit.client.name}: ${changes.join(', ')}`);
  if (note) print(ctx, `  Note (${today}): ${note}`);
  reportCommit(ctx, saved);
  if (after.status !== 'done' && after.status !== 'dropped' && after.when < today) {
    warn(ctx, `${before.id} is overdue (due ${after.when}); set a new date with --when if the plan changed.`);
  }
}
