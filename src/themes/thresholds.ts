import type { LinearModel } from './model.js';
import { sigmoid } from './model.js';
import { offAnswer } from './rules.js';
import type { ThemeDefinition } from './taxonomy.js';
import type { Prepared } from './training.js';

/** A dev split of a few dozen texts per theme cannot justify an extreme threshold. */
const LOWEST = 40;
const HIGHEST = 80;

/** Per theme, the threshold with the best F1 on the dev split (the middle of a tie). */
export function chooseThresholds(model: LinearModel, dev: Prepared[], themes: ThemeDefinition[]): number[] {
  const scored = dev.map((item) => {
    const best = themes.map(() => 0);
    for (const sentence of item.sentences) {
      const s = model.score(sentence);
      themes.forEach((_, t) => {
        best[t] = Math.max(best[t] as number, sigmoid(s[t] as number));
      });
    }
    return best;
  });
  return themes.map((theme, t) => {
    let bestF1 = -1;
    let from = 50;
    let to = 50;
    for (let c = LOWEST; c <= HIGHEST; c++) {
      const cut = c / 100;
      let tp = 0;
      let fp = 0;
      let fn = 0;
      dev.forEach((item, i) => {
        const off = offAnswer(theme, item.answer);
        const predicted = ((scored[i] as number[])[t] as number) >= Math.min(0.95, cut + off);
        const actual = item.labels.has(theme.id);
        if (predicted && actual) tp++;
        else if (predicted) fp++;
        else if (actual) fn++;
      });
      const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
      if (f1 > bestF1 + 1e-12) {
        bestF1 = f1;
        from = c;
        to = c;
      } else if (Math.abs(f1 - bestF1) <= 1e-12 && to === c - 1) to = c;
    }
    return Math.round((from + to) / 2) / 100;
  });
}
