import type { Example } from './corpus.js';
import type { LabelledText } from './evaluation.js';

/**
 * The evaluation texts must stay unseen: a corpus line that shares half its words with one
 * (Jaccard over distinct words) is a rewording of it, and would make the scores lie.
 */
const TOO_CLOSE = 0.5;

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[a-z']+/g) ?? []);
}

function similarity(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Corpus lines too close to an evaluation text: the text's id and the line's source (file:line). */
export function closeToFixtures(
  corpus: Example[],
  fixtures: LabelledText[],
): { fixture: string; source: string }[] {
  const lines = corpus.map((e) => ({ source: e.source, words: words(e.text) }));
  return fixtures.flatMap((f) => {
    const own = words(f.text);
    return lines
      .filter((line) => similarity(own, line.words) >= TOO_CLOSE)
      .map((line) => ({ fixture: f.id, source: line.source }));
  });
}
