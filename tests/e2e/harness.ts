import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built CLI (npm run build); end-to-end tests run it exactly as a user would. */
export const BIN = fileURLToPath(new URL('../../bin/recover.js', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  input?: string;
  env?: Record<string, string>;
}

export function recover(args: string[], options: RunOptions): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    encoding: 'utf8',
    env: {
      ...process.env,
      NO_COLOR: '1',
      GIT_AUTHOR_NAME: 'Test Auditor',
      GIT_AUTHOR_EMAIL: 'auditor@example.com',
      GIT_COMMITTER_NAME: 'Test Auditor',
      GIT_COMMITTER_EMAIL: 'auditor@example.com',
      ...options.env,
    },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix = 'recover-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A fresh workspace with a git repository, as `recover init` makes it. */
export function tempWorkspace(): string {
  const dir = tempDir();
  const result = recover(['init', '.', '--auditor', 'Jordan Reyes'], { cwd: dir });
  if (result.code !== 0) throw new Error(`init failed: ${result.stderr}`);
  git(dir, ['config', 'user.name', 'Test Auditor']);
  git(dir, ['config', 'user.email', 'auditor@example.com']);
  return dir;
}

export function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' });
}

export function writeFile(dir: string, name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

export function readFile(dir: string, name: string): string {
  return readFileSync(join(dir, name), 'utf8');
}
