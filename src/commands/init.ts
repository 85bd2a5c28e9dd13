import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { auditJsonSchemaText } from '../audit/json-schema.js';
import { EXIT, UserError } from '../errors.js';
import type { Context } from '../ui/context.js';
import { print, style, success, warn } from '../ui/output.js';
import { CONFIG_FILE, defaultConfigText } from '../workspace/config.js';
import { commitFiles, gitAdvice, initRepo, isInsideRepo } from '../workspace/git.js';
import { SCHEMA_FILE } from '../workspace/store.js';

interface Options {
  auditor?: string;
  currency: string;
  git: boolean;
}

export default async function init(ctx: Context, dir: string, options: Options): Promise<void> {
  const root = resolve(ctx.cwd, dir);
  if (existsSync(join(root, CONFIG_FILE))) {
    throw new UserError(
      `${root} is already a recover workspace`,
      EXIT.failure,
      'Run `recover audit new` to start an audit there.',
    );
  }
  const currency = options.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) {
    throw new UserError(
      `--currency must be a three-letter code such as USD or EUR, not "${options.currency}"`,
      2,
    );
  }
  mkdirSync(join(root, 'audits'), { recursive: true });
  mkdirSync(join(root, 'schema'), { recursive: true });
  const config = defaultConfigText(options.auditor, currency);
  writeFileSync(join(root, CONFIG_FILE), config);
  writeFileSync(join(root, SCHEMA_FILE), auditJsonSchemaText());
  writeFileSync(join(root, 'audits', '.gitkeep'), '');
  if (!existsSync(join(root, '.gitignore'))) writeFileSync(join(root, '.gitignore'), 'reports/\n');

  const shown = relative(ctx.cwd, root) || '.';
  success(ctx, `Created a recover workspace in ${style.id(shown)}`);
  if (options.git && !(await isInsideRepo(root))) {
    try {
      await initRepo(root);
    } catch (error) {
      warn(
        ctx,
        `Could not create a git repository (${(error as Error).message}); audits will be saved but not committed.`,
      );
      return printNext(ctx, shown);
    }
    try {
      await commitFiles(
        root,
        [CONFIG_FILE, SCHEMA_FILE, 'audits/.gitkeep', '.gitignore'],
        'Set up recover workspace',
      );
      print(ctx, '  and a git repository to keep the history of every audit.');
    } catch (error) {
      warn(
        ctx,
        `Created a git repository, but could not commit the workspace files: ${(error as Error).message}`,
      );
      const advice = gitAdvice(error);
      if (advice) warn(ctx, advice);
    }
  }
  printNext(ctx, shown);
}

function printNext(ctx: Context, shown: string): void {
  print(ctx);
  print(ctx, 'Next:');
  if (shown !== '.') print(ctx, `  cd ${shown}`);
  print(ctx, '  recover audit new        run your first Post Mortem Audit interview');
}
