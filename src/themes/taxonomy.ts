import { z } from 'zod';
import { readDataFile } from '../workspace/data-file.js';
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
  return readDataFile(
    file,
    taxonomyFileSchema,
    'Check the themes file named in recover.yaml (`recover themes test` tries it).',
  ).themes;
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
