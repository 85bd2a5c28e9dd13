import { EXIT, UserError } from '../errors.js';
import { loadTaxonomy } from '../themes/taxonomy.js';
import type { Context } from '../ui/context.js';
import { print, style, success } from '../ui/output.js';
import { findWorkspaceRoot, openWorkspace } from '../workspace/workspace.js';

/** `recover themes test`: every theme's examples, run through the tagger; failures exit 1. */
export default async function themesTest(ctx: Context, _options: unknown): Promise<void> {
  const ws = findWorkspaceRoot(ctx.cwd) ? openWorkspace(ctx.cwd) : undefined;
  const taxonomy = loadTaxonomy(ws);
  const { checkExamples } = await import('../themes/examples.js');
  const { results, failures } = checkExamples(taxonomy);
  for (const failure of failures) {
    const want = failure.expected ? 'should show' : 'should not show';
    print(
      ctx,
      `${style.bad('✘')} ${style.id(failure.theme)} ${want} in: ${style.quote(`"${failure.text}"`)}`,
    );
    if (failure.found.length) print(ctx, `    ${style.dim(`found: ${failure.found.join(', ')}`)}`);
  }
  const total = results.length;
  if (failures.length) {
    print(ctx);
    throw new UserError(
      `${failures.length} of ${total} theme examples failed`,
      EXIT.failure,
      'Adjust the patterns or the examples in the themes file, then run `recover themes test` again.',
    );
  }
  success(ctx, `All ${total} examples pass across ${taxonomy.themes.length} themes.`);
}
