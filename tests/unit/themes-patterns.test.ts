import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/themes/analyze.js';
import { compilePattern, indexPatterns, matchPatterns, PatternError } from '../../src/themes/patterns.js';

function match(pattern: string, text: string) {
  const index = indexPatterns([compilePattern(pattern, 0)]);
  return analyze(text).sentences.flatMap((s) => matchPatterns(index, s.tokens));
}

describe('phrase patterns', () => {
  it('match any form of a word, alternatives, prefixes and gaps', () => {
    expect(match('keep change|rotate', 'The staff kept changing.')).toHaveLength(1);
    expect(match('understaff*', 'They were understaffed at night.')).toHaveLength(1);
    expect(match('wait .. for', 'We waited two whole weeks for a fix.')).toHaveLength(1);
    expect(match('wait .. for', 'We waited. Then, for a while, nothing.')).toHaveLength(0);
  });

  it('mark a match in a negated clause, unless the pattern says `not` itself', () => {
    const [denied] = match('turnover', 'Turnover was never a concern.');
    expect(denied?.negated).toBe(true);
    const [plain] = match('turnover', 'Turnover was high.');
    expect(plain?.negated).toBe(false);
    const [meant] = match('not care', "They didn't care.");
    expect(meant?.negated).toBe(false);
    expect(match('not care', 'They cared a lot.')).toHaveLength(0);
  });

  it('treat a hedged clause as a denial, even of a pattern that says `not` itself', () => {
    const [hedged] = match('not train', "Nobody could say their guards weren't trained.");
    expect(hedged?.negated).toBe(true);
  });

  it('end a negation at a contrast', () => {
    const [hit] = match('service', "Cost isn't what drove us away — the service did.");
    expect(hit?.negated).toBe(false);
  });

  it('reject patterns that cannot work', () => {
    expect(() => compilePattern('', 0)).toThrow(PatternError);
    expect(() => compilePattern('.. late', 0)).toThrow(PatternError);
    expect(() => compilePattern('late|', 0)).toThrow(PatternError);
  });
});
