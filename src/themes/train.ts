import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUILT_IN_MODEL } from './model.js';
import { buildModel, formatModel } from './training.js';

/** `npm run train:themes`: retrains the classifier from the corpus and writes the shipped weights. */
const started = performance.now();
const model = buildModel();
writeFileSync(BUILT_IN_MODEL, formatModel(model));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Wrote ${fileURLToPath(BUILT_IN_MODEL)} in ${seconds}s`);
console.log(`${Object.keys(model.weights).length} features, ${Object.keys(model.themes).length} themes`);
for (const [id, { threshold }] of Object.entries(model.themes))
  console.log(`  ${id.padEnd(28)} threshold ${threshold}`);
