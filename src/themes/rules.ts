import type { AnswerKey } from '../audit/answers.js';
import { UserError } from '../errors.js';
import { type CompiledPattern, compilePattern, PatternError, type PatternHit } from './patterns.js';
import type { ThemeDefinition } from './taxonomy.js';

/**
 * How much higher a theme's threshold is in an answer where that kind of theme is unusual: what
 * went well rarely shows problems and the other answers rarely strengths; what they expected and
 * what should happen next speak of wishes and plans more than of what happened.
 */
const MARGINS: Record<AnswerKey, { problem: number; strength: number }> = {
  expected: { problem: 0.15, strength: 0.3 },
  happened: { problem: 0, strength: 0.1 },
  went_well: { problem: 0.1, strength: 0 },
  improve: { problem: 0, strength: 0.3 },
  next_steps: { problem: 0.15, strength: 0.3 },
};

export function offAnswer(theme: ThemeDefinition, answer?: AnswerKey): number {
  return answer ? MARGINS[answer][theme.kind] : 0;
}

/** The sentence names the theme only to deny it ("turnover was never a concern"). */
export function deniedIn(hits: PatternHit[], t: number): boolean {
  let denied = false;
  for (const hit of hits) {
    if (hit.theme !== t) continue;
    if (!hit.negated) return false;
    denied = true;
  }
  return denied;
}

/** Every theme's patterns and topic words, compiled; a broken pattern names its theme. */
export function compileTaxonomy(themes: ThemeDefinition[]): CompiledPattern[] {
  return themes.flatMap((theme, t) =>
    [
      ...theme.patterns.map((p) => ({ source: p, topic: false })),
      ...theme.topics.map((p) => ({ source: p, topic: true })),
    ].map(({ source, topic }) => {
      try {
        return compilePattern(source, t, topic);
      } catch (error) {
        if (error instanceof PatternError)
          throw new UserError(
            `Theme ${theme.id}: the pattern "${source}" ${error.message}`,
            1,
            'Fix the themes file and try again.',
          );
        throw error;
      }
    }),
  );
}
