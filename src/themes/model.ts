import { existsSync, readFileSync } from 'node:fs';
import { UserError } from '../errors.js';

/**
 * The trained classifier: one linear scorer per theme over sentence features, with the threshold
 * chosen for each theme on writers it did not learn from. Weights are stored sparsely by feature,
 * as "themeIndex:weight themeIndex:weight", which keeps the file small and its diffs readable.
 */
export const MODEL_FORMAT = 'recover/theme-model@1';
export const BUILT_IN_MODEL = new URL('../../templates/theme-model.json', import.meta.url);

export interface ThemeModelData {
  format: typeof MODEL_FORMAT;
  /** In theme-index order: each theme's bias (log-odds) and its threshold (see `trainModel`). */
  themes: Record<string, { bias: number; threshold: number }>;
  weights: Record<string, string>;
  /** How a suggestion's evidence turns into its confidence; see `Calibration`. */
  calibration?: Calibration;
}

/**
 * A suggestion's confidence is the chance that a careful reader would agree with it, as measured
 * on writers the model did not learn from: a logistic fit over how far the best sentence's score
 * clears the theme's threshold (in log-odds), whether a phrase of the theme's own matched, how
 * many sentences show it (log), how long the answer is (log of its sentences, as long answers
 * mislead more) and how many of the answer's other themes clear their thresholds by more (a
 * second or third theme in one answer is more often wrong).
 */
export interface Calibration {
  bias: number;
  margin: number;
  pattern: number;
  sentences: number;
  length: number;
  rank: number;
}

/** What a suggestion rests on, for its confidence. */
export interface Support {
  /** How far the best sentence's score clears the threshold, in log-odds (0 at the threshold). */
  margin: number;
  pattern: boolean;
  /** Sentences scoring above the threshold. */
  sentences: number;
  /** Sentences in the answer. */
  length: number;
  /** How many themes of the same answer clear their thresholds by more. */
  rank: number;
}

/** Before a calibration is fitted: confidence rises from 0.5 at the threshold. */
export const NO_CALIBRATION: Calibration = {
  bias: 0,
  margin: 1,
  pattern: 0,
  sentences: 0,
  length: 0,
  rank: 0,
};

export function supportInputs(s: Support): number[] {
  return [1, s.margin, s.pattern ? 1 : 0, Math.log(s.sentences), Math.log(s.length), Math.log(1 + s.rank)];
}

export function calibrated(c: Calibration, s: Support): number {
  const x = supportInputs(s);
  const w = [c.bias, c.margin, c.pattern, c.sentences, c.length, c.rank];
  return sigmoid(x.reduce((sum, v, i) => sum + v * (w[i] as number), 0));
}

export function logit(p: number): number {
  return Math.log(p / (1 - p));
}

interface Row {
  themes: Int32Array;
  weights: Float64Array;
}

export class LinearModel {
  readonly themes: string[];
  readonly thresholds: number[];
  readonly index: Map<string, number>;
  readonly calibration: Calibration;
  private readonly bias: Float64Array;
  /** Rows stay packed until a text uses their feature: most of the model is never read in a run. */
  private readonly packed: Record<string, string>;
  private readonly rows = new Map<string, Row>();

  constructor(readonly data: ThemeModelData) {
    const entries = Object.entries(data.themes);
    this.themes = entries.map(([id]) => id);
    this.thresholds = entries.map(([, t]) => t.threshold);
    this.calibration = data.calibration ?? NO_CALIBRATION;
    this.bias = Float64Array.from(entries.map(([, t]) => t.bias));
    this.index = new Map(this.themes.map((id, i) => [id, i]));
    this.packed = data.weights;
  }

  private row(feature: string): Row | undefined {
    const parsed = this.rows.get(feature);
    if (parsed) return parsed;
    // Every feature has a "kind:" prefix, so none can name a property every object has.
    const found = this.packed[feature];
    if (found === undefined) return undefined;
    const pairs = found.split(' ');
    const row: Row = { themes: new Int32Array(pairs.length), weights: new Float64Array(pairs.length) };
    pairs.forEach((pair, k) => {
      const colon = pair.indexOf(':');
      row.themes[k] = Number(pair.slice(0, colon));
      row.weights[k] = Number(pair.slice(colon + 1));
    });
    this.rows.set(feature, row);
    return row;
  }

  /** Raw scores (log-odds) of every theme for one sentence's features. */
  score(features: string[]): Float64Array {
    const out = Float64Array.from(this.bias);
    for (const feature of features) {
      const row = this.row(feature);
      if (!row) continue;
      for (let k = 0; k < row.themes.length; k++) {
        const theme = row.themes[k] as number;
        out[theme] = (out[theme] as number) + (row.weights[k] as number);
      }
    }
    return out;
  }

  weight(feature: string, theme: number): number {
    const row = this.row(feature);
    if (!row) return 0;
    for (let k = 0; k < row.themes.length; k++) if (row.themes[k] === theme) return row.weights[k] as number;
    return 0;
  }
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

let builtIn: LinearModel | undefined;

export function readModel(file: string | URL = BUILT_IN_MODEL): LinearModel {
  if (file === BUILT_IN_MODEL && builtIn) return builtIn;
  const shown = file instanceof URL ? file.pathname : file;
  if (!existsSync(file)) {
    throw new UserError(`The theme model is missing: ${shown}`, 1, 'Run `npm run train:themes` to build it.');
  }
  const data = JSON.parse(readFileSync(file, 'utf8')) as ThemeModelData;
  if (data.format !== MODEL_FORMAT) throw new UserError(`${shown} is not a theme model (${MODEL_FORMAT})`);
  const model = new LinearModel(data);
  if (file === BUILT_IN_MODEL) builtIn = model;
  return model;
}
