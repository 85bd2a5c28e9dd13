import { familiesOf } from './concepts.js';
import { languageModel } from './nlp.js';

/** One word of the text: its lemma, whether it sits in a negation's scope, and where it is. */
export interface Token {
  lemma: string;
  /** The word as written, lower-cased. */
  word: string;
  neg: boolean;
  /**
   * Part of a hedge ("I wouldn't say", "it's not that"): it still denies what follows, but the
   * words themselves say nothing ("wouldn't" here is not a refusal). Also praise undone by
   * excess ("too quick").
   */
  hedge?: boolean;
  /** A verb (not "to be" or another auxiliary), as the language model tags it. */
  verb?: boolean;
  start: number;
  end: number;
}

/** A sentence as character offsets into the analysed text, with its word tokens. */
export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

export interface Analysis {
  text: string;
  sentences: Sentence[];
}

// Words that open a negation; the language model flags a few more itself.
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nothing',
  'nobody',
  'none',
  'neither',
  'nor',
  'without',
  'hardly',
]);
// A negation's reach ends at these: "cost isn't what drove us away — the service did".
const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '-', '(', ')', '"', '“', '”']);
const CONTRAST = new Set([
  'but',
  'however',
  'although',
  'though',
  'whereas',
  'yet',
  'except',
  'instead',
  'rather',
  // A new clause of its own: "the carer hadn't shown, so the phone would ring and ring".
  'when',
  'because',
  'so',
  'until',
  'while',
  'since',
  'if',
  'unless',
  'then',
]);
const SUBJECTS = new Set([
  'i',
  'we',
  'you',
  'he',
  'she',
  'it',
  'they',
  'there',
  'nobody',
  'everyone',
  'someone',
]);
// "Turnover was never a concern", "price wasn't the reason": the negation reaches back to the subject.
const DISMISSALS = new Set([
  'concern',
  'issue',
  'problem',
  'reason',
  'factor',
  'what',
  'why',
  'complaint',
  'worry',
  'matter',
  'deal',
  'part',
  'driver',
  'trouble',
  'fault',
  'bearing',
  'effect',
  'impact',
  'role',
  'influence',
  'difference',
  'question',
  'complain',
  'complaint',
]);

