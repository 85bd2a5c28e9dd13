import { isNegator, type Token } from './analyze.js';

/**
 * Phrase patterns over words, written in the taxonomy. A pattern is words separated by spaces:
 * - a word matches that lemma or that exact word ("change" matches changed, changing);
 * - `a|b` matches either; `word*` matches words starting with "word";
 * - `_` matches any one word; `..` skips up to four words within the sentence;
 * - `not` matches any negation (not, n't, never, no, nothing, without...).
 * A pattern that does not itself say `not` does not count when the words it matched are negated
 * ("turnover was never a concern").
 */

type Step =
  | { kind: 'words'; words: Set<string>; prefixes: string[] }
  | { kind: 'any' }
  | { kind: 'gap' }
  | { kind: 'not' };

export interface CompiledPattern {
  theme: number;
  source: string;
  steps: Step[];
  /** True when the pattern spells out its own negation, so a negated match is what it means. */
  negative: boolean;
  /** A word naming the theme's subject: it counts only where it is denied. */
  topic: boolean;
}

export interface PatternHit {
  theme: number;
  pattern: string;
  negated: boolean;
  topic: boolean;
  first: number;
  last: number;
}

export interface PatternIndex {
  byWord: Map<string, CompiledPattern[]>;
  /** Patterns that start with `not`. */
  byNegator: CompiledPattern[];
  /** Patterns whose first step is a word prefix ("understaff*"), by the prefix's first letters. */
  byPrefix: Map<string, CompiledPattern[]>;
  /** Patterns whose first step is not a plain word; tried at every position. */
  always: CompiledPattern[];
}

const GAP = 4;
const PREFIX = 3;

export class PatternError extends Error {}

export function compilePattern(source: string, theme: number, topic = false): CompiledPattern {
  const parts = source.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (parts.length === 0) throw new PatternError('is empty');
  const steps: Step[] = parts.map((part) => {
    if (part === '_') return { kind: 'any' };
    if (part === '..') return { kind: 'gap' };
    if (part === 'not') return { kind: 'not' };
    const words = new Set<string>();
    const prefixes: string[] = [];
    for (const alt of part.split('|')) {
      if (!alt || alt === '*') throw new PatternError(`has an empty alternative in "${part}"`);
      if (alt.endsWith('*')) prefixes.push(alt.slice(0, -1));
      else words.add(alt);
    }
    return { kind: 'words', words, prefixes };
  });
  if (steps[0]?.kind === 'gap' || steps.at(-1)?.kind === 'gap')
    throw new PatternError('cannot start or end with ..');
  // "nobody|no one .. answer" says its own negation just as `not` does.
  const negative = steps.some(
    (s) => s.kind === 'not' || (s.kind === 'words' && [...s.words].some(isNegator)),
  );
  return { theme, source, steps, negative, topic };
}

export function indexPatterns(patterns: CompiledPattern[]): PatternIndex {
  const byWord = new Map<string, CompiledPattern[]>();
  const byNegator: CompiledPattern[] = [];
  const byPrefix = new Map<string, CompiledPattern[]>();
  const always: CompiledPattern[] = [];
  for (const pattern of patterns) {
    const first = pattern.steps[0] as Step;
    if (first.kind === 'words' && first.prefixes.every((p) => p.length >= PREFIX)) {
      for (const word of first.words) byWord.set(word, [...(byWord.get(word) ?? []), pattern]);
      for (const prefix of new Set(first.prefixes.map((p) => p.slice(0, PREFIX))))
        byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), pattern]);
    } else if (first.kind === 'not') byNegator.push(pattern);
    else always.push(pattern);
  }
  return { byWord, byNegator, byPrefix, always };
}

function stepMatches(step: Step, token: Token): boolean {
  switch (step.kind) {
    case 'any':
      return true;
    case 'not':
      return isNegator(token.lemma);
    case 'words':
      if (step.words.has(token.lemma) || step.words.has(token.word)) return true;
      return step.prefixes.some((p) => token.word.startsWith(p));
    default:
      return false;
  }
}

/** Where the steps from `s` match starting at token `i`; returns the last token index or -1. */
function matchFrom(steps: Step[], s: number, tokens: Token[], i: number): number {
  if (s === steps.length) return i - 1;
  const step = steps[s] as Step;
  if (step.kind === 'gap') {
    for (let skip = 0; skip <= GAP && i + skip < tokens.length; skip++) {
      const end = matchFrom(steps, s + 1, tokens, i + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  const token = tokens[i];
  if (!token || !stepMatches(step, token)) return -1;
  return matchFrom(steps, s + 1, tokens, i + 1);
}

export function matchPatterns(index: PatternIndex, tokens: Token[]): PatternHit[] {
  const hits: PatternHit[] = [];
  const tryPattern = (pattern: CompiledPattern, i: number) => {
    const last = matchFrom(pattern.steps, 0, tokens, i);
    if (last < 0) return;
    let negated = false;
    for (let j = i; j <= last; j++) {
      const token = tokens[j] as Token;
      // A hedged clause ("nobody could say they weren't trained") denies whatever it names.
      if (token.hedge || (token.neg && !pattern.negative)) negated = true;
    }
    if (pattern.topic && !negated) return;
    hits.push({
      theme: pattern.theme,
      pattern: pattern.source,
      negated,
      topic: pattern.topic,
      first: i,
      last,
    });
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const byLemma = index.byWord.get(token.lemma);
    if (byLemma) for (const p of byLemma) tryPattern(p, i);
    if (token.word !== token.lemma) {
      const byWord = index.byWord.get(token.word);
      if (byWord) for (const p of byWord) if (!byLemma?.includes(p)) tryPattern(p, i);
    }
    if (isNegator(token.lemma)) for (const p of index.byNegator) tryPattern(p, i);
    const byPrefix =
      token.word.length >= PREFIX ? index.byPrefix.get(token.word.slice(0, PREFIX)) : undefined;
    if (byPrefix) for (const p of byPrefix) if (!byLemma?.includes(p)) tryPattern(p, i);
    for (const p of index.always) tryPattern(p, i);
  }
  return hits;
}
