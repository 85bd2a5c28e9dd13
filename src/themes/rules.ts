import type { AnswerKey } from '../audit/answers.js';
import { UserError } from '../errors.js';
import type { Sentence, Token } from './analyze.js';
import { familiesOf } from './concepts.js';
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

/** A theme's threshold raised for an answer where it is unusual (never past 0.95). */
export function thresholdIn(threshold: number, theme: ThemeDefinition, answer?: AnswerKey): number {
  return Math.min(0.95, threshold + (answer ? MARGINS[answer][theme.kind] : 0));
}

/** What a client expected is not something that went well: no strength comes from that answer. */
export function allowedIn(theme: ThemeDefinition, answer?: AnswerKey): boolean {
  return !(answer === 'expected' && theme.kind === 'strength');
}

// Wishes, plans and conditions: "we would have liked", "if you could", "they should".
const WISHES = new Set([
  'expect',
  'hope',
  'want',
  'wish',
  'should',
  'would',
  'could',
  'need',
  'if',
  'will',
  'plan',
  'promise',
  'suppose',
  'like',
  'please',
]);

/** A sentence about what should be, or what was hoped for, rather than what happened. */
export function wishful(sentence: Sentence): boolean {
  return sentence.tokens.some((t) => WISHES.has(t.lemma) || t.word === "'d");
}

const WANTED = new Set(['like', 'love', 'prefer', 'appreciate', 'want']);

/**
 * A wish for what was missing: "we would have liked", "I'd like more notice", "we wish they had";
 * not a hope for the future ("we would love to work with them again").
 */
export function wished(sentence: Sentence): boolean {
  const tokens = sentence.tokens;
  return tokens.some((t, i) => {
    if (t.lemma === 'wish') return true;
    if (t.lemma !== 'would' && t.word !== "'d") return false;
    for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
      if (!WANTED.has((tokens[j] as Token).lemma)) continue;
      const past = tokens.slice(i + 1, j).some((n) => n.word === 'have');
      return past || tokens[j + 1]?.word !== 'to';
    }
    return false;
  });
}

// A turn for the worse inside praise: "solid until the last year", "good, except the invoices".
const TURNS = new Set([
  'but',
  'until',
  'except',
  'however',
  'although',
  'though',
  'apart',
  'only',
  'shame',
  'pity',
]);

/**
 * Outside what went well, a strength must be a plain statement, not a wish or a plan. In what went
 * well and in what they expected, a problem must show itself: its own phrase, or the story turning
 * ("solid until the last year", "we expected weekly reports but").
 */
export function fitsAnswer(
  theme: ThemeDefinition,
  answer: AnswerKey | undefined,
  sentence: Sentence,
  hits: PatternHit[],
  t: number,
): boolean {
  // "We would have liked regular updates" tells what was missing, whichever answer it is in.
  if (theme.kind === 'strength' && answer !== 'went_well' && wished(sentence)) return false;
  if (!answer) return true;
  if (theme.kind === 'strength') return answer === 'went_well' || !wishful(sentence);
  if (answer !== 'went_well' && answer !== 'expected') return true;
  return (
    hits.some((h) => h.theme === t && !h.negated && !h.topic) ||
    sentence.tokens.some((t) => TURNS.has(t.lemma))
  );
}

// Themes that say opposite things of the same subject: one sentence shows one of each pair.
const PAIRS: [string, string][] = [
  ['slow-response', 'responsive-team'],
  ['staffing-instability', 'consistent-team'],
  // "Our relationship manager didn't change once in seven years" keeps the same people too.
  ['relationship-owner-change', 'consistent-team'],
  ['poor-communication', 'clear-communication'],
  ['expertise-gap', 'skilled-people'],
  ['perceived-indifference', 'caring-people'],
  ['broken-promises', 'reliable-delivery'],
];

/** For each theme, the themes opposite it. */
export const OPPOSITES = new Map<string, string[]>();
for (const [a, b] of PAIRS) {
  OPPOSITES.set(a, [...(OPPOSITES.get(a) ?? []), b]);
  OPPOSITES.set(b, [...(OPPOSITES.get(b) ?? []), a]);
}

/**
 * A broken promise needs its promise: a shortfall alone ("we got one report all year") says
 * something was missing, not that it was promised. The promise may sit anywhere in the answer,
 * in words of selling, agreeing or committing, or quoted back ("'within the hour', they said").
 */
export const NEEDS_PROMISE = 'broken-promises';

// Beyond the classifier's PROMISE word family: words that set a term or an expectation.
const PROMISE_WORDS = new Set(
  (
    'vow bid contractual sow spec specification specify require include list sign expect tell say ' +
    'advertise offer estimate book schedule deadline target due plan undertake undertaking assume ' +
    'package rate card calendar suppose deal represent writing letter statement date going pay ' +
    'mention describe'
  ).split(' '),
);

export function promiseIn(sentences: Sentence[], text: string): boolean {
  return (
    /["“][^"”]{3,}["”]/.test(text) ||
    sentences.some((s) =>
      s.tokens.some(
        (t) =>
          PROMISE_WORDS.has(t.lemma) || t.word === "'ll" || (familiesOf(t.lemma) ?? []).includes('PROMISE'),
      ),
    )
  );
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
