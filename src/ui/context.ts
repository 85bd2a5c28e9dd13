import type { Readable, Writable } from 'node:stream';

/**
 * What a command may touch of the outside world. Commands receive it instead of reaching for
 * process globals, so tests can run them in a temp folder with a fixed clock.
 */
export interface Context {
  cwd: string;
  stdout: Writable;
  stderr: Writable;
  stdin: Readable;
  /** True when a person is at a terminal and can answer prompts. */
  interactive: boolean;
  env: NodeJS.ProcessEnv;
  /** Today's date as YYYY-MM-DD (local time); injectable for tests. */
  today(): string;
}

export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function processContext(cwd: string): Context {
  const fixed = process.env.RECOVER_TODAY;
  return {
    cwd,
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    env: process.env,
    today: () => (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed) ? fixed : localDate(new Date())),
  };
}
