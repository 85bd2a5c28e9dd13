import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/themes/corpus.js';
import { readFixtures } from '../../src/themes/evaluation.js';
import { BUILT_IN_MODEL } from '../../src/themes/model.js';
import { closeToFixtures } from '../../src/themes/overlap.js';
import { loadTaxonomy } from '../../src/themes/taxonomy.js';
import { buildModel, formatModel } from '../../src/themes/training.js';

describe('the shipped theme model', () => {
  it('is exactly what `npm run train:themes` builds from the corpus', () => {
    expect(formatModel(buildModel())).toBe(readFileSync(BUILT_IN_MODEL, 'utf8'));
    // Training runs five times over (once per group of writers set aside for tuning): about two minutes.
  }, 300_000);

  it('learns only themes the taxonomy has (a mistyped label would silently teach nothing)', () => {
    const ids = new Set(loadTaxonomy().themes.map((t) => t.id));
    const unknown = [...readCorpus('train'), ...readCorpus('dev')].flatMap((e) =>
      e.themes.filter((id) => !ids.has(id)).map((id) => `${e.source} ${id}`),
    );
    expect(unknown).toEqual([]);
    // An unknown answer key ("[next]") would stay in the text as words.
    const keyLeft = [...readCorpus('train'), ...readCorpus('dev')].filter((e) => /^\[[a-z_]+\]/.test(e.text));
    expect(keyLeft.map((e) => e.source)).toEqual([]);
  });

  it('is trained, tuned and evaluated on separate texts', () => {
    const train = new Set(readCorpus('train').map((e) => e.text.toLowerCase()));
    const dev = readCorpus('dev');
    expect(dev.filter((e) => train.has(e.text.toLowerCase())).map((e) => e.source)).toEqual([]);
    // Not even reworded: no corpus text shares half its words with an evaluation text.
    const close = closeToFixtures([...readCorpus('train'), ...dev], readFixtures());
    expect(close).toEqual([]);
  });
});
