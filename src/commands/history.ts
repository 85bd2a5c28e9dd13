import { relative } from 'node:path';
import { EXIT, UserError } from '../errors.js';
import type { Context } from '../ui/context.js';
import { print, printJson, style } from '../ui/output.js';
import { fileHistory, type GitError, isInsideRepo } from '../workspace/git.js';
import { auditPath, loadAudit } from '../workspace/store.js';
import { openWorkspace } from '../workspace/workspace.js';

interface Options {
  json?: boolean;
}

export default async function history(ctx: Context, id: string, options: Options): Promise<void> {
  const ws = openWorkspace(ctx.cwd);
  const { audit } = loadAudit(ws, id);
  const file = auditPath(ws, id);
  if (!(await isInsideRepo(ws.root))) {
    throw new UserError(
      `${ws.root} is not a git repository, so there is no history`,
      EXIT.failure,
      'Run `git init` there to start keeping one.',
    );
  }
  let entries: Awaited<ReturnType<typeof fileHistory>>;
  try {
    entries = await fileHistory(ws.root, relative(ws.root, file));
  } catch (error) {
    throw new UserError(`git could not read the history: ${(error as GitError).message}`);
  }
  if (options.json) {
    printJson(ctx, entries);
    return;
  }
  if (entries.length === 0) {
    print(ctx, `${audit.client.name} (${id}) has not been committed yet.`);
    return;
  }
  print(ctx, style.title(`History of ${audit.client.name} (${id})`));
  for (const entry of entries) {
    print(
      ctx,
      `${entry.date.slice(0, 16).replace('T', ' ')}  ${style.dim(entry.author.padEnd(18))}  ${entry.message}`,
    );
  }
}
