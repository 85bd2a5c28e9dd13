import { createRequire } from 'node:module';
import type { Model, WinkMethods } from 'wink-nlp';

/**
 * The English language model is loaded on first use, not on import, so modules that only need
 * the taxonomy or the merge rules (and `recover --help`) never pay for it.
 */
let cached: WinkMethods | undefined;

export function languageModel(): WinkMethods {
  if (!cached) {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as (model: Model, pipe?: string[]) => WinkMethods;
    const model = require('wink-eng-lite-web-model') as Model;
    cached = winkNLP(model, ['sbd', 'negation', 'pos']);
  }
  return cached;
}
