import { resolve } from 'node:path';
import type { Audit, AuditTheme } from '../audit/schema.js';
import { type AnswersSeed, readAnswersFile } from '../interview/answers-file.js';
import { askTeamView } from '../interview/team-view.js';
import { reviewThemes } from '../interview/theme-review.js';
import type { Context } from '../ui/context.js';
import { print } from '../ui/output.js';
import { openWorkspace } from '../workspace/workspace.js';
import { commitInterview, guardInterview, interviewSession, requireTerminal } from './interview-runner.js';
import { loadInterviewed } from './shared.js';

interface Options {
  answers?: string;
  commit: boolean;
}

/** After the interview: decide suggested themes and record the team's own view. */
export default async function auditReview(ctx: Context, id: string, options: Options): Promise<void> {
  const ws = openWorkspace(ctx.cwd);
  const { audit } = loadInterviewed(ws, id);
  const message = `Review audit of ${audit.client.name}`;

  if (options.answers) {
    applyReview(audit, readAnswersFile(resolve(ctx.cwd, options.answers)));
    await commitInterview(ctx, ws, audit, options.commit, message);
    return;
  }
  requireTerminal(
    ctx,
    'recover audit review',
    'pass the decisions with --answers FILE (themes: and team_view: as in the audit)',
  );
  const session = await interviewSession(ctx, ws);
  await guardInterview(ctx, ws, session, async () => {
    await session.deps.save(audit);
    await reviewThemes(session.deps, audit);
    const hadView = Boolean(audit.team_view && Object.keys(audit.team_view).length);
    const revise = hadView
      ? await session.deps.prompter.confirm({ message: "Revise the team's own view?", default: false })
      : false;
    if (revise || !hadView) await askTeamView(session.deps, audit, { offer: !hadView, revise });
    return audit;
  });
  print(ctx);
  await commitInterview(ctx, ws, audit, options.commit, message);
}

/** Theme decisions by id (status, and any new manual themes) and the team's view from a file. */
export function applyReview(audit: Audit, seed: AnswersSeed): void {
  if (seed.team_view) audit.team_view = { ...audit.team_view, ...seed.team_view };
  const themes: AuditTheme[] = [...(audit.themes ?? [])];
  for (const decision of seed.themes ?? []) {
    const existing = themes.find((t) => t.id === decision.id);
    if (existing) {
      existing.status = decision.status;
      if (decision.evidence.length) existing.evidence = decision.evidence;
      if (decision.note) existing.note = decision.note;
    } else {
      themes.push(decision);
    }
  }
  if (themes.length) audit.themes = themes;
}
