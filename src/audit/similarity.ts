import { activeThemeIds } from './follow-through.js';
import type { Audit } from './schema.js';

/**
 * Which other clients lost for the same reasons. Only confirmed themes count on both sides: a
 * suggestion nobody has checked is not enough to say two clients share a problem.
 */

export interface SimilarAudit {
  audit: Audit;
  /** Confirmed themes both audits have, in the target's order. */
  shared: string[];
  /** Jaccard similarity of the two sets of confirmed themes, from 0 to 1. */
  score: number;
}

export interface SimilarOptions {
  /** Which themes count, e.g. problems only, leaving out strengths the clients praised. */
  counts?: (themeId: string) => boolean;
}

export function confirmedThemes(audit: Audit, { counts = () => true }: SimilarOptions = {}): string[] {
  return activeThemeIds(audit, { confirmedOnly: true }).filter(counts);
}

export function similarAudits(
  target: Audit,
  audits: readonly Audit[],
  options: SimilarOptions = {},
): SimilarAudit[] {
  const mine = confirmedThemes(target, options);
  const mineSet = new Set(mine);
  if (mineSet.size === 0) return [];
  return audits
    .filter((other) => other.id !== target.id)
    .map((audit) => {
      const theirs = new Set(confirmedThemes(audit, options));
      const shared = mine.filter((id) => theirs.has(id));
      const union = new Set([...mineSet, ...theirs]).size;
      return { audit, shared, score: union ? shared.length / union : 0 };
    })
    .filter((s) => s.shared.length > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.shared.length - a.shared.length ||
        // Ties go to the most recent loss: the problem is more likely still there.
        b.audit.client.ended_on.localeCompare(a.audit.client.ended_on) ||
        a.audit.id.localeCompare(b.audit.id),
    );
}
