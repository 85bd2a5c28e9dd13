import type { AnswerKey } from '../audit/answers.js';
import { analyze, type Sentence } from './analyze.js';
import { answerFeatures } from './features.js';
import { calibrated, type LinearModel, logit, readModel, type Support, sigmoid } from './model.js';
import { indexPatterns, matchPatterns, type PatternHit, type PatternIndex } from './patterns.js';
import {
  allowedIn,
  compileTaxonomy,
  deniedIn,
  fitsAnswer,
  NEEDS_PROMISE,
  OPPOSITES,
  promiseIn,
  thresholdIn,
} from './rules.js';
import { loadTaxonomy, type Taxonomy, type ThemeDefinition } from './taxonomy.js';

export interface HitEvidence {
  /** The sentence that shows the theme, exactly as written. */
  quote: string;
  /** Character offsets of the quote in the text that was tagged. */
  start: number;
  end: number;
  /** Why it was picked, in words a reader can check. */
  matched: string;
}

export interface ThemeHit {
  id: string;
  /**
   * The chance a careful reader would agree, as measured on writers the model did not learn from
   * (see `Calibration`): it ranks suggestions, and the caps on suggestions per answer and per
   * audit keep the highest.
   */
  confidence: number;
  evidence: HitEvidence[];
}

export interface TagOptions {
  answer?: AnswerKey;
  taxonomy?: Taxonomy;
}

/** Confidence of a theme found by its patterns alone (a workspace theme the model does not know). */
const PATTERN_ONLY_CONFIDENCE = 0.6;
/**
 * A suggestion a careful reader would more likely reject than accept is not made. Measured by
 * `cross-validate.js --by-writer`: dropping them lifts micro-F1 on writers the model never read.
 */
const MIN_CONFIDENCE = 0.5;
const MAX_EVIDENCE = 3;
/** How far (in sentences) a story's supporting sentences may be from its main one. */
const CONTEXT = 3;
/** A neighbour joins the evidence when the model gives it better than even odds in its context. */
const NEIGHBOUR = 0.5;
/** An answer of this many sentences or more is long. */
const LONG = 3;
/** How far above its threshold a lone, pattern-less sentence in a long answer must score. */
const LONG_MARGIN = 0.1;

export class Tagger {
  readonly themes: ThemeDefinition[];
  private readonly index: PatternIndex;
  private readonly ids: string[];
  /** For each taxonomy theme, its index in the model, or -1 when the model does not know it. */
  private readonly modelIndex: number[];
  /** For each taxonomy theme, the taxonomy indexes of its opposite themes. */
  private readonly opposites: number[][];

  constructor(
    taxonomy: Taxonomy,
    private readonly model: LinearModel,
  ) {
    this.themes = taxonomy.themes;
    this.ids = this.themes.map((t) => t.id);
    this.index = indexPatterns(compileTaxonomy(this.themes));
    this.modelIndex = this.themes.map((t) => model.index.get(t.id) ?? -1);
    this.opposites = this.themes.map((t) =>
      (OPPOSITES.get(t.id) ?? []).map((id) => this.ids.indexOf(id)).filter((o) => o >= 0),
    );
  }

  tag(text: string, answer?: AnswerKey): ThemeHit[] {
    return this.tagWithSupport(text, answer).map(({ hit }) => hit);
  }

