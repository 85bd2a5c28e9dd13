import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { EXIT, UserError } from '../errors.js';
import { CONFIG_FILE, type Config, configSchema } from './config.js';
import { readDataFile } from './data-file.js';

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
      EXIT.failure,
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
  return readDataFile(configPath, configSchema, 'Fix recover.yaml and try again.');
}
