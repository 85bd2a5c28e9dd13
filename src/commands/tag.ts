import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AnswerKey } from '../audit/answers.js';
import { isAnswerKey } from '../audit/answers.js';
import { EXIT, UserError } from '../errors.js';
import type { Taxonomy } from '../themes/taxonomy.js';
import { loadTaxonomy } from '../themes/taxonomy.js';
import type { Context } from '../ui/context.js';
import { print, printJson, style } from '../ui/output.js';
import { findWorkspaceRoot, openWorkspace } from '../workspace/workspace.js';

interface Options {
  json?: boolean;
  jsonl?: boolean;
}

/** `recover tag [FILE|-]`: themes in any text, with the sentences that show them. */
export default async function tag(ctx: Context, file: string, options: Options): Promise<void> {
  if (options.json && options.jsonl) throw new UserError('Use --json or --jsonl, not both.', EXIT.usage);
  const input = await readInput(ctx, file);
  // Inside a workspace its own taxonomy applies; anywhere else the built-in one.
  const taxonomy = findWorkspaceRoot(ctx.cwd) ? loadTaxonomy(openWorkspace(ctx.cwd)) : loadTaxonomy();
  const { taggerFor } = await import('../themes/tagger.js');
  const tagger = taggerFor(taxonomy);
  if (options.jsonl) {
    tagLines(ctx, input, (text, answer) => tagger.tag(text, answer));
    return;
  }
  if (!input.trim())
    throw new UserError('There is no text to tag: the input is empty.', EXIT.failure, usageHint());
  const hits = tagger.tag(input);
  if (options.json) {
    printJson(ctx, {
      themes: hits.map((h) => ({
        ...h,
        label: labelOf(taxonomy, h.id),
        kind: taxonomy.byId.get(h.id)?.kind,
      })),
    });
    return;
  }
  if (hits.length === 0) {
    print(ctx, 'No themes found in this text.');
    return;
  }
  for (const hit of hits) {
    const kind =
      taxonomy.byId.get(hit.id)?.kind === 'strength' ? style.good('strength') : style.warn('problem');
    print(
      ctx,
      `${style.title(labelOf(taxonomy, hit.id))} ${style.dim(`(${hit.id}, ${kind})`)}  ${percent(hit.confidence)}`,
    );
    for (const e of hit.evidence) print(ctx, `  ${style.quote(`"${e.quote}"`)}  ${style.dim(e.matched)}`);
  }
  print(ctx);
  print(
    ctx,
    style.dim(
      `${hits.length} theme(s). The percentage is how likely a careful reader would agree with each.`,
    ),
  );
}

type TagFn = (text: string, answer?: AnswerKey) => ReturnType<import('../themes/tagger.js').Tagger['tag']>;

/** One output line per input line, in order: how bulk tagging and the evaluation read it. */
function tagLines(ctx: Context, input: string, tagOne: TagFn): void {
  const lines = input.split('\n');
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    let item: unknown;
    try {
      item = JSON.parse(line);
    } catch {
      throw new UserError(`Line ${index + 1} is not JSON.`, EXIT.failure, jsonlHint());
    }
    const { id, text, answer } = (item ?? {}) as { id?: unknown; text?: unknown; answer?: unknown };
    if (typeof text !== 'string')
      throw new UserError(`Line ${index + 1} has no "text" string.`, EXIT.failure, jsonlHint());
    const key = typeof answer === 'string' && isAnswerKey(answer) ? answer : undefined;
    const themes = tagOne(text, key).map((h) => ({
      id: h.id,
      confidence: h.confidence,
      evidence: h.evidence.map((e) => ({ quote: e.quote, start: e.start, end: e.end })),
    }));
    ctx.stdout.write(`${JSON.stringify({ id: id ?? null, themes })}\n`);
  });
}

async function readInput(ctx: Context, file: string): Promise<string> {
  if (file && file !== '-') {
    const path = resolve(ctx.cwd, file);
    try {
      return readFileSync(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UserError(
        code === 'ENOENT' ? `File not found: ${file}` : `Cannot read ${file}: ${(error as Error).message}`,
        EXIT.failure,
        usageHint(),
      );
    }
  }
  if ((ctx.stdin as NodeJS.ReadStream).isTTY) {
    throw new UserError('Give a text file to tag, or pipe text in.', EXIT.usage, usageHint());
  }
  const chunks: Buffer[] = [];
  for await (const chunk of ctx.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function labelOf(taxonomy: Taxonomy, id: string): string {
  return taxonomy.byId.get(id)?.label ?? id;
}

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function usageHint(): string {
  return 'Example: recover tag notes.txt, or: echo "We met our fourth supervisor by March." | recover tag';
}

function jsonlHint(): string {
  return 'With --jsonl every line must look like {"id": "a1", "text": "..."}.';
}