  /** The hits with what each rests on (no `support` for themes only the patterns know). */
  tagWithSupport(text: string, answer?: AnswerKey): { hit: ThemeHit; support?: Support }[] {
    const { sentences } = analyze(text);
    if (sentences.length === 0) return [];
    const hits = sentences.map((s) => matchPatterns(this.index, s.tokens));
    const features = answerFeatures(sentences, hits, this.ids, answer);
    const scores = features.map((f) => this.model.score(f));
    const found: { hit: ThemeHit; support?: Support }[] = [];
    this.themes.forEach((theme, t) => {
      if (!allowedIn(theme, answer)) return;
      const m = this.modelIndex[t] as number;
      const hit =
        m >= 0
          ? this.fromModel(text, theme, t, m, sentences, hits, features, scores, answer)
          : this.fromPatterns(text, t, sentences, hits);
      if (hit) found.push('hit' in hit ? hit : { hit });
    });
    // Confidence depends on the other themes of the answer: rank them by margin, then calibrate.
    for (const entry of found) {
      const own = entry.support;
      if (!own) continue;
      own.rank = found.filter((o) => o.support && o.support.margin > own.margin).length;
      entry.hit.confidence = round(calibrated(this.model.calibration, own));
    }
    return found
      .filter(({ hit }) => hit.confidence >= MIN_CONFIDENCE)
      .sort((a, b) => b.hit.confidence - a.hit.confidence || a.hit.id.localeCompare(b.hit.id));
  }

  private fromModel(
    text: string,
    theme: ThemeDefinition,
    t: number,
    m: number,
    sentences: Sentence[],
    hits: PatternHit[][],
    features: string[][],
    scores: Float64Array[],
    answer?: AnswerKey,
  ): { hit: ThemeHit; support: Support } | undefined {
    if (theme.id === NEEDS_PROMISE && !promiseIn(sentences, text)) return undefined;
    const threshold = thresholdIn(this.model.thresholds[m] as number, theme, answer);
    const passing: { i: number; p: number }[] = [];
    const rivals = this.rivalsOf(t, answer);
    scores.forEach((score, i) => {
      const p = sigmoid(score[m] as number);
      const own = hits[i] ?? [];
      if (p < threshold || deniedIn(own, t) || !fitsAnswer(theme, answer, sentences[i] as Sentence, own, t))
        return;
      // "Quick to pick up the phone" is not also a slow response: the clearer of two opposites wins,
      // unless the sentence denies the other ("our account manager never changed").
      const clearness = margin(score[m] as number, threshold);
      if (rivals.some((r) => !deniedIn(own, r.t) && margin(score[r.m] as number, r.threshold) > clearness))
        return;
      passing.push({ i, p });
    });
    if (passing.length === 0) return undefined;
    passing.sort((a, b) => b.p - a.p || a.i - b.i);
    const best = (passing[0] as { p: number }).p;
    // In a long answer one sentence the model only leans on, with no phrase of the theme's own,
    // is weak evidence: it needs a clearer score.
    if (
      sentences.length >= LONG &&
      passing.length === 1 &&
      best < Math.min(0.97, threshold + LONG_MARGIN) &&
      !(hits[(passing[0] as { i: number }).i] ?? []).some((h) => h.theme === t && !h.negated && !h.topic)
    )
      return undefined;
    const chosen = passing.slice(0, MAX_EVIDENCE);
    // A story spread over sentences ("they promised weekly reports ... we got two") shows in its
    // neighbours too: add the nearby sentences that lean the same way.
    const near = new Set(chosen.map((c) => c.i));
    scores.forEach((score, i) => {
      if (near.has(i) || chosen.length >= MAX_EVIDENCE || deniedIn(hits[i] ?? [], t)) return;
      const p = sigmoid(score[m] as number);
      if (p >= NEIGHBOUR && chosen.some((c) => Math.abs(c.i - i) <= CONTEXT)) chosen.push({ i, p });
    });
    const support: Support = {
      margin: logit(Math.min(best, 1 - 1e-9)) - logit(threshold),
      pattern: passing.some(({ i }) => (hits[i] ?? []).some((h) => h.theme === t && !h.negated && !h.topic)),
      sentences: passing.length,
      length: sentences.length,
      rank: 0,
    };
    const hit: ThemeHit = {
      id: theme.id,
      confidence: round(calibrated(this.model.calibration, support)),
      evidence: chosen
        .sort((a, b) => a.i - b.i)
        .map(({ i }) => {
          const sentence = sentences[i] as Sentence;
          return evidenceOf(
            text,
            sentence,
            this.reason(text, sentence, t, m, hits[i] ?? [], features[i] ?? []),
          );
        }),
    };
    return { hit, support };
  }

