import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { EXIT, UserError } from '../errors.js';
import type { Context } from '../ui/context.js';
import { print, style, success, warn } from '../ui/output.js';
import { formatProblem } from '../workspace/problem.js';
import { commitSaved } from '../workspace/save.js';
import { auditPath, parseAuditText, unknownAudit } from '../workspace/store.js';
import { openWorkspace } from '../workspace/workspace.js';

interface Options {
  commit: boolean;
}

/**
 * Like `git commit` or `kubectl edit`: the editor works on a temp copy, and the audit file is
 * replaced only by a copy that passes validation, so an invalid file is never saved or committed.
 */
export default async function auditEdit(ctx: Context, id: string, options: Options): Promise<void> {
  const ws = openWorkspace(ctx.cwd);
  const file = auditPath(ws, id);
  if (!existsSync(file)) throw unknownAudit(ws, id);
  const shown = relative(ws.root, file) || file;
  const editor = ctx.env.VISUAL?.trim() || ctx.env.EDITOR?.trim();
  if (!editor && !ctx.interactive) {
    throw new UserError(
      'recover audit edit needs a terminal to open an editor',
      EXIT.usage,
      `Set EDITOR to a command that edits the file, or edit ${shown} directly and run \`recover validate\`.`,
    );
  }

  const original = readFileSync(file, 'utf8');
  // The temp copy keeps the file name, so the editor highlights YAML and the id check still applies.
  const tempDir = mkdtempSync(join(tmpdir(), 'recover-edit-'));
  const temp = join(tempDir, basename(file));
  writeFileSync(temp, original);

  for (;;) {
    runEditor(editor || 'vi', temp, ctx.cwd);
    const edited = readFileSync(temp, 'utf8');
    if (edited === original) {
      rmSync(tempDir, { recursive: true, force: true });
      print(ctx, `No changes to ${shown}.`);
      return;
    }
    const result = parseAuditText(file, edited);
    if (result.ok) {
      if (readFileSync(file, 'utf8') !== original) {
        throw new UserError(
          `${shown} changed while you were editing it, so your version was not saved`,
          EXIT.failure,
          `Your edits are in ${temp}; compare the two and edit again with \`recover audit edit ${id}\`.`,
        );
      }
      await writeFileAtomic(file, edited);
      rmSync(tempDir, { recursive: true, force: true });
      const message = `Edit audit of ${result.audit.client.name}`;
      const saved = options.commit ? await commitSaved(ws, [file], message, shown) : undefined;
      success(ctx, `Saved ${style.id(shown)}${saved?.committed ? ' and committed it' : ''}`);
      if (saved?.warning) warn(ctx, saved.warning);
      return;
    }

    ctx.stderr.write(`${style.bad('The edited audit has problems:')}\n`);
    for (const problem of result.problems)
      ctx.stderr.write(`  ${formatProblem({ ...problem, file: shown })}\n`);
    if (ctx.interactive) {
      const { inquirerPrompter } = await import('../interview/inquirer-prompter.js');
      let again = false;
      try {
        again = await inquirerPrompter(ctx).confirm({
          message: 'Open the editor again to fix them?',
          default: true,
        });
      } catch (error) {
        // Ctrl-C at the question: still say where the edits are.
        if ((error as Error).name !== 'ExitPromptError') throw error;
        throw new UserError(
          `Stopped. ${shown} was left unchanged; your edits are kept in ${temp}`,
          EXIT.interrupted,
        );
      }
      if (again) continue;
    }
    throw new UserError(
      `${shown} was left unchanged; your edits are kept in ${temp}`,
      EXIT.failure,
      `Fix them there and copy it over ${shown}, or run \`recover audit edit ${id}\` again.`,
    );
  }
}

/** Runs $VISUAL/$EDITOR through the shell, as git does, so "code --wait" works. */
function runEditor(editor: string, file: string, cwd: string): void {
  const result = spawnSync('sh', ['-c', `${editor} "$@"`, editor, file], { stdio: 'inherit', cwd });
  if (result.error) {
    throw new UserError(`Could not start the editor "${editor}": ${result.error.message}`, EXIT.failure);
  }
  if (result.status !== 0) {
    throw new UserError(
      `The editor "${editor}" exited with ${result.signal ?? `code ${result.status}`}; nothing was changed`,
      EXIT.failure,
      `Your edits, if any, are in ${file}.`,
    );
  }
}
