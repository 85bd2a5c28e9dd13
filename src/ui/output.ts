import chalk from 'chalk';
import type { Context } from './context.js';

// NO_COLOR (https://no-color.org) wins over everything; chalk already turns colour off when
// output is not a terminal.
if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') chalk.level = 0;

export const style = {
  title: (s: string) => chalk.bold(s),
  dim: (s: string) => chalk.dim(s),
  good: (s: string) => chalk.green(s),
  warn: (s: string) => chalk.yellow(s),
  bad: (s: string) => chalk.red(s),
  id: (s: string) => chalk.cyan(s),
  quote: (s: string) => chalk.italic(s),
};

export function print(ctx: Context, line = ''): void {
  ctx.stdout.write(`${line}\n`);
}

export function printJson(ctx: Context, value: unknown): void {
  ctx.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function success(ctx: Context, line: string): void {
  print(ctx, `${style.good('✔')} ${line}`);
}

export function warn(ctx: Context, line: string): void {
  ctx.stderr.write(`${style.warn('!')} ${line}\n`);
}
