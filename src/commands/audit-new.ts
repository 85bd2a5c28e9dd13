import { resolve } from 'node:path';
import { EXIT, UserError } from '../errors.js';
import { auditFromSeed, readAnswersFile } from '../interview/answers-file.js';
import { runInterview } from '../interview/engine.js';
import type { Context } from '../ui/context.js';
import { loadAudit } from '../workspace/store.js';
import { openWorkspace } from '../workspace/workspace.js';
import {
  commitInterview,
  guardInterview,
  interviewSession,
  requireTerminal,
  suggestFor,
  takenIds,
} from './interview-runner.js';

interface Options {
  answers?: string;
  from?: string;
  commit: boolean;
}

export default async function auditNew(ctx: Context, options: Options): Promise<void> {
  const ws = openWorkspace(ctx.cwd);
  const seed = options.answers ? readAnswersFile(resolve(ctx.cwd, options.answers)) : undefined;
  const planned = options.from ? loadAudit(ws, options.from).audit : undefined;
  if (planned && planned.status !== 'planned') {
    throw new UserError(
      `${planned.id} is already ${planned.status === 'draft' ? 'a draft' : 'complete'}, not a planned audit`,
      EXIT.failure,
      planned.status === 'draft'
        ? `Continue it with: recover audit resume ${planned.id}`
        : `See it with: recover audit show ${planned.id}`,
    );
  }

  if (!ctx.interactive && seed) {
    // A planned audit's facts fill what the answers file leaves out, and it keeps its id.
    const merged = planned
      ? {
          ...seed,
          client: { ...planned.client, ...seed.client },
          interview: { ...planned.interview, ...seed.interview },
        }
      : seed;
    const audit = auditFromSeed(merged, {
      today: ctx.today(),
      defaultAuditor: ws.config.default_auditor,
      currency: ws.config.currency,
      takenIds: takenIds(ws),
    });
    if (planned) audit.id = planned.id;
    audit.themes ??= await suggestFor(audit, ws);
    await commitInterview(ctx, ws, audit, options.commit);
    return;
  }
  requireTerminal(
    ctx,
    'recover audit new',
    'pass the answers with --answers FILE (YAML or JSON shaped like an audit)',
  );

  const session = await interviewSession(ctx, ws);
  const audit = await guardInterview(ctx, ws, session, () =>
    runInterview(session.deps, { seed, draft: planned, fromPlan: Boolean(planned) }),
  );
  await commitInterview(ctx, ws, audit, options.commit);
}
