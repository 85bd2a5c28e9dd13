/**
 * Theme tagging: text in, themes with the client's own words as evidence out. Importing this
 * module is cheap; the language model loads on the first call that tags.
 */
export type { Analysis, Sentence, Token } from './analyze.js';
export { type MergeResult, mergeThemes } from './merge.js';
export { type SuggestOptions, suggestThemes } from './suggest.js';
export { type HitEvidence, Tagger, type TagOptions, type ThemeHit, taggerFor, tagText } from './tagger.js';
export {
  BUILT_IN_THEMES,
  loadTaxonomy,
  readTaxonomyFile,
  type Taxonomy,
  type ThemeDefinition,
} from './taxonomy.js';
