import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { CONFIG_FILE, type Config, configSchema } from './config.js';
import { formatProblem, problemsFromIssues } from './problem.js';
import { parseYaml } from './yaml-source.js';

export interface Workspace {
  root: string;
  config: Config;
  auditsDir: string;
  reportsDir: string;
  /** Set when recover.yaml points at files that override the built-in data. */
  questionsFile?: string;
  themesFile?: string;
  templatesDir?: string;
}

/** Walks up from `start` to the nearest folder holding recover.yaml, like git finds .git. */
export function findWorkspaceRoot(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, CONFIG_FILE))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function openWorkspace(start: string): Workspace {
  const root = findWorkspaceRoot(start);
  if (!root) {
    throw new UserError(
      `${resolve(start)} is not inside a recover workspace (no ${CONFIG_FILE} here or in any parent folder)`,
      1,
      'Run `recover init` to create one here, or use -C DIR to point at an existing workspace.',
    );
  }
  const configPath = join(root, CONFIG_FILE);
  const config = readConfig(configPath);
  const at = (p: string | undefined) => (p ? resolve(root, p) : undefined);
  return {
    root,
    config,
    auditsDir: resolve(root, config.audits_dir),
    reportsDir: resolve(root, config.reports_dir),
    questionsFile: at(config.questions),
    themesFile: at(config.themes),
    templatesDir: at(config.templates_dir),
  };
}

export function readConfig(configPath: string): Config {
  const parsed = parseYaml(readFileSync(configPath, 'utf8'));
  if (parsed.doc.errors.length > 0) {
    const error = parsed.doc.errors[0];
    const pos = error?.linePos?.[0] ?? { line: 1, col: 1 };
    throw new UserError(
      `${configPath}:${pos.line}:${pos.col}  ${firstLine(error?.message)}`,
      1,
      'Fix the YAML and try again.',
    );
  }
  const result = configSchema.safeParse(parsed.doc.toJS() ?? {});
  if (!result.success) {
    const [first] = problemsFromIssues(configPath, parsed, result.error.issues);
    throw new UserError(
      first ? formatProblem(first) : `${configPath} is not valid`,
      1,
      'Fix recover.yaml and try again.',
    );
  }
  return result.data;
}

export function firstLine(message: string | undefined): string {
  return (message ?? 'unreadable').split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
}
