import type { AnswerKey } from '../audit/answers.js';
import { analyze } from './analyze.js';
import { type Example, readCorpus, writerOf } from './corpus.js';
import { answerFeatures } from './features.js';
import {
  type Calibration,
  LinearModel,
  MODEL_FORMAT,
  sigmoid,
  supportInputs,
  type ThemeModelData,
} from './model.js';
import { indexPatterns, matchPatterns } from './patterns.js';
import { compileTaxonomy } from './rules.js';
import { Tagger } from './tagger.js';
import { loadTaxonomy, type Taxonomy, type ThemeDefinition } from './taxonomy.js';
import { chooseThresholds } from './thresholds.js';

/**
 * Trains the theme classifier: for each theme, logistic regression over sentence features,
 * where a text's score is its best sentence's (so a paragraph labelled with a theme teaches the
 * sentence that shows it). Plain SGD with a fixed seed and fixed order: the same corpus always
 * gives byte-identical weights.
 */
export interface TrainSettings {
  epochs: number;
  seed: number;
  rate: number;
  l2: number;
  positiveWeight: number;
  minCount: number;
  /** Weights smaller than this are dropped to keep the model file small. */
  prune: number;
  /** Share of a sentence's features hidden at each step, so no single word carries a theme alone. */
  dropout: number;
  /** How many paragraphs to build from random training texts. */
  paragraphs: number;
  /** Paragraphs built the same way from the tuning texts, so thresholds suit whole answers too. */
  devParagraphs: number;
  /** Where thresholds may fall, in hundredths, and how much the dev F1 curve is smoothed. */
  thresholdLow: number;
  thresholdHigh: number;
  thresholdWindow: number;
  /**
   * Thresholds and confidence are tuned on writers the model did not learn from: the corpus's
   * writers are dealt into this many groups, and a model trained without each group scores it.
   * 0 tunes on the dev split with the model itself.
   */
  tuneFolds: number;
}

export const DEFAULT_SETTINGS: TrainSettings = {
  epochs: 40,
  seed: 20261125,
  rate: 0.2,
  l2: 1e-3,
  positiveWeight: 3,
  // With a dozen writers, a word or pair only one text used is mostly that writer's habit; dropping
  // them and the smallest weights halves the model at no cost on writers held out (by-writer
  // cross-validation 0.755 -> 0.757).
  minCount: 2,
  prune: 0.4,
  dropout: 0.5,
  paragraphs: 2000,
  devParagraphs: 300,
  thresholdLow: 40,
  thresholdHigh: 80,
  thresholdWindow: 3,
  tuneFolds: 4,
};

export interface Prepared {
  sentences: string[][];
  labels: Set<string>;
  answer?: AnswerKey;
  /**
   * For a built paragraph, which of its texts each sentence came from and that text's labels.
   * The model learns each text's labels on its own sentences, read in the paragraph: so a
   * neighbour that only borrows a cue ("promised" two sentences up) learns it is not the theme.
   */
  groups?: { sentences: number[]; labels: Set<string> }[];
}

/** A training text made of several, each keeping its own labels (see `Prepared.groups`). */
type Built = Example & { parts?: { start: number; themes: string[] }[] };

/**
 * Texts tagged without saying which answer they come from (`recover tag`) must read as well as
 * answers: every example that names its answer is also learned without it.
 */
function withAndWithoutAnswer(examples: Example[]): Example[] {
  return examples.flatMap((e) =>
    e.answer ? [e, { text: e.text, themes: e.themes, source: e.source }] : [e],
  );
}

/**
 * Answers run to several sentences, most of them beside the point. Joining random training
 * texts into paragraphs (labels united) teaches that a neighbour's words do not make a theme.
 */
function paragraphs(train: Example[], settings: TrainSettings, count = settings.paragraphs): Built[] {
  const next = random(settings.seed ^ 0x5f3759df);
  const pick = () => train[Math.floor(next() * train.length)] as Example;
  const out: Built[] = [];
  for (let k = 0; k < count; k++) {
    const parts = Array.from({ length: 2 + Math.floor(next() * 3) }, pick);
    let start = 0;
    const spans = parts.map((p) => {
      const span = { start, themes: p.themes };
      start += p.text.length + 1;
      return span;
    });
    out.push({
      text: parts.map((p) => p.text).join(' '),
      themes: [...new Set(parts.flatMap((p) => p.themes))],
      source: `paragraph ${k + 1}`,
      parts: spans,
    });
  }
  return out;
}

export function prepare(examples: Built[], themes: ThemeDefinition[]): Prepared[] {
  const index = indexPatterns(compileTaxonomy(themes));
  const ids = themes.map((t) => t.id);
  return examples.map((example) => {
    const { sentences } = analyze(example.text);
    const hits = sentences.map((s) => matchPatterns(index, s.tokens));
    const parts = example.parts;
    const groups = parts?.map((part, k) => ({
      sentences: sentences.flatMap((sentence, i) => {
        const next = parts[k + 1]?.start ?? Infinity;
        return sentence.start >= part.start && sentence.start < next ? [i] : [];
      }),
      labels: new Set(part.themes),
    }));
    return {
      sentences: answerFeatures(sentences, hits, ids, example.answer),
      labels: new Set(example.themes),
      ...(example.answer ? { answer: example.answer } : {}),
      ...(groups ? { groups } : {}),
    };
  });
}

