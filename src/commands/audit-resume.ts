import { EXIT, UserError } from '../errors.js';
import { runInterview } from '../interview/engine.js';
import type { Context } from '../ui/context.js';
import { loadAudit } from '../workspace/store.js';
import { openWorkspace } from '../workspace/workspace.js';
import { commitInterview, guardInterview, interviewSession, requireTerminal } from './interview-runner.js';

interface Options {
  commit: boolean;
}

export default async function auditResume(ctx: Context, id: string, options: Options): Promise<void> {
  const ws = openWorkspace(ctx.cwd);
  const { audit: draft } = loadAudit(ws, id);
  if (draft.status === 'complete') {
    throw new UserError(
      `${id} is already complete`,
      EXIT.failure,
      `To change it: recover audit review ${id}, or recover audit edit ${id}`,
    );
  }
  if (draft.status === 'planned') {
    throw new UserError(
      `${id} is planned, not started`,
      EXIT.failure,
      `Start the interview with: recover audit new --from ${id}`,
    );
  }
  requireTerminal(
    ctx,
    'recover audit resume',
    'run it in a terminal, or fill in the file with `recover audit edit`',
  );
  const session = await interviewSession(ctx, ws);
  const audit = await guardInterview(ctx, ws, session, () => runInterview(session.deps, { draft }));
  await commitInterview(ctx, ws, audit, options.commit);
}