const POSSESSIVE = /^([a-z][a-z-]*)(['’]s)$/;

/** Sentences, word lemmas and negation scope for a text; offsets index into `text`. */
export function analyze(text: string): Analysis {
  const nlp = languageModel();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  // The typings miss that lemma takes the model's addons; out() passes them.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as (string | null)[];
  const flags = tokens.out(its.negationFlag) as unknown as boolean[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const types = tokens.out(its.type) as string[];
  const tags = tokens.out(its.pos) as string[];
  const starts: number[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as string;
    cursor += (spaces[i] as string).length;
    if (!text.startsWith(value, cursor)) {
      const found = text.indexOf(value, cursor);
      if (found >= 0) cursor = found;
    }
    starts[i] = cursor;
    cursor += value.length;
  }
  const sentences: Sentence[] = [];
  for (const [first, last] of doc.sentences().out(its.span) as unknown as [number, number][]) {
    let current: Token[] = [];
    let breakNext = false;
    const flush = () => {
      if (current.length > 0) sentences.push(sentenceOf(current));
      current = [];
    };
    for (let i = first; i <= last; i++) {
      const type = types[i];
      const value = values[i] as string;
      const start = starts[i] as number;
      // A line break inside an answer separates thoughts even without a full stop.
      if (type === 'tabCRLF') {
        if (value.includes('\n')) breakNext = true;
        continue;
      }
      if (breakNext) {
        flush();
        breakNext = false;
      }
      const word = value.toLowerCase();
      // The language model has no lemma for a few words in some places ("... cannot."): keep the word.
      const lemma = type === 'word' ? (lemmas[i]?.toLowerCase() ?? word) : word;
      const neg = flags[i] === true;
      // The language model splits "week's" the first time it meets it and keeps it whole once it
      // has seen it; splitting it here reads a text the same whatever was read before.
      const possessive = POSSESSIVE.exec(word);
      if (possessive && type === 'word') {
        const base = possessive[1] as string;
        const baseLemma = lemma.endsWith(possessive[2] as string) ? lemma.slice(0, base.length) : base;
        current.push({ lemma: baseLemma, word: base, neg, start, end: start + base.length });
        current.push({ lemma: "'s", word: "'s", neg, start: start + base.length, end: start + value.length });
        continue;
      }
      current.push({
        lemma,
        word,
        neg,
        start,
        end: start + value.length,
        ...(tags[i] === 'VERB' ? { verb: true } : {}),
      });
    }
    flush();
  }
  for (const sentence of sentences) {
    markHedges(sentence.tokens);
    scopeNegation(sentence.tokens);
    readCounterfactual(sentence.tokens);
    readExcess(sentence.tokens);
  }
  sentences.forEach((sentence, i) => {
    const before = sentences[i - 1];
    if (before && deniesBefore(sentence.tokens, before.tokens))
      for (const token of before.tokens) token.neg = true;
  });
  return { text, sentences };
}

// Words by which a short reply points back at what was just said: "We never saw it."
const BACK = new Set(['it', 'that', 'this', 'those', 'any', 'once', 'case', 'true', 'happen', 'so']);
const FLAT_NO = new Set(['no', 'nope', 'nah', 'never']);
// Replies that deny on their own, whatever came before: "That was never the case."
const DENIALS = new Set(['case', 'true', 'happen']);

/**
 * A short reply that denies what the sentence before said or asked: "The turnover people talk
 * about? We never saw it." or "That never happened." Only a question before it or a reply that
 * dismisses in so many words counts: "They promised a report. We never saw it." is a complaint.
 */
function deniesBefore(tokens: Token[], before: Token[]): boolean {
  const words = tokens.filter((t) => /[a-z]/.test(t.word));
  const asked = before.at(-1)?.word === '?';
  // "The account director leaving? No, her replacement was better": a flat no answers the question.
  if (asked && FLAT_NO.has(words[0]?.word ?? '')) return true;
  if (words.length === 0 || words.length > 7 || !words.some((t) => isNegator(t.lemma))) return false;
  if (!words.some((t) => BACK.has(t.lemma))) return false;
  return asked || words.some((t) => DENIALS.has(t.lemma));
}

function sentenceOf(tokens: Token[]): Sentence {
  return { start: (tokens[0] as Token).start, end: (tokens.at(-1) as Token).end, tokens };
}

function isBreak(lemma: string, next?: Token): boolean {
  if (CLAUSE_BREAKS.has(lemma) || CONTRAST.has(lemma)) return true;
  // "...hadn't shown and it would ring": a coordinated clause with its own subject.
  return (lemma === 'and' || lemma === 'or') && next !== undefined && SUBJECTS.has(next.lemma);
}

/**
 * Narrows the model's negation flags to the clause they start in (its own scope runs on past
 * dashes), adds the negators it misses, and reaches back to the subject of dismissals
 * ("X was never an issue").
 */
function scopeNegation(tokens: Token[]): void {
  const flagged = tokens.map((t) => t.neg);
  let open = false;
  let clauseStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    token.neg = false;
    if (isBreak(token.lemma, tokens[i + 1])) {
      open = false;
      clauseStart = i + 1;
      continue;
    }
    if (isNegator(token.lemma)) {
      open = true;
      if (dismissesSubject(tokens, i) || deniesSubject(tokens, i, clauseStart))
        for (let j = clauseStart; j < i; j++) (tokens[j] as Token).neg = true;
      continue;
    }
    // The model opened a negation inside this clause (a negator this module does not list).
    if (flagged[i] && i > clauseStart && !flagged[i - 1]) open = true;
    token.neg = open;
  }
}

export function isNegator(lemma: string): boolean {
  return NEGATORS.has(lemma);
}

/**
 * "The invoices were never wrong": a negated "to be" denies what the clause says of its subject.
 * Not when a verb follows: "the incident forms were never filled in" says what was not done.
 */
function deniesSubject(tokens: Token[], at: number, clauseStart: number): boolean {
  if (tokens[at + 1]?.verb) return false;
  for (let j = at - 1; j >= Math.max(clauseStart, at - 2); j--)
    if ((tokens[j] as Token).lemma === 'be') return true;
  return false;
}

function dismissesSubject(tokens: Token[], at: number): boolean {
  for (let j = at + 1; j < Math.min(tokens.length, at + 5); j++) {
    const lemma = (tokens[j] as Token).lemma;
    if (isBreak(lemma)) return false;
    if (DISMISSALS.has(lemma)) return true;
  }
  return false;
}

// Verbs of saying and judging: "I wouldn't say they were slow" denies "slow", it refuses nothing.
const SAYING = new Set([
  'say',
  'call',
  'describe',
  'claim',
  'suggest',
  'think',
  'pretend',
  'go',
  'argue',
  'blame',
]);
const MODALS = new Set(['would', 'could', "'d", 'wouldn', 'can', 'will', 'do']);

/**
 * Hedged denials: "I wouldn't say they were slow", "it's not that the reports were wrong". The
 * clause they deny is neither the complaint it names nor its opposite, so the hedge and its
 * clause say nothing; what follows a contrast ("..., but the invoices were a mess") still counts.
 */
function markHedges(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!isNegator((tokens[i] as Token).lemma)) continue;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    const opener = tokens[i - 2];
    // "Nobody could say they were untrained", "no one would call them slow": the same hedge, with
    // the negation in the subject.
    const lemma = (tokens[i] as Token).lemma;
    const noOne = lemma === 'no' && after?.lemma === 'one';
    const verbAt = noOne ? i + 2 : i + 1;
    const nobodySays =
      (lemma === 'nobody' || lemma === 'none' || noOne) &&
      MODALS.has(tokens[verbAt]?.lemma ?? '') &&
      SAYING.has(tokens[verbAt + 1]?.lemma ?? '');
    const saying = (before && after && MODALS.has(before.lemma) && SAYING.has(after.lemma)) || nobodySays;
    // "It's not that...": only where the clause opens the sentence or follows a break.
    const notThat =
      before?.lemma === 'be' &&
      opener?.lemma === 'it' &&
      (i === 2 || isBreak((tokens[i - 3] as Token).lemma)) &&
      (after?.lemma === 'that' || after?.lemma === 'like');
    if (!saying && !notThat) continue;
    for (let j = notThat ? i - 2 : nobodySays ? i : i - 1; j < tokens.length; j++) {
      const token = tokens[j] as Token;
      if (j > i + 1 && isBreak(token.lemma, tokens[j + 1])) break;
      token.hedge = true;
    }
  }
}