  /** The theme index, model index and threshold of each of a theme's opposites the model knows. */
  private rivalsOf(t: number, answer?: AnswerKey): { t: number; m: number; threshold: number }[] {
    return (this.opposites[t] as number[]).flatMap((o) => {
      const m = this.modelIndex[o] as number;
      if (m < 0) return [];
      const theme = this.themes[o] as ThemeDefinition;
      return [{ t: o, m, threshold: thresholdIn(this.model.thresholds[m] as number, theme, answer) }];
    });
  }

  private fromPatterns(
    text: string,
    t: number,
    sentences: Sentence[],
    hits: PatternHit[][],
  ): ThemeHit | undefined {
    const evidence: HitEvidence[] = [];
    hits.forEach((list, i) => {
      const hit = list.find((h) => h.theme === t && !h.negated && !h.topic);
      if (hit && evidence.length < MAX_EVIDENCE) {
        const sentence = sentences[i] as Sentence;
        evidence.push(evidenceOf(text, sentence, matchedWords(text, sentence, hit)));
      }
    });
    if (evidence.length === 0) return undefined;
    return {
      id: this.ids[t] as string,
      confidence: round(Math.min(0.9, PATTERN_ONLY_CONFIDENCE + 0.1 * (evidence.length - 1))),
      evidence,
    };
  }

  /** A pattern when one matched, otherwise the words that weighed most for the theme. */
  private reason(
    text: string,
    sentence: Sentence,
    t: number,
    m: number,
    hits: PatternHit[],
    features: string[],
  ): string {
    const hit = hits.find((h) => h.theme === t && !h.negated && !h.topic);
    if (hit) return matchedWords(text, sentence, hit);
    const cues = features
      .map((f) => ({ f, w: this.model.weight(f, m) }))
      .filter(({ f, w }) => w > 0 && readable(f) !== undefined)
      .sort((a, b) => b.w - a.w || (a.f < b.f ? -1 : 1))
      .slice(0, 3)
      .map(({ f }) => readable(f));
    return cues.length ? `words: ${cues.join(', ')}` : 'the sentence as a whole';
  }
}

/** How far a raw score clears a threshold, in log-odds. */
function margin(score: number, threshold: number): number {
  return score - logit(threshold);
}

function readable(feature: string): string | undefined {
  const [kind, rest = ''] = [feature.slice(0, feature.indexOf(':')), feature.slice(feature.indexOf(':') + 1)];
  const words = rest.replace(/^~/, 'not ').replace(/_/g, ' ');
  if (kind === 'w' || kind === 'b') return words;
  if (kind === 'c') return `${words} (nearby)`;
  return undefined;
}

/** The words a pattern matched, as written: `pattern "kept changing"`. */
function matchedWords(text: string, sentence: Sentence, hit: PatternHit): string {
  const first = sentence.tokens[hit.first];
  const last = sentence.tokens[hit.last];
  return first && last ? `pattern "${text.slice(first.start, last.end)}"` : `pattern "${hit.pattern}"`;
}

function evidenceOf(text: string, sentence: Sentence, matched: string): HitEvidence {
  return {
    quote: text.slice(sentence.start, sentence.end),
    start: sentence.start,
    end: sentence.end,
    matched,
  };
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}

const taggers = new WeakMap<Taxonomy, Tagger>();
let builtInTaxonomy: Taxonomy | undefined;

/** A tagger for a taxonomy (the built-in one by default), built once and reused. */
export function taggerFor(taxonomy?: Taxonomy): Tagger {
  builtInTaxonomy ??= loadTaxonomy();
  const key = taxonomy ?? builtInTaxonomy;
  let tagger = taggers.get(key);
  if (!tagger) {
    tagger = new Tagger(key, readModel());
    taggers.set(key, tagger);
  }
  return tagger;
}

/** The themes a text shows, each with the sentences that show it; only those worth suggesting. */
export function tagText(text: string, options: TagOptions = {}): ThemeHit[] {
  return taggerFor(options.taxonomy).tag(text, options.answer);
}
