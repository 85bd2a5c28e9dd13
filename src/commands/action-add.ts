import { isOpen } from '../audit/follow-through.js';
import { EXIT, UserError } from '../errors.js';
import { type ActionFields, newAction } from '../interview/action-fields.js';
import { loadTaxonomy } from '../themes/taxonomy.js';
import type { Context } from '../ui/context.js';
import { print, style, success, warn } from '../ui/output.js';
import { saveAndCommit } from '../workspace/save.js';
import { loadAudit, nearest } from '../workspace/store.js';
import { openWorkspace } from '../workspace/workspace.js';
import { reportCommit } from './shared.js';

interface Options {
  what?: string;
  who?: string;
  where?: string;
  when?: string;
  why?: string;
  how?: string;
  theme?: string[];
  commit: boolean;
}

const REQUIRED = ['what', 'who', 'when'] as const;

export default async function actionAdd(ctx: Context, auditId: string, options: Options): Promise<void> {
  const ws = openWorkspace(ctx.cwd);
  const { audit } = loadAudit(ws, auditId);
  const taxonomy = loadTaxonomy(ws);
  for (const id of options.theme ?? []) {
    if (!taxonomy.byId.has(id)) {
      const near = nearest(id, [...taxonomy.byId.keys()]);
      throw new UserError(
        `--theme "${id}" is not a theme id`,
        EXIT.usage,
        `${near.length ? `Did you mean ${near.map((n) => `\`${n}\``).join(' or ')}? ` : ''}\`recover themes\` lists them.`,
      );
    }
  }

  const given: ActionFields = {
    what: options.what?.trim() || undefined,
    who: options.who?.trim() || undefined,
    where: options.where?.trim() || undefined,
    when: options.when,
    why: options.why?.trim() || undefined,
    how: options.how?.trim() || undefined,
    themes: options.theme?.length ? [...new Set(options.theme)] : undefined,
  };
  const missing = REQUIRED.filter((field) => !given[field]);
  let fields = given;
  if (missing.length > 0) {
    if (!ctx.interactive) {
      throw new UserError(
        `Missing ${listFlags(missing)} (there is no terminal to ask for ${missing.length > 1 ? 'them' : 'it'})`,
        EXIT.usage,
        `Example: recover action add ${audit.id} --what "Name one site lead" --who "Ops Director" --when 2026-12-15`,
      );
    }
    const [{ askActionFields }, { inquirerPrompter }] = await Promise.all([
      import('../interview/action-fields.js'),
      import('../interview/inquirer-prompter.js'),
    ]);
    const found = new Set((audit.themes ?? []).filter((t) => t.status !== 'rejected').map((t) => t.id));
    // The audit's own themes first: an action usually answers one of them.
    const choices = [...taxonomy.themes]
      .filter((t) => t.kind === 'problem' || found.has(t.id))
      .sort((a, b) => Number(found.has(b.id)) - Number(found.has(a.id)))
      .map((t) => ({ name: t.label, value: t.id }));
    fields = await askActionFields(inquirerPrompter(ctx), given, { today: ctx.today(), themes: choices });
  }

  const { what, who, when } = fields;
  if (!what || !who || !when) throw new UserError('An action needs what, who and when.', EXIT.usage);
  const actions = audit.actions ?? [];
  const action = newAction(actions, { ...fields, what, who, when });
  const updated = { ...audit, actions: [...actions, action] };
  const message = `Add action ${action.id} to ${audit.client.name}: ${oneLine(what, 60)}`;
  const saved = await saveAndCommit(ws, updated, message, { commit: options.commit });

  success(ctx, `Added ${style.id(action.id)} to ${audit.client.name}: ${what} (${who}, due ${when})`);
  reportCommit(ctx, saved);
  if (when < ctx.today())
    warn(ctx, `The due date ${when} has already passed, so ${action.id} shows as overdue.`);
  const open = updated.actions.filter(isOpen).length;
  print(ctx, `  ${audit.client.name} now has ${open} open action(s). Mark progress with:`);
  print(ctx, `  recover action set ${audit.id} ${action.id} --status in-progress --note "..."`);
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function listFlags(fields: readonly string[]): string {
  const flags = fields.map((f) => `--${f}`);
  return flags.length > 1 ? `${flags.slice(0, -1).join(', ')} and ${flags.at(-1)}` : (flags[0] ?? '');
}
