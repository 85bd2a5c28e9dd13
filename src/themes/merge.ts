import type { AuditTheme } from '../audit/schema.js';

export interface MergeResult {
  themes: AuditTheme[];
  /** Ids newly suggested. */
  added: string[];
  /** Ids of earlier suggestions the tagger no longer makes. */
  removed: string[];
  /** Ids that stay: manual themes, confirmed or rejected decisions, suggestions made again. */
  kept: string[];
}

/**
 * Folds a fresh set of suggestions into an audit's themes. What people decided stays as they
 * left it: manual themes and anything confirmed or rejected are never touched, and a rejected
 * theme is not suggested again. Only undecided suggestions are refreshed, added or dropped.
 */
export function mergeThemes(existing: AuditTheme[] | undefined, suggested: AuditTheme[]): MergeResult {
  const fresh = new Map(suggested.map((t) => [t.id, t]));
  const decided = new Set(
    (existing ?? []).filter((t) => t.source === 'manual' || t.status !== 'suggested').map((t) => t.id),
  );
  const themes: AuditTheme[] = [];
  const kept: string[] = [];
  const removed: string[] = [];
  const placed = new Set<string>();
  for (const theme of existing ?? []) {
    if (placed.has(theme.id) && theme.source === 'auto' && theme.status === 'suggested') continue;
    if (theme.source === 'manual' || theme.status !== 'suggested') {
      themes.push(theme);
      kept.push(theme.id);
    } else if (decided.has(theme.id)) {
      continue;
    } else if (fresh.has(theme.id)) {
      themes.push(fresh.get(theme.id) as AuditTheme);
      kept.push(theme.id);
    } else {
      removed.push(theme.id);
      continue;
    }
    placed.add(theme.id);
  }
  const added: string[] = [];
  for (const theme of suggested) {
    if (placed.has(theme.id) || decided.has(theme.id)) continue;
    themes.push(theme);
    added.push(theme.id);
    placed.add(theme.id);
  }
  return { themes, added, removed: [...new Set(removed)], kept: [...new Set(kept)] };
}
