import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { unknownReferences } from '../audit/references.js';
import { EXIT, UserError } from '../errors.js';
import { loadTaxonomy } from '../themes/taxonomy.js';
import type { Context } from '../ui/context.js';
import { print, style, success } from '../ui/output.js';
import { formatPath, formatProblem, type Problem } from '../workspace/problem.js';
import { auditFiles, readAuditFile } from '../workspace/store.js';
import { openWorkspace, type Workspace } from '../workspace/workspace.js';
import { locate, parseYaml } from '../workspace/yaml-source.js';

export default async function validate(ctx: Context, paths: string[]): Promise<void> {
  const ws = openWorkspace(ctx.cwd);
  const files = paths.length ? paths.map((p) => resolveTarget(ctx, ws, p)) : auditFiles(ws);
  const themeIds = new Set(loadTaxonomy(ws).themes.map((t) => t.id));
  const shown = (file: string) => relative(ctx.cwd, file) || file;

  let invalid = 0;
  for (const file of files) {
    const problems = checkFile(file, themeIds).map((p) => ({ ...p, file: shown(p.file) }));
    if (problems.length) invalid++;
    for (const problem of problems) print(ctx, formatProblem(problem));
  }
  if (files.length === 0) {
    print(ctx, `No audits yet in ${shown(ws.auditsDir)}. Run \`recover audit new\` to start one.`);
    return;
  }
  if (invalid > 0) {
    throw new UserError(
      `${invalid} of ${files.length} audit file${files.length === 1 ? '' : 's'} ${invalid === 1 ? 'has' : 'have'} problems`,
      EXIT.failure,
      'Fix each line above (file:line:column  field  problem), then run `recover validate` again.',
    );
  }
  success(
    ctx,
    `${files.length} audit file${files.length === 1 ? '' : 's'} valid ${style.dim(`(${shown(ws.auditsDir)})`)}`,
  );
}

function checkFile(file: string, themeIds: ReadonlySet<string>): Problem[] {
  const result = readAuditFile(file);
  if (!result.ok) return result.problems;
  const refs = unknownReferences(result.audit, themeIds);
  if (!refs.length) return [];
  const parsed = parseYaml(result.text);
  return refs.map((ref) => ({
    file,
    ...locate(parsed, ref.path),
    path: formatPath(ref.path),
    message: ref.message,
  }));
}

/** Accepts a file path or an audit id, as people will type either. */
function resolveTarget(ctx: Context, ws: Workspace, target: string): string {
  const asPath = resolve(ctx.cwd, target);
  if (existsSync(asPath)) return asPath;
  const asId = resolve(ws.auditsDir, `${target}.yaml`);
  if (/^[a-z0-9-]+$/.test(target) && existsSync(asId)) return asId;
  return asPath;
}
