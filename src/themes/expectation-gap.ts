import type { Answers, Evidence } from '../audit/schema.js';
import { analyze } from './analyze.js';
import type { Tagger, ThemeHit } from './tagger.js';

const BROKEN_PROMISES = 'broken-promises';

/**
 * The Post Mortem Audit's first two questions side by side: a promise the client describes in
 * what they expected, and its shortfall in what actually happened, together make a broken
 * promise that neither answer shows alone. Each promise is read next to each sentence of what
 * happened, the way the tagger reads a promise and its outcome within one answer; it counts
 * only when the tagger cites both sentences, so a promise that was kept raises nothing.
 */
export function expectationGap(
  tagger: Tagger,
  answers: Answers,
): { hit: ThemeHit; evidence: Evidence[] } | undefined {
  const expected = answers.expected?.text ?? '';
  const happened = answers.happened?.text ?? '';
  if (!expected.trim() || !happened.trim()) return undefined;
  const promises = tagger.tag(expected, 'happened').find((h) => h.id === BROKEN_PROMISES)?.evidence ?? [];
  for (const promise of promises) {
    for (const sentence of analyze(happened).sentences) {
      const outcome = happened.slice(sentence.start, sentence.end).trim();
      const joined = `${promise.quote} ${outcome}`;
      const hit = tagger.tag(joined, 'happened').find((h) => h.id === BROKEN_PROMISES);
      const cited = hit?.evidence.find((e) => e.start > promise.quote.length);
      if (!hit || !cited) continue;
      const start = happened.indexOf(cited.quote);
      return {
        hit,
        evidence: [
          {
            answer: 'expected',
            quote: promise.quote,
            start: promise.start,
            end: promise.end,
            matched: promise.matched,
          },
          {
            answer: 'happened',
            quote: cited.quote,
            ...(start >= 0 ? { start, end: start + cited.quote.length } : {}),
            matched: 'what happened falls short of what was promised',
          },
        ],
      };
    }
  }
  return undefined;
}
