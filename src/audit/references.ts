import type { Audit } from './schema.js';

export interface Reference {
  path: (string | number)[];
  message: string;
}

/**
 * Checks that need the workspace's taxonomy, not just the file: theme ids that exist, and
 * actions that point at themes. The schema alone cannot know a workspace's own themes.
 */
export function unknownReferences(audit: Audit, themeIds: ReadonlySet<string>): Reference[] {
  const found: Reference[] = [];
  const known = [...themeIds].join(', ');
  (audit.themes ?? []).forEach((theme, i) => {
    if (!themeIds.has(theme.id)) {
      found.push({
        path: ['themes', i, 'id'],
        message: `unknown theme "${theme.id}"; known themes: ${known}`,
      });
    }
  });
  (audit.actions ?? []).forEach((action, i) => {
    (action.themes ?? []).forEach((id, j) => {
      if (!themeIds.has(id))
        found.push({ path: ['actions', i, 'themes', j], message: `unknown theme "${id}"` });
    });
  });
  const seen = new Set<string>();
  (audit.actions ?? []).forEach((action, i) => {
    if (seen.has(action.id))
      found.push({ path: ['actions', i, 'id'], message: `action id ${action.id} is used twice` });
    seen.add(action.id);
  });
  return found;
}
