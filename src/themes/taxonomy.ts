import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { UserError } from '../errors.js';
import type { Workspace } from '../workspace/workspace.js';

/** The built-in taxonomy; a workspace extends or replaces it from recover.yaml. */
export const BUILT_IN_THEMES = new URL('../../templates/themes.yaml', import.meta.url);

export const themeDefinitionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  label: z.string().min(1),
  description: z.string().min(1),
  kind: z.enum(['problem', 'strength']),
  patterns: z.array(z.string()).default([]),
  /** Words that name the subject ("price", "turnover"): where they are denied, so is the theme. */
  topics: z.array(z.string()).default([]),
  examples: z
    .strictObject({
      match: z.array(z.string()).default([]),
      no_match: z.array(z.string()).default([]),
    })
    .default({ match: [], no_match: [] }),
});

export const taxonomyFileSchema = z.strictObject({ themes: z.array(themeDefinitionSchema) });

export type ThemeDefinition = z.infer<typeof themeDefinitionSchema>;

export interface Taxonomy {
  themes: ThemeDefinition[];
  byId: Map<string, ThemeDefinition>;
}

export function readTaxonomyFile(file: string | URL): ThemeDefinition[] {
  const shown = file instanceof URL ? file.pathname : file;
  if (!existsSync(file))
    throw new UserError(`Themes file not found: ${shown}`, 1, 'Check the `themes:` entry in recover.yaml.');
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UserError(`${shown} is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const result = taxonomyFileSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new UserError(
      `${shown}: ${issue?.path.join('.')} ${issue?.message}`,
      1,
      'Fix the themes file and try again.',
    );
  }
  return result.data.themes;
}

/** Built-in themes, extended (same id replaces) or replaced by the workspace's own file. */
export function loadTaxonomy(ws?: Workspace): Taxonomy {
  const builtIn =
    ws?.themesFile && ws.config.themes_mode === 'replace' ? [] : readTaxonomyFile(BUILT_IN_THEMES);
  const own = ws?.themesFile ? readTaxonomyFile(ws.themesFile) : [];
  const byId = new Map<string, ThemeDefinition>();
  for (const theme of [...builtIn, ...own]) byId.set(theme.id, theme);
  return { themes: [...byId.values()], byId };
}
