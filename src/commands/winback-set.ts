import type { WinBack, WinBackIntent } from '../audit/schema.js';
import { EXIT, UserError } from '../errors.js';
import type { Context } from '../ui/context.js';
import { print, style, success } from '../ui/output.js';
import { saveAndCommit } from '../workspace/save.js';
import { loadAudit } from '../workspace/store.js';
import { openWorkspace } from '../workspace/workspace.js';
import { reportCommit } from './shared.js';

interface Options {
  intent?: WinBackIntent;
  on?: string;
  nextContact?: string;
  likelihood?: number;
  note?: string;
  commit: boolean;
}

export default async function winbackSet(ctx: Context, auditId: string, options: Options): Promise<void> {
  const note = options.note?.trim();
  if (!options.intent && !options.on && !options.nextContact && options.likelihood === undefined && !note) {
    throw new UserError(
      'Nothing to change: give --intent, --on, --next-contact, --likelihood or --note',
      EXIT.usage,
      `Example: recover winback set ${auditId} --intent pursue --likelihood 3 --next-contact 2027-01-15`,
    );
  }
  const ws = openWorkspace(ctx.cwd);
  const { audit } = loadAudit(ws, auditId);
  const before = audit.win_back;
  const intent = options.intent ?? before?.intent;
  if (!intent) {
    throw new UserError(
      `${audit.client.name} has no win-back intent yet: give --intent pursue, nurture, closed or won`,
      EXIT.usage,
    );
  }
  if (options.on && intent !== 'won') {
    throw new UserError('--on is the date the client was won back; use it with --intent won', EXIT.usage);
  }
  const today = ctx.today();
  if (options.on && options.on > today) {
    throw new UserError(
      `--on ${options.on} is in the future; record the win once it has happened`,
      EXIT.usage,
    );
  }

  const after: WinBack = { ...(before ?? {}), intent };
  const changes: string[] = [];
  if (intent !== before?.intent) changes.push(before ? `${before.intent} -> ${intent}` : `intent ${intent}`);
  if (intent === 'won') {
    // A client won back is recorded with its date: the given one, or today.
    const wonOn = options.on ?? before?.won_on ?? today;
    if (wonOn !== before?.won_on) changes.push(`won on ${wonOn}`);
    after.won_on = wonOn;
  } else if (before?.won_on) {
    after.won_on = undefined;
  }
  if (options.nextContact && options.nextContact !== before?.next_contact) {
    after.next_contact = options.nextContact;
    changes.push(`next contact ${options.nextContact}`);
  }
  if (options.likelihood !== undefined && options.likelihood !== before?.likelihood) {
    after.likelihood = options.likelihood;
    changes.push(`likelihood ${before?.likelihood ? `${before.likelihood} -> ` : ''}${options.likelihood}/5`);
  }
  if (note && note !== before?.note) {
    after.note = note;
    changes.push('note updated');
  }
  if (changes.length === 0) {
    print(ctx, `Nothing changed: the win-back record of ${audit.client.name} is already like that.`);
    return;
  }

  const message = `Win-back for ${audit.client.name}: ${changes.join(', ')}`;
  const saved = await saveAndCommit(ws, { ...audit, win_back: after }, message, { commit: options.commit });
  success(ctx, `${style.id(audit.client.name)} win-back: ${changes.join(', ')}`);
  reportCommit(ctx, saved);
  if ((intent === 'pursue' || intent === 'nurture') && !after.next_contact) {
    print(ctx, `  Plan the next contact with: recover winback set ${audit.id} --next-contact YYYY-MM-DD`);
  }
}
