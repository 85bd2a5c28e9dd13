import { table } from '../ui/table.js';
import { evaluate, readFixtures, scoreTagged } from './evaluation.js';
import { taggerFor } from './tagger.js';

/** `npm run eval:themes`: precision, recall and F1 per theme on the labelled fixtures. */
const verbose = process.argv.includes('--verbose');
const items = readFixtures();
const report = evaluate(taggerFor(), items);
const pct = (x: number) => x.toFixed(2);
const rows = [...report.perTheme].map(([id, s]) => [
  id,
  String(s.tp + s.fn),
  pct(s.precision),
  pct(s.recall),
  pct(s.f1),
]);
const m = report.micro;
rows.push(['micro-average', String(m.tp + m.fn), pct(m.precision), pct(m.recall), pct(m.f1)]);
console.log(`${report.texts} labelled texts in tests/fixtures/themes\n`);
console.log(table(['theme', 'labelled', 'precision', 'recall', 'F1'], rows));
const files = [...new Set(items.map((i) => i.file ?? ''))];
if (files.length > 1) {
  // Each file is written by a different hand: a large gap between them says the model has learned
  // one writer's way of putting things rather than the themes.
  console.log('\nBy file:');
  for (const file of files) {
    const own = scoreTagged(
      report.tagged.filter((t) => t.item.file === file),
      [...report.perTheme.keys()],
    ).micro;
    console.log(`  ${file}: micro P ${pct(own.precision)}  R ${pct(own.recall)}  F1 ${pct(own.f1)}`);
  }
}
console.log(`\nThemes suggested on negated texts: ${report.negatedFalsePositives.length}`);
for (const fp of report.negatedFalsePositives) console.log(`  ${fp.id}: ${fp.theme}`);
if (verbose) {
  console.log('\nMistakes:');
  for (const x of report.mistakes)
    console.log(`  ${x.id}: missed ${x.missed.join(', ') || '-'}; extra ${x.extra.join(', ') || '-'}`);
}
