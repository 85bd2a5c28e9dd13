import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { UserError } from '../errors.js';
import { escapeMarkdownDeep, markdownCell } from './escape.js';
import type { Segment } from './highlight.js';

/**
 * Where report templates are found and how they are rendered; every helper and partial is
 * registered here. A workspace overrides any file by putting one with the same relative name
 * under its own templates folder (recover.yaml `templates_dir`).
 *
 * HTML uses Handlebars' own escaping. Markdown has different special characters, so its
 * templates compile without HTML escaping and receive a copy of the view with every string
 * already escaped for Markdown: a template cannot forget to escape.
 */

export type Format = 'md' | 'html';
export type ReportKind = 'audit' | 'client' | 'summary';

export const BUILT_IN_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

type Env = typeof Handlebars;

export interface Renderer {
  render(kind: ReportKind, format: Format, view: object): string;
  /** Marks a string (an SVG chart) as already safe for HTML. */
  safe(html: string): unknown;
}

function bar(value: unknown, max: unknown, width = 12): string {
  const v = Number(value) || 0;
  const m = Number(max) || 0;
  if (m <= 0 || v <= 0) return '';
  const eighths = Math.max(1, Math.round((v / m) * width * 8));
  const partial = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'][eighths % 8] ?? '';
  return '█'.repeat(Math.floor(eighths / 8)) + partial;
}

function common(env: Env): void {
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  env.registerHelper('gt', (a: unknown, b: unknown) => Number(a) > Number(b));
  env.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  env.registerHelper('and', (...args: unknown[]) => args.slice(0, -1).every(Boolean));
  env.registerHelper('inc', (n: unknown) => Number(n) + 1);
  env.registerHelper('len', (list: unknown) => (Array.isArray(list) ? list.length : 0));
  env.registerHelper('join', (list: unknown, sep: unknown) =>
    Array.isArray(list) ? list.join(typeof sep === 'string' ? sep : ', ') : '',
  );
  env.registerHelper('first', (list: unknown) => (Array.isArray(list) ? list[0] : undefined));
}

function markdownEnv(): Env {
  const env = Handlebars.create();
  common(env);
  /** A unicode bar for tables: a chart that survives any Markdown viewer. */
  env.registerHelper('bar', (value: unknown, max: unknown) => bar(value, max));
  env.registerHelper('cell', (text: unknown) => markdownCell(String(text ?? '')));
  env.registerHelper('blockquote', (text: unknown) => quoteLines(String(text ?? '')));
  env.registerHelper('marked', (segments: unknown) => quoteLines(markedText(segments as Segment[])));
  return env;
}

function quoteLines(text: string): string {
  return text
    .trim()
    .split('\n')
    .map((line) => (line.trim() ? `> ${line}` : '>'))
    .join('\n');
}

/** Bold for each marked quote, line by line (emphasis cannot span a paragraph break), then its themes. */
function markedText(segments: readonly Segment[]): string {
  return (segments ?? [])
    .map((s) => {
      if (!s.mark) return s.text;
      const bold = s.text
        .split('\n')
        .map((line) => (line.trim() ? `**${line.trim()}**` : line))
        .join('\n');
      return s.labels.length ? `${bold} _(${s.labels.join(', ')})_` : bold;
    })
    .join('');
}

function htmlEnv(): Env {
  const env = Handlebars.create();
  common(env);
  return env;
}

function readTemplate(relative: string, overrideDir: string | undefined): string {
  for (const dir of [overrideDir, BUILT_IN_TEMPLATES]) {
    if (dir && existsSync(join(dir, relative))) return readFileSync(join(dir, relative), 'utf8');
  }
  throw new UserError(
    `Report template not found: ${relative}`,
    1,
    'Check `templates_dir` in recover.yaml, or remove the override to use the built-in templates.',
  );
}

/** `name.md.hbs` is a Markdown partial, `name.html.hbs` an HTML one, `name.hbs` serves both. */
function registerPartials(md: Env, html: Env, overrideDir: string | undefined): void {
  const files = new Map<string, string>();
  for (const dir of [BUILT_IN_TEMPLATES, overrideDir]) {
    const partials = dir && join(dir, 'report', 'partials');
    if (!partials || !existsSync(partials)) continue;
    for (const name of readdirSync(partials))
      if (name.endsWith('.hbs')) files.set(name, join(partials, name));
  }
  for (const [name, file] of files) {
    const text = readFileSync(file, 'utf8');
    const match = /^(.+?)(?:\.(md|html))?\.hbs$/.exec(name);
    if (!match?.[1]) continue;
    if (match[2] !== 'html') md.registerPartial(match[1], text);
    if (match[2] !== 'md') html.registerPartial(match[1], text);
  }
}

export function createRenderer(overrideDir?: string): Renderer {
  const envs = { md: markdownEnv(), html: htmlEnv() };
  registerPartials(envs.md, envs.html, overrideDir);
  const cache = new Map<string, HandlebarsTemplateDelegate>();
  const template = (kind: ReportKind, format: Format) => {
    const relative = join('report', `${kind}.${format}.hbs`);
    let compiled = cache.get(relative);
    if (!compiled) {
      const source = readTemplate(relative, overrideDir);
      compiled = envs[format].compile(source, { noEscape: format === 'md', strict: false });
      cache.set(relative, compiled);
    }
    return compiled;
  };
  return {
    render(kind, format, view) {
      const data = format === 'md' ? escapeMarkdownDeep(view) : view;
      try {
        return template(kind, format)(data, { allowProtoPropertiesByDefault: false });
      } catch (error) {
        throw new UserError(
          `Could not render the ${kind} report (${format}): ${(error as Error).message.split('\n')[0]}`,
          1,
          overrideDir ? `Check the templates in ${overrideDir}.` : undefined,
        );
      }
    },
    safe: (html) => new Handlebars.SafeString(html),
  };
}
