import type { Sentence, Token } from './analyze.js';
import { familiesOf } from './concepts.js';
import type { PatternHit } from './patterns.js';

/**
 * What the classifier sees of each sentence: its lemmas and lemma pairs (marked `~` inside a
 * negation), the patterns it matched, which answer it came from, and cues from the rest of the
 * answer, so "they promised weekly reports" two sentences earlier still counts.
 */

// Too common to tell themes apart on their own; they still take part in word pairs.
const STOP = new Set(
  (
    'the a an and or of to in on at for with by from as that this these those it its be we us our ours they them ' +
    'their i me my you your he she his her there here which who whom whose what so just really very also would ' +
    'could should will shall can may might must have do get go make about after before when while if then than ' +
    'some any all each every both either more most much many such only own same other into onto out up down off ' +
    'over under again once even still too quite rather maybe perhaps well yes oh one two'
  ).split(' '),
);

// Words in one sentence that change how the others read (promises, sales talk, contracts).
const CUES = new Set(
  'promise guarantee commit commitment pledge assure assurance quote estimate pitch sell sale salesperson salesman proposal contract agree sign claim supposed advertise brochure deck demo tell say expect expectation'.split(
    ' ',
  ),
);

function normal(token: Token): string | undefined {
  const lemma = token.lemma;
  const code = lemma.charCodeAt(0);
  if (code >= 48 && code <= 57) return /^\d+(st|nd|rd|th)$/.test(lemma) ? '#th' : '#';
  if (!/[a-z]/.test(lemma)) return undefined;
  return lemma;
}

export function sentenceFeatures(
  sentence: Sentence,
  hits: PatternHit[],
  themeIds: string[],
  answer?: string,
): string[] {
  const features: string[] = [];
  const families = new Set<string>();
  let previous: string | undefined;
  let previousNeg = false;
  for (const token of sentence.tokens) {
    const lemma = token.hedge ? undefined : normal(token);
    if (lemma === undefined) {
      previous = undefined;
      continue;
    }
    const mark = token.neg ? '~' : '';
    if (!STOP.has(lemma)) features.push(`w:${mark}${lemma}`);
    if (previous !== undefined) features.push(`b:${token.neg || previousNeg ? '~' : ''}${previous}_${lemma}`);
    const family = familiesOf(lemma) ?? (lemma !== token.word ? familiesOf(token.word) : undefined);
    if (family) for (const f of family) families.add(`${mark}${f}`);
    previous = lemma;
    previousNeg = token.neg;
  }
  // Families alone and in pairs: STAFF with CHANGE, REACH with DELAY, PROMISE with ~...
  const list = [...families].sort();
  for (let i = 0; i < list.length; i++) {
    features.push(`f:${list[i]}`);
    for (let j = i + 1; j < list.length; j++) features.push(`ff:${list[i]}+${list[j]}`);
  }
  for (const hit of hits)
    features.push(`${hit.topic ? 't' : 'p'}${hit.negated ? 'n' : ''}:${themeIds[hit.theme]}`);
  if (answer) features.push(`a:${answer}`);
  return features;
}

/** How many sentences either side lend their cues: an answer's story, not the whole document. */
const WINDOW = 3;

/** Cues a sentence lends to the other sentences of the same answer. */
export function contextCues(sentence: Sentence, hits: PatternHit[], themeIds: string[]): string[] {
  const cues: string[] = [];
  for (const token of sentence.tokens) if (CUES.has(token.lemma) && !token.neg) cues.push(`c:${token.lemma}`);
  for (const hit of hits) if (!hit.negated && !hit.topic) cues.push(`cp:${themeIds[hit.theme]}`);
  return cues;
}

/** Per-sentence features of a whole answer, each sentence also carrying its neighbours' cues. */
export function answerFeatures(
  sentences: Sentence[],
  hits: PatternHit[][],
  themeIds: string[],
  answer?: string,
): string[][] {
  const own = sentences.map((s, i) => sentenceFeatures(s, hits[i] ?? [], themeIds, answer));
  if (sentences.length < 2) return own;
  const cues = sentences.map((s, i) => contextCues(s, hits[i] ?? [], themeIds));
  return own.map((features, i) => {
    // Context features have their own prefixes, so only they need de-duplicating; a word said
    // twice in one sentence simply counts twice.
    const context = new Set<string>();
    const from = Math.max(0, i - WINDOW);
    const to = Math.min(sentences.length - 1, i + WINDOW);
    for (let j = from; j <= to; j++) if (j !== i) for (const cue of cues[j] as string[]) context.add(cue);
    // The sentence just before sets the scene: "Our account manager left. The new one ..."
    if (i > 0) for (const f of own[i - 1] as string[]) if (f.startsWith('f:')) context.add(`c${f}`);
    for (const cue of context) features.push(cue);
    return features;
  });
}
