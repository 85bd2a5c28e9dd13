import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export class GitError extends Error {
  constructor(
    message: string,
    readonly stderr: string,
  ) {
    super(message);
    this.name = 'GitError';
  }
}

/** What to do about a git failure people commonly meet, or undefined. */
export function gitAdvice(error: unknown): string | undefined {
  const text = error instanceof GitError ? `${error.message}\n${error.stderr}` : String(error);
  if (/Author identity unknown|Please tell me who you are|empty ident/i.test(text)) {
    return 'Tell git who you are first: git config --global user.name "Your Name" && git config --global user.email "you@example.com"';
  }
  return undefined;
}

async function git(cwd: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const err = error as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT') throw new GitError('git is not installed or not on the PATH', '');
    const stderr = (err.stderr ?? '').trim();
    throw new GitError(stderr.split('\n').find((l) => l.trim()) ?? err.message, stderr);
  }
}

export async function isInsideRepo(dir: string): Promise<boolean> {
  try {
    return (await git(dir, ['rev-parse', '--is-inside-work-tree'])).trim() === 'true';
  } catch {
    return false;
  }
}

export async function initRepo(dir: string): Promise<void> {
  await git(dir, ['init', '--quiet']);
}

/**
 * Commits exactly these files (nothing else the user has staged). Returns false when the
 * files already match the last commit, as after undoing an uncommitted edit: not an error.
 */
export async function commitFiles(cwd: string, files: string[], message: string): Promise<boolean> {
  await git(cwd, ['add', '--', ...files]);
  if (!(await hasStagedChanges(cwd, files))) return false;
  await git(cwd, ['commit', '--quiet', '--only', '-m', message, '--', ...files]);
  return true;
}

async function hasStagedChanges(cwd: string, files: string[]): Promise<boolean> {
  try {
    await git(cwd, ['diff', '--cached', '--quiet', '--', ...files]);
    return false;
  } catch {
    return true;
  }
}

export interface HistoryEntry {
  commit: string;
  date: string;
  author: string;
  message: string;
}

const FIELD = '\x1f';
const RECORD = '\x1e';

export async function fileHistory(cwd: string, file: string): Promise<HistoryEntry[]> {
  const out = await git(cwd, [
    'log',
    '--follow',
    `--format=%H${FIELD}%aI${FIELD}%an${FIELD}%s${RECORD}`,
    '--',
    file,
  ]);
  return out
    .split(RECORD)
    .map((record) => record.trim())
    .filter(Boolean)
    .map((record) => {
      const [commit = '', date = '', author = '', message = ''] = record.split(FIELD);
      return { commit, date, author, message };
    });
}