/** Mulberry32: a tiny seeded generator, so shuffles are the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

export function trainModel(
  train: Example[],
  dev: Example[],
  taxonomy: Taxonomy,
  settings: TrainSettings = DEFAULT_SETTINGS,
): ThemeModelData {
  const themes = taxonomy.themes;
  const draft = fitWeights(train, themes, settings);
  const sets = tuningSets(train, dev, draft, themes, settings);
  const thresholds = chooseThresholds(sets, themes, {
    low: settings.thresholdLow,
    high: settings.thresholdHigh,
    window: settings.thresholdWindow,
  });
  const tuned = withThresholds(draft, thresholds);
  const calibration = calibrate(
    sets.map(({ model, examples }) => ({
      tagger: new Tagger(taxonomy, new LinearModel(withThresholds(model.data, thresholds))),
      examples,
    })),
  );
  return { ...tuned, calibration };
}

function withThresholds(data: ThemeModelData, thresholds: number[]): ThemeModelData {
  const themes = Object.fromEntries(
    Object.entries(data.themes).map(([id, t], i) => [id, { ...t, threshold: thresholds[i] as number }]),
  );
  return { ...data, themes };
}

/**
 * Where thresholds and confidence are tuned. Clients' words come from people the corpus never
 * heard, and the model reads them less surely than unseen lines by its own writers (tuned on the
 * dev split, a suggestion shown at 50-70% was right 53% of the time for a writer left out; tuned
 * this way, 60%): so each group of writers is scored by a model trained without it.
 */
function tuningSets(
  train: Example[],
  dev: Example[],
  draft: ThemeModelData,
  themes: ThemeDefinition[],
  settings: TrainSettings,
): { model: LinearModel; items: Prepared[]; examples: Example[] }[] {
  const set = (model: LinearModel, texts: Example[], seed: number) => {
    const examples = [...texts, ...paragraphs(texts, { ...settings, seed }, settings.devParagraphs)];
    return { model, items: prepare(examples, themes), examples };
  };
  if (settings.tuneFolds <= 0) return [set(new LinearModel(draft), dev, settings.seed + 1)];
  const writers = [...new Set([...train, ...dev].map(writerOf))].sort();
  const group = new Map(writers.map((w, i) => [w, i % settings.tuneFolds]));
  return Array.from({ length: Math.min(settings.tuneFolds, writers.length) }, (_, g) => {
    const inGroup = (e: Example) => group.get(writerOf(e)) === g;
    const model = new LinearModel(
      fitWeights(
        train.filter((e) => !inGroup(e)),
        themes,
        settings,
      ),
    );
    // The taxonomy's examples are repeated in the training list; one of each is enough here.
    const held = [...new Set(train.filter(inGroup)), ...dev.filter(inGroup)];
    return set(model, held, settings.seed + 1 + g);
  });
}

/** Logistic regression by SGD: the weights and biases, every threshold at one half. */
function fitWeights(train: Example[], themes: ThemeDefinition[], settings: TrainSettings): ThemeModelData {
  const T = themes.length;
  const own = withAndWithoutAnswer(train);
  const prepared = prepare([...own, ...paragraphs(train, settings)], themes);

  // Vocabulary: features seen in at least minCount training texts, in sorted order.
  const counts = new Map<string, number>();
  // Counted on the corpus itself: the built paragraphs only repeat its words.
  for (const item of prepared.slice(0, own.length))
    for (const f of new Set(item.sentences.flat())) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts.entries()]
    .filter(([f, n]) => n >= settings.minCount || !/^[wb]:/.test(f))
    .map(([f]) => f)
    .sort();
  const id = new Map(vocab.map((f, i) => [f, i]));
  const items = prepared.map((item) => {
    const sentences = item.sentences.map((s) =>
      Int32Array.from(s.flatMap((f) => (id.has(f) ? [id.get(f) as number] : []))),
    );
    const groups = item.groups ?? [{ sentences: sentences.map((_, i) => i), labels: item.labels }];
    return groups.map((group) => ({
      sentences: group.sentences.map((i) => sentences[i] as Int32Array),
      y: themes.map((t) => (group.labels.has(t.id) ? 1 : 0)),
    }));
  });

  const W = new Float64Array(vocab.length * T);
  const b = new Float64Array(T);
  const next = random(settings.seed);
  const order = items.map((_, i) => i);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const rate = settings.rate / (1 + epoch * 0.3);
    for (const group of order.flatMap((k) => items[k] as (typeof items)[number])) {
      const sentences =
        settings.dropout > 0
          ? group.sentences.map((s) => s.filter(() => next() >= settings.dropout))
          : group.sentences;
      for (let t = 0; t < T; t++) {
        let best = -Infinity;
        let bestSentence: Int32Array | undefined;
        for (const sentence of sentences) {
          let s = b[t] as number;
          for (const f of sentence) s += W[f * T + t] as number;
          if (s > best) {
            best = s;
            bestSentence = sentence;
          }
        }
        if (!bestSentence) continue;
        const y = group.y[t] as number;
        const g = (sigmoid(best) - y) * (y ? settings.positiveWeight : 1);
        b[t] = (b[t] as number) - rate * g;
        for (const f of bestSentence) {
          const w = W[f * T + t] as number;
          W[f * T + t] = w - rate * (g + settings.l2 * w);
        }
      }
    }
  }

  const weights: Record<string, string> = {};
  vocab.forEach((feature, f) => {
    const row: string[] = [];
    for (let t = 0; t < T; t++) {
      const w = round(W[f * T + t] as number, 2);
      if (Math.abs(w) >= settings.prune) row.push(`${t}:${w}`);
    }
    if (row.length) weights[feature] = row.join(' ');
  });
  const entries = Object.fromEntries(
    themes.map((t, i) => [t.id, { bias: round(b[i] as number, 3), threshold: 0.5 }]),
  );
  return { format: MODEL_FORMAT, themes: entries, weights };
}

