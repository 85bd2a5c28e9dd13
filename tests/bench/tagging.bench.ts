import { execFileSync } from 'node:child_process';
import { bench, describe } from 'vitest';
import { readCorpus } from '../../src/themes/corpus.js';
import { readFixtures } from '../../src/themes/evaluation.js';
import { taggerFor } from '../../src/themes/index.js';
import { REPO_ROOT } from '../e2e/harness.js';

/**
 * Tagging throughput after the model is loaded (goal: at least 1 MB of text a second on one
 * core), and what loading costs a command that tags. Answers are built from the corpus and the
 * fixtures, about 2 KB each, like real interview answers.
 */
const ONE_MB = 1_000_000;

function answers(): string[] {
  const sentences = [...readCorpus('train'), ...readCorpus('dev'), ...readFixtures()].map((e) => e.text);
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (let i = 0; size < ONE_MB; i++) {
    current += `${sentences[i % sentences.length]} `;
    if (current.length >= 2_000) {
      out.push(current);
      size += Buffer.byteLength(current);
      current = '';
    }
  }
  return out;
}

const texts = answers();
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const tagger = taggerFor();
tagger.tag('Warm up the language model and the weights.');

describe('theme tagging', () => {
  bench(
    `tag ${(bytes / ONE_MB).toFixed(2)} MB of answers (${texts.length} texts); MB/s = ${(bytes / ONE_MB).toFixed(2)} x hz`,
    () => {
      for (const text of texts) tagger.tag(text);
    },
    { iterations: 5, warmupIterations: 1 },
  );

  bench(
    'load the language model and weights, then tag one sentence (fresh node process)',
    () => {
      execFileSync(
        process.execPath,
        [
          '-e',
          "import('./dist/themes/index.js').then((m) => m.tagText('The phone rang out every evening.'))",
        ],
        { cwd: REPO_ROOT },
      );
    },
    { iterations: 5 },
  );

  bench("node -e '' (baseline for the line above)", () => {
    execFileSync(process.execPath, ['-e', ''], { cwd: REPO_ROOT });
  });
});
