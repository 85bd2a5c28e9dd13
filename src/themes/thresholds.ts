import type { LinearModel } from './model.js';
import { sigmoid } from './model.js';
import { thresholdIn } from './rules.js';
import type { ThemeDefinition } from './taxonomy.js';
import type { Prepared } from './training.js';

export interface ThresholdRange {
  /** Lowest and highest threshold considered, in hundredths. */
  low: number;
  high: number;
  /**
   * F1 on a few dozen tuning texts per theme jumps from one cut to the next; each cut is
   * judged by its F1 averaged with this many cuts either side, so the choice sits on a plateau.
   */
  window: number;
}

/** Texts set aside for tuning, with the model that did not learn from them. */
export interface TuningSet {
  model: LinearModel;
  items: Prepared[];
}

/** Per theme, the threshold with the best (smoothed) F1 on the tuning texts (the middle of a tie). */
export function chooseThresholds(
  sets: TuningSet[],
  themes: ThemeDefinition[],
  range: ThresholdRange,
): number[] {
  // Each tuning text with its best sentence's probability per theme, from the model that did not learn it.
  const scored = sets.flatMap(({ model, items }) =>
    items.map((item) => {
      const best = themes.map(() => 0);
      for (const sentence of item.sentences) {
        const s = model.score(sentence);
        themes.forEach((_, t) => {
          best[t] = Math.max(best[t] as number, sigmoid(s[t] as number));
        });
      }
      return { item, best };
    }),
  );
  return themes.map((theme, t) => {
    const f1At = new Map<number, number>();
    for (let c = range.low - range.window; c <= range.high + range.window; c++) {
      const cut = c / 100;
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const { item, best } of scored) {
        const predicted = (best[t] as number) >= thresholdIn(cut, theme, item.answer);
        const actual = item.labels.has(theme.id);
        if (predicted && actual) tp++;
        else if (predicted) fp++;
        else if (actual) fn++;
      }
      f1At.set(c, tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
    }
    let bestF1 = -1;
    let from = 50;
    let to = 50;
    for (let c = range.low; c <= range.high; c++) {
      let sum = 0;
      for (let d = -range.window; d <= range.window; d++) sum += f1At.get(c + d) as number;
      const f1 = sum / (2 * range.window + 1);
      if (f1 > bestF1 + 1e-12) {
        bestF1 = f1;
        from = c;
        to = c;
      } else if (Math.abs(f1 - bestF1) <= 1e-12 && to === c - 1) to = c;
    }
    return Math.round((from + to) / 2) / 100;
  });
}
