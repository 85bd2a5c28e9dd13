import { relative } from 'node:path';
import { EXIT, UserError } from '../errors.js';
import type { Context } from '../ui/context.js';
import { print, success, warn } from '../ui/output.js';
import type { Problem } from '../workspace/problem.js';
import type { SaveOutcome } from '../workspace/save.js';
import { loadAudit, type StoredAudit } from '../workspace/store.js';
import type { Workspace } from '../workspace/workspace.js';

/** Broken files never hide the rest: list what could be read, then say how to see the problems. */
export function warnUnreadable(ctx: Context, problems: readonly Problem[]): void {
  const files = [...new Set(problems.map((p) => relative(ctx.cwd, p.file) || p.file))];
  if (files.length === 0) return;
  warn(
    ctx,
    `${files.length} audit file${files.length === 1 ? ' was' : 's were'} skipped because of problems: ${files.join(', ')}`,
  );
  warn(ctx, 'Run `recover validate` to see them.');
}

/** The one way every command reports a save: where it went, and whether git has it. */
export function reportSave(ctx: Context, outcome: SaveOutcome, what: string): void {
  success(ctx, `${what}: ${outcome.shown}${outcome.committed ? ' (committed)' : ''}`);
  if (outcome.warning) warn(ctx, outcome.warning);
}

/** After a change has been described: say so when git does not have it. */
export function reportCommit(ctx: Context, outcome: SaveOutcome): void {
  if (outcome.warning) warn(ctx, outcome.warning);
  else if (!outcome.committed) print(ctx, `  Saved ${outcome.shown} (not committed).`);
}

/** Loads an audit that has been interviewed: a planned one has nothing to review or follow up yet. */
export function loadInterviewed(ws: Workspace, id: string): StoredAudit {
  const stored = loadAudit(ws, id);
  if (stored.audit.status === 'planned') {
    throw new UserError(
      `${id} has not been interviewed yet`,
      EXIT.failure,
      `Start the interview with: recover audit new --from ${id}`,
    );
  }
  return stored;
}
