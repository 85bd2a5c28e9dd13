import type { Taxonomy } from '../themes/taxonomy.js';

export interface ThemeInfo {
  id: string;
  label: string;
  kind: 'problem' | 'strength';
  /** False when the id is not in the taxonomy: shown by its id, counted as a problem. */
  known: boolean;
}

export function themeInfo(taxonomy: Taxonomy, id: string): ThemeInfo {
  const def = taxonomy.byId.get(id);
  return def
    ? { id, label: def.label, kind: def.kind, known: true }
    : { id, label: id, kind: 'problem', known: false };
}
