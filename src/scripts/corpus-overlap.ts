import { readFileSync, writeFileSync } from 'node:fs';
import { CORPUS_DIR, readCorpus } from '../themes/corpus.js';
import { readFixtures } from '../themes/evaluation.js';
import { closeToFixtures } from '../themes/overlap.js';

/**
 * `node dist/scripts/corpus-overlap.js [--drop]`: lists corpus lines too close to an evaluation
 * text; `--drop` deletes them from their files. Run it after adding a corpus file.
 */
const close = closeToFixtures([...readCorpus('train'), ...readCorpus('dev')], readFixtures());
for (const { fixture, source } of close) console.log(`${source} is too close to evaluation text ${fixture}`);
if (process.argv.includes('--drop')) {
  const byFile = new Map<string, Set<number>>();
  for (const { source } of close) {
    const [file, line] = source.split(':') as [string, string];
    byFile.set(file, (byFile.get(file) ?? new Set()).add(Number(line)));
  }
  for (const [file, lines] of byFile) {
    const url = new URL(file, CORPUS_DIR);
    const kept = readFileSync(url, 'utf8')
      .split('\n')
      .filter((_, i) => !lines.has(i + 1));
    writeFileSync(url, kept.join('\n'));
  }
  console.log(`Dropped ${close.length} line(s).`);
} else if (close.length) {
  console.log('Reword or delete them (--drop deletes them).');
  process.exitCode = 1;
}
