import type { AnswerKey } from '../audit/answers.js';
import { UserError } from '../errors.js';
import { type CompiledPattern, compilePattern, PatternError, type PatternHit } from './patterns.js';
import type { ThemeDefinition } from './taxonomy.js';

/** What went well rarely shows problems, and the other answers rarely strengths. */
export const OFF_ANSWER_MARGIN = 0.1;

/** How much higher a theme's threshold is in an answer where that kind of theme is unusual. */
export function offAnswer(theme: ThemeDefinition, answer?: AnswerKey): number {
  if (!answer) return 0;
  if (answer === 'went_well') return theme.kind === 'problem' ? OFF_ANSWER_MARGIN : 0;
  return theme.kind === 'strength' ? OFF_ANSWER_MARGIN : 0;
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
