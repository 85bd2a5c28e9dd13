import { writeFileSync } from 'node:fs';
import { type Example, readCorpus, writerOf } from './corpus.js';
import { evaluate, type LabelledText } from './evaluation.js';
import { LinearModel } from './model.js';
import { Tagger } from './tagger.js';
import { loadTaxonomy } from './taxonomy.js';
import { DEFAULT_SETTINGS, type TrainSettings, trainModel, weightExamples } from './training.js';

/**
 * `node dist/themes/cross-validate.js [folds] [--by-writer] [--set name=value,...]`: trains on all
 * but one slice of the training corpus and tags the slice left out, for every slice. Judges changes
 * to features, rules, settings and the corpus on texts the model did not see, without touching the
 * evaluation fixtures. `--by-writer` makes each corpus file a slice (and leaves out its dev file
 * too): the model is then judged on a writer it has never read, the way clients' own words will
 * reach it. Also shows how well the suggestions' confidence separates right from wrong ones.
 */
const args = process.argv.slice(2);
const byWriter = args.includes('--by-writer');
/** The word after a flag (`--set a=1`), or undefined when the flag is not given. */
const flagValue = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const settings: TrainSettings = { ...DEFAULT_SETTINGS };
for (const pair of (flagValue('--set') ?? '').split(',').filter(Boolean)) {
  const [name, value] = pair.split('=');
  if (!name || !(name in settings) || value === undefined || Number.isNaN(Number(value)))
    throw new Error(`--set: unknown setting or value in "${pair}"`);
  settings[name as keyof TrainSettings] = Number(value);
}
const taxonomy = loadTaxonomy();
const corpus = readCorpus('train');
const writers = [...new Set(corpus.map(writerOf))];
const folds = byWriter ? writers.length : Number(args.find((a) => /^\d+$/.test(a)) ?? 4);
const inFold = (i: number, k: number) =>
  byWriter ? writerOf(corpus[i] as Example) === writers[k] : i % folds === k;
// `--score-first=N` scores only the first N training texts (all still train), so a corpus that
// grew at the end can be compared with its earlier self.
const first = Number(
  /^--score-first=(\d+)$/.exec(args.find((a) => a.startsWith('--score-first=')) ?? '')?.[1] ?? corpus.length,
);
const allDev = readCorpus('dev');
// `--mistakes FILE`: every held-out text the model got wrong, as JSON lines, for reviewing labels.
const mistakesFile = flagValue('--mistakes');
const mistakes: string[] = [];
const totals = { tp: 0, fp: 0, fn: 0 };
const perTheme = new Map<string, { tp: number; fp: number; fn: number }>();
const judged: { confidence: number; right: boolean }[] = [];
for (let k = 0; k < folds; k++) {
  const train = corpus.filter((_, i) => !inFold(i, k));
  const dev = byWriter ? allDev.filter((e) => writerOf(e) !== writers[k]) : allDev;
  const held: LabelledText[] = corpus
    .filter((_, i) => inFold(i, k) && i < first)
    .map((e) => ({
      id: e.source,
      text: e.text,
      themes: e.themes,
      ...(e.answer ? { answer: e.answer } : {}),
    }));
  const tagger = new Tagger(
    taxonomy,
    new LinearModel(trainModel(weightExamples(train, taxonomy), dev, taxonomy, settings)),
  );
  const report = evaluate(tagger, held);
  totals.tp += report.micro.tp;
  totals.fp += report.micro.fp;
  totals.fn += report.micro.fn;
  for (const [id, score] of report.perTheme) {
    const sum = perTheme.get(id) ?? { tp: 0, fp: 0, fn: 0 };
    sum.tp += score.tp;
    sum.fp += score.fp;
    sum.fn += score.fn;
    perTheme.set(id, sum);
  }
  for (const { item, hits } of report.tagged) {
    for (const hit of hits) judged.push({ confidence: hit.confidence, right: item.themes.includes(hit.id) });
    const extra = hits.filter((h) => !item.themes.includes(h.id)).map((h) => `${h.id} ${h.confidence}`);
    const missed = item.themes.filter((id) => !hits.some((h) => h.id === id));
    if (extra.length || missed.length)
      mistakes.push(JSON.stringify({ source: item.id, text: item.text, themes: item.themes, missed, extra }));
  }
  console.log(`${byWriter ? writers[k] : `fold ${k + 1}`}: micro-F1 ${report.micro.f1.toFixed(3)}`);
}
if (mistakesFile) writeFileSync(mistakesFile, `${mistakes.join('\n')}\n`);
if (args.includes('--themes'))
  for (const [id, c] of perTheme)
    console.log(
      `  ${id.padEnd(28)} F1 ${((2 * c.tp) / (2 * c.tp + c.fp + c.fn)).toFixed(2)} (fp ${c.fp}, fn ${c.fn})`,
    );
const f1 = (2 * totals.tp) / (2 * totals.tp + totals.fp + totals.fn);
console.log(
  `${byWriter ? 'by-writer' : `${folds}-fold`} micro-F1 ${f1.toFixed(3)} (tp ${totals.tp}, fp ${totals.fp}, fn ${totals.fn})`,
);

// Ranking: the chance a right suggestion has a higher confidence than a wrong one (ties half).
const right = judged.filter((j) => j.right).map((j) => j.confidence);
const wrong = judged.filter((j) => !j.right).map((j) => j.confidence);
let wins = 0;
for (const r of right) for (const w of wrong) wins += r > w ? 1 : r === w ? 0.5 : 0;
const auc = right.length && wrong.length ? wins / (right.length * wrong.length) : Number.NaN;
const brier = judged.reduce((s, j) => s + (j.confidence - (j.right ? 1 : 0)) ** 2, 0) / judged.length;
const sorted = judged.map((j) => j.confidence).sort((a, b) => a - b);
const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]?.toFixed(2);
console.log(
  `confidence of ${judged.length} suggestions: ranking AUC ${auc.toFixed(3)}, Brier ${brier.toFixed(3)}, ` +
    `quartiles ${q(0.25)} / ${q(0.5)} / ${q(0.75)}, ${right.length} right`,
);
// What a floor on confidence would do: suggestions under it dropped, right ones becoming misses.
const floors = [0.5, 0.55, 0.6, 0.65, 0.7].map((floor) => {
  const kept = judged.filter((j) => j.confidence >= floor);
  const tp = kept.filter((j) => j.right).length;
  const fn = totals.fn + (right.length - tp);
  return `${floor}: ${((2 * tp) / (2 * tp + (kept.length - tp) + fn)).toFixed(3)}`;
});
console.log(`  micro-F1 with a confidence floor of ${floors.join(', ')}`);
for (const [lo, hi] of [
  [0, 0.5],
  [0.5, 0.7],
  [0.7, 0.85],
  [0.85, 1.01],
]) {
  const bin = judged.filter((j) => j.confidence >= (lo as number) && j.confidence < (hi as number));
  if (bin.length)
    console.log(
      `  confidence ${lo}-${Math.min(1, hi as number)}: ${bin.length} suggestions, ${((100 * bin.filter((j) => j.right).length) / bin.length).toFixed(0)}% right`,
    );
}
