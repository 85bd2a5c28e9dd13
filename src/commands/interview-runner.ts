import type { Audit, AuditTheme } from '../audit/schema.js';
import { EXIT, UserError, usageError } from '../errors.js';
import { loadQuestionSet } from '../interview/questions.js';
import type { InterviewDeps } from '../interview/session.js';
import { loadTaxonomy } from '../themes/taxonomy.js';
import type { Context } from '../ui/context.js';
import { print, style } from '../ui/output.js';
import { saveAndCommit } from '../workspace/save.js';
import { auditIds, writeAudit } from '../workspace/store.js';
import type { Workspace } from '../workspace/workspace.js';
import { reportSave } from './shared.js';

/** Without a terminal nobody can answer; say which way in works instead. */
export function requireTerminal(ctx: Context, command: string, alternative: string): void {
  if (!ctx.interactive) {
    throw usageError(`\`${command}\` asks questions, so it needs a terminal; ${alternative}`);
  }
}

export async function suggestFor(audit: Audit, ws: Workspace): Promise<AuditTheme[]> {
  const { suggestThemes } = await import('../themes/index.js');
  return suggestThemes(audit.answers ?? {}, { teamView: audit.team_view, taxonomy: loadTaxonomy(ws) });
}

export function takenIds(ws: Workspace): Set<string> {
  return auditIds(ws);
}

export interface Session {
  deps: InterviewDeps;
  /** The draft as it stands, including an answer cut off mid-sentence. */
  current(): Audit | undefined;
}

/** Wires the interview to the terminal and the workspace: every save is an atomic write. */
export async function interviewSession(ctx: Context, ws: Workspace): Promise<Session> {
  // Loaded only when a person is there to answer: --answers runs never pay for inquirer.
  const { inquirerPrompter } = await import('../interview/inquirer-prompter.js');
  let latest: Audit | undefined;
  const deps: InterviewDeps = {
    prompter: inquirerPrompter(ctx),
    questions: loadQuestionSet(ws),
    themes: loadTaxonomy(ws).themes,
    suggest: (audit) => suggestFor(audit, ws),
    save: async (audit) => {
      latest = audit;
      await writeAudit(ws, audit);
    },
    today: ctx.today(),
    defaults: { auditor: ws.config.default_auditor, currency: ws.config.currency },
    takenIds: takenIds(ws),
  };
  return { deps, current: () => latest };
}

/**
 * Runs an interview stage and turns Ctrl-C into a saved draft and the command to resume.
 * The partial answer typed so far is written too: nothing a user typed is lost.
 */
export async function guardInterview(
  ctx: Context,
  ws: Workspace,
  session: Session,
  run: () => Promise<Audit>,
): Promise<Audit> {
  try {
    return await run();
  } catch (error) {
    const name = (error as Error).name;
    const draft = session.current();
    if (name !== 'ExitPromptError' && name !== 'NeutralAuditorRequired') {
      // Whatever went wrong, the answers given so far stay on disk.
      if (draft) {
        await writeAudit(ws, draft).catch(() => undefined);
        ctx.stderr.write(
          `The draft is saved as ${draft.id}; continue it with: recover audit resume ${draft.id}\n`,
        );
      }
      throw error;
    }
    if (!draft) {
      throw new UserError(
        'Stopped before the client name and end date were given; nothing was saved.',
        EXIT.interrupted,
      );
    }
    draft.status = draft.status === 'complete' ? 'complete' : 'draft';
    await writeAudit(ws, draft);
    print(ctx);
    if (name === 'NeutralAuditorRequired') {
      throw new UserError(
        `Draft kept: ${draft.id}. The interview needs a neutral auditor from outside the team that served ${draft.client.name}.`,
        EXIT.failure,
        `A colleague can continue it with: recover audit resume ${draft.id}`,
      );
    }
    if (draft.status === 'complete') {
      throw new UserError(
        `Stopped; what you decided so far is saved in ${draft.id} but not committed.`,
        EXIT.interrupted,
        `Run \`recover audit review ${draft.id}\` again to finish, or commit the file with git.`,
      );
    }
    throw new UserError(
      `Interview stopped; the draft is saved as ${draft.id}.`,
      EXIT.interrupted,
      `Continue it with: recover audit resume ${draft.id}`,
    );
  }
}

/** Saves and commits the audit an interview produced; the message defaults to the audit itself. */
export async function commitInterview(
  ctx: Context,
  ws: Workspace,
  audit: Audit,
  commit: boolean,
  message = `Audit of ${audit.client.name} (ended ${audit.client.ended_on})`,
): Promise<void> {
  const outcome = await saveAndCommit(ws, audit, message, { commit });
  reportSave(ctx, outcome, `Saved the audit of ${audit.client.name}`);
  print(ctx, style.dim(`  See it with: recover audit show ${audit.id}   Report: recover report ${audit.id}`));
}