/**
 * A counterfactual says what did not happen: "we'd have paid more" (they did not), "we would
 * have stayed if they had kept the team" (they did not keep it). Both clauses read as denied;
 * a negation inside one turns it back ("if they hadn't changed the team": they changed it).
 */
function readCounterfactual(tokens: Token[]): void {
  const main = counterfactualAt(tokens);
  if (main < 0) return;
  const flip = new Set<number>();
  clauseFrom(tokens, main, flip);
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i] as Token).lemma !== 'if') continue;
    const had = tokens.findIndex((t, j) => j > i && j <= i + 8 && t.word === 'had');
    // "if they had kept": a past perfect, not "if we had a problem" (then had is the verb).
    const next = tokens[had + 1];
    const participle = tokens[had + 2];
    if (
      had > 0 &&
      next &&
      (isParticiple(next) || (isNegator(next.lemma) && participle && isParticiple(participle)))
    )
      clauseFrom(tokens, i + 1, flip);
  }
  for (const j of flip) {
    const token = tokens[j] as Token;
    if (!isNegator(token.lemma)) token.neg = !token.neg;
  }
}

function isParticiple(token: Token): boolean {
  return token.word !== token.lemma && !token.word.endsWith('s');
}

const WISHED = new Set([
  'like',
  'love',
  'prefer',
  'appreciate',
  'want',
  'nice',
  'good',
  'helpful',
  'useful',
  'great',
]);

/** Where "would have", "'d have", "could have" or "might have" starts; -1 when the sentence has none. */
function counterfactualAt(tokens: Token[]): number {
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    if (!(t.lemma === 'would' || t.word === "'d" || t.lemma === 'could' || t.lemma === 'might')) continue;
    for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
      const next = tokens[j] as Token;
      const after = tokens[j + 1];
      // "would have paid", "'d have been"; not "would have it fixed", nor a wish ("would have
      // liked more updates", "would have been nice"), which says what was missing.
      if (next.word === 'have' && after && (after.word === 'been' || isParticiple(after)))
        return WISHED.has(after.lemma) || WISHED.has((tokens[j + 2] as Token | undefined)?.lemma ?? '')
          ? -1
          : i;
      if (!(isNegator(next.lemma) || /ly$/.test(next.word) || next.lemma === 'definitely')) break;
    }
  }
  return -1;
}

/** The tokens of the clause that starts at `from`, added to `into`. */
function clauseFrom(tokens: Token[], from: number, into: Set<number>): void {
  for (let j = from; j < tokens.length; j++) {
    if (isBreak((tokens[j] as Token).lemma, tokens[j + 1])) return;
    into.add(j);
  }
}

// Praise words that turn into complaints after "too": "too quick to close tickets", "too friendly".
const PRAISING = new Set(['FAST', 'PRAISE', 'KIND', 'RELIABLE', 'SKILLED', 'FLEX']);

/**
 * "Too quick to close tickets" is no praise of speed, nor a complaint of slowness: the praise
 * word says nothing.
 */
function readExcess(tokens: Token[]): void {
  for (let i = 0; i < tokens.length - 1; i++) {
    if ((tokens[i] as Token).word !== 'too') continue;
    const next = tokens[i + 1] as Token;
    if ((familiesOf(next.lemma) ?? familiesOf(next.word) ?? []).some((f) => PRAISING.has(f)))
      next.hedge = true;
  }
}
