import { relative } from 'node:path';
import type { Audit } from '../audit/schema.js';
import { EXIT, UserError } from '../errors.js';
import { commitFiles, GitError, gitAdvice, isInsideRepo } from './git.js';
import { writeAudit } from './store.js';
import type { Workspace } from './workspace.js';

export interface SaveOutcome {
  file: string;
  /** Path relative to the workspace, for messages. */
  shown: string;
  committed: boolean;
  /** Set when the file was kept but not committed, and why. */
  warning?: string;
}

export interface SaveOptions {
  commit?: boolean;
}

/**
 * Saves an audit and commits it. The file is written first, so a git failure never loses
 * what the user typed: it is reported with the command to commit by hand (exit code 3).
 */
export async function saveAndCommit(
  ws: Workspace,
  audit: Audit,
  message: string,
  options: SaveOptions = {},
): Promise<SaveOutcome> {
  const file = await writeAudit(ws, audit);
  const shown = relative(ws.root, file) || file;
  if (options.commit === false) return { file, shown, committed: false };
  return commitSaved(ws, [file], message, shown);
}

export async function commitSaved(
  ws: Workspace,
  files: string[],
  message: string,
  shown: string,
): Promise<SaveOutcome> {
  const file = files[0] ?? '';
  if (!(await isInsideRepo(ws.root))) {
    return {
      file,
      shown,
      committed: false,
      warning: `${ws.root} is not a git repository, so the change was saved but not committed`,
    };
  }
  try {
    const committed = await commitFiles(ws.root, files, message);
    return { file, shown, committed };
  } catch (error) {
    const reason = error instanceof GitError ? error.message : String(error);
    const paths = files.map((f) => shellQuote(relative(ws.root, f))).join(' ');
    throw new UserError(
      `Saved ${shown}, but git could not commit it: ${reason}`,
      EXIT.gitFailed,
      [
        gitAdvice(error),
        `Nothing is lost. To commit it by hand: git -C ${shellQuote(ws.root)} add ${paths} && git -C ${shellQuote(ws.root)} commit -m ${shellQuote(message)}`,
      ]
        .filter(Boolean)
        .join('\n'),
    );
  }
}

/** Single quotes, so a client name with $ or a backtick is pasted into a shell as written. */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