/**
 * Fits how a suggestion's support turns into its confidence: logistic regression, by Newton's
 * method from zero (deterministic), over every suggestion the tuned tagger makes on the tuning texts,
 * right or wrong.
 */
export function calibrate(sets: { tagger: Tagger; examples: Example[] }[]): Calibration {
  const xs: number[][] = [];
  const ys: number[] = [];
  for (const { tagger, examples } of sets)
    for (const example of examples)
      for (const { hit, support } of tagger.tagWithSupport(example.text, example.answer)) {
        if (!support) continue;
        xs.push(supportInputs(support));
        ys.push(example.themes.includes(hit.id) ? 1 : 0);
      }
  const n = 6;
  const w = new Array<number>(n).fill(0);
  // A little shrinkage keeps a few odd texts from pushing any input to extremes.
  const l2 = 1;
  for (let step = 0; step < 30; step++) {
    const g = new Array<number>(n).fill(0);
    const h = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    xs.forEach((x, k) => {
      const p = sigmoid(x.reduce((sum, v, i) => sum + v * (w[i] as number), 0));
      const r = p - (ys[k] as number);
      const q = p * (1 - p);
      for (let i = 0; i < n; i++) {
        g[i] = (g[i] as number) + r * (x[i] as number);
        const hi = h[i] as number[];
        for (let j = 0; j < n; j++) hi[j] = (hi[j] as number) + q * (x[i] as number) * (x[j] as number);
      }
    });
    for (let i = 1; i < n; i++) {
      g[i] = (g[i] as number) + l2 * (w[i] as number);
      (h[i] as number[])[i] = ((h[i] as number[])[i] as number) + l2;
    }
    const d = solve(h, g);
    for (let i = 0; i < n; i++) w[i] = (w[i] as number) - (d[i] as number);
  }
  const [bias, margin, pattern, sentences, length, rank] = w.map((v) => round(v, 3)) as number[];
  return {
    bias: bias as number,
    margin: margin as number,
    pattern: pattern as number,
    sentences: sentences as number,
    length: length as number,
    rank: rank as number,
  };
}

/** Gaussian elimination with partial pivoting, for the small systems of `calibrate`. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++)
      if (Math.abs((m[r] as number[])[c] as number) > Math.abs((m[pivot] as number[])[c] as number))
        pivot = r;
    [m[c], m[pivot]] = [m[pivot] as number[], m[c] as number[]];
    const row = m[c] as number[];
    const p = row[c] as number;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const other = m[r] as number[];
      const f = (other[c] as number) / p;
      for (let k = c; k <= n; k++) other[k] = (other[k] as number) - f * (row[k] as number);
    }
  }
  return m.map((row, i) => {
    const p = row[i] as number;
    return Math.abs(p) < 1e-12 ? 0 : (row[n] as number) / p;
  });
}

/** The model file as written to disk: stable key order, one weight row a line. */
export function formatModel(data: ThemeModelData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** Trains on the corpus shipped in the repository with the built-in taxonomy. */
export function buildModel(): ThemeModelData {
  const taxonomy = loadTaxonomy();
  return trainModel(weightExamples(readCorpus('train'), taxonomy), readCorpus('dev'), taxonomy);
}

/**
 * The taxonomy's own examples are its contract (`recover themes test` checks them), so where the
 * corpus holds one it counts several times: with 27 writers, three times was no longer enough to
 * keep "the agency was bought" from reading as the client's own takeover.
 */
const EXAMPLE_WEIGHT = 5;

export function weightExamples(train: Example[], taxonomy: Taxonomy): Example[] {
  const examples = new Set(taxonomy.themes.flatMap((t) => [...t.examples.match, ...t.examples.no_match]));
  return train.flatMap((e) => (examples.has(e.text) ? Array<Example>(EXAMPLE_WEIGHT).fill(e) : [e]));
}
