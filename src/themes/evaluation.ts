import { readdirSync, readFileSync } from 'node:fs';
import { type AnswerKey, isAnswerKey } from '../audit/answers.js';
import type { Tagger, ThemeHit } from './tagger.js';

/** A labelled text: the themes a careful reader would tag. */
export interface LabelledText {
  id: string;
  text: string;
  themes: string[];
  answer?: AnswerKey;
  /** True for hard negatives that mention a theme only to deny it ("turnover was never a concern"). */
  negated?: boolean;
  /** The fixture file it was read from, so each writer's set can be scored on its own. */
  file?: string;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvaluationReport {
  perTheme: Map<string, Score>;
  micro: Score;
  texts: number;
  /** Themes suggested on texts marked `negated`: should be none. */
  negatedFalsePositives: { id: string; theme: string }[];
  mistakes: { id: string; missed: string[]; extra: string[] }[];
  /** Every text with the themes the tagger gave it, so a subset can be scored without tagging again. */
  tagged: Tagged[];
}

export interface Tagged {
  item: LabelledText;
  hits: ThemeHit[];
}

export const FIXTURES_DIR = new URL('../../tests/fixtures/themes/', import.meta.url);

export function readFixtures(dir: URL = FIXTURES_DIR): LabelledText[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) =>
      readFileSync(new URL(name, dir), 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => {
          const item = JSON.parse(line) as LabelledText;
          if (item.answer && !isAnswerKey(item.answer))
            throw new Error(`${name}: ${item.id} has an unknown answer key`);
          return { ...item, file: name };
        }),
    );
}

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function evaluate(tagger: Tagger, items: LabelledText[]): EvaluationReport {
  return scoreTagged(
    items.map((item) => ({ item, hits: tagger.tag(item.text, item.answer) })),
    tagger.themes.map((t) => t.id),
  );
}

/** Precision, recall and F1 of texts already tagged; `themeIds` orders the per-theme scores. */
export function scoreTagged(tagged: Tagged[], themeIds: string[]): EvaluationReport {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>(
    themeIds.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]),
  );
  const negatedFalsePositives: EvaluationReport['negatedFalsePositives'] = [];
  const mistakes: EvaluationReport['mistakes'] = [];
  for (const { item, hits } of tagged) {
    const predicted = new Set(hits.map((h) => h.id));
    const actual = new Set(item.themes);
    const missed = [...actual].filter((id) => !predicted.has(id));
    const extra = [...predicted].filter((id) => !actual.has(id));
    for (const id of new Set([...predicted, ...actual])) {
      const c = counts.get(id) ?? { tp: 0, fp: 0, fn: 0 };
      if (predicted.has(id) && actual.has(id)) c.tp++;
      else if (predicted.has(id)) c.fp++;
      else c.fn++;
      counts.set(id, c);
    }
    if (item.negated) for (const theme of extra) negatedFalsePositives.push({ id: item.id, theme });
    if (missed.length || extra.length) mistakes.push({ id: item.id, missed, extra });
  }
  const perTheme = new Map([...counts].map(([id, c]) => [id, score(c.tp, c.fp, c.fn)]));
  const total = [...counts.values()].reduce(
    (sum, c) => ({ tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn }),
    { tp: 0, fp: 0, fn: 0 },
  );
  return {
    perTheme,
    micro: score(total.tp, total.fp, total.fn),
    texts: tagged.length,
    negatedFalsePositives,
    mistakes,
    tagged,
  };
}
