import { taggerFor } from './tagger.js';
import type { Taxonomy } from './taxonomy.js';

export interface ExampleResult {
  theme: string;
  text: string;
  /** True for a `match` example, false for `no_match`. */
  expected: boolean;
  passed: boolean;
  /** Every theme the tagger found in the example. */
  found: string[];
}

/** Runs each theme's `match` and `no_match` examples through the tagger for that taxonomy. */
export function checkExamples(taxonomy: Taxonomy): { results: ExampleResult[]; failures: ExampleResult[] } {
  const tagger = taggerFor(taxonomy);
  const results: ExampleResult[] = [];
  for (const theme of taxonomy.themes) {
    const cases = [
      ...theme.examples.match.map((text) => ({ text, expected: true })),
      ...theme.examples.no_match.map((text) => ({ text, expected: false })),
    ];
    for (const { text, expected } of cases) {
      const found = tagger.tag(text).map((h) => h.id);
      results.push({ theme: theme.id, text, expected, passed: found.includes(theme.id) === expected, found });
    }
  }
  return { results, failures: results.filter((r) => !r.passed) };
}
