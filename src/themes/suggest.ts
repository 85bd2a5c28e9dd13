import { ANSWER_KEYS, type AnswerKey } from '../audit/answers.js';
import type { Answers, AuditTheme, Evidence } from '../audit/schema.js';
import { expectationGap } from './expectation-gap.js';
import { type HitEvidence, taggerFor } from './tagger.js';
import type { Taxonomy } from './taxonomy.js';

export interface SuggestOptions {
  /** The firm's own view of the same questions; its quotes are marked `view: team`. */
  teamView?: Answers;
  taxonomy?: Taxonomy;
}

/** Quotes kept per theme: enough to judge it, few enough to read. */
const MAX_EVIDENCE = 4;
/**
 * A long answer touches many subjects in passing; only its clearest themes are worth an
 * interviewer's time, and an audit rarely has more than a handful that matter.
 */
const PER_ANSWER = 3;
const PER_AUDIT = 8;

interface Found {
  confidence: number;
  /** How many answers show it (the firm's own view counting half). */
  support: number;
  evidence: Evidence[];
}

/**
 * Themes to suggest for an audit, read answer by answer (each with its own expectations: what
 * went well mostly shows strengths), with the client's quotes as evidence. Every entry is
 * `source: auto, status: suggested` until the interviewer confirms or rejects it.
 */
export function suggestThemes(answers: Answers, options: SuggestOptions = {}): AuditTheme[] {
  const tagger = taggerFor(options.taxonomy);
  const found = new Map<string, Found>();
  const collect = (source: Answers | undefined, view: 'client' | 'team') => {
    for (const key of ANSWER_KEYS) {
      const answer = source?.[key];
      if (!answer) continue;
      const texts: { text: string; offsets: boolean }[] = [{ text: answer.text, offsets: true }];
      for (const followUp of answer.follow_ups ?? []) texts.push({ text: followUp.text, offsets: false });
      for (const { text, offsets } of texts) {
        if (!text.trim()) continue;
        for (const hit of tagger.tag(text, key).slice(0, PER_ANSWER)) {
          const entry = found.get(hit.id) ?? { confidence: 0, support: 0, evidence: [] };
          // A theme only the firm's own view shows is worth a look, but weighs less.
          entry.support += view === 'team' ? 0.5 : 1;
          entry.confidence = Math.max(
            entry.confidence,
            view === 'team' ? hit.confidence * 0.9 : hit.confidence,
          );
          for (const e of hit.evidence) entry.evidence.push(evidenceOf(e, key, view, offsets));
          found.set(hit.id, entry);
        }
      }
    }
  };
  collect(answers, 'client');
  collect(options.teamView, 'team');
  const gap = found.has('broken-promises') ? undefined : expectationGap(tagger, answers);
  if (gap) found.set(gap.hit.id, { confidence: gap.hit.confidence, support: 1, evidence: gap.evidence });
  const order = new Map(tagger.themes.map((t, i) => [t.id, i]));
  return [...found.entries()]
    .sort(
      ([a, x], [b, y]) =>
        y.confidence - x.confidence || y.support - x.support || (order.get(a) ?? 0) - (order.get(b) ?? 0),
    )
    .slice(0, PER_AUDIT)
    .map(([id, { confidence, evidence }]) => ({
      id,
      source: 'auto',
      status: 'suggested',
      confidence: Math.round(confidence * 100) / 100,
      evidence: evidence.slice(0, MAX_EVIDENCE),
    }));
}

function evidenceOf(
  hit: HitEvidence,
  answer: AnswerKey,
  view: 'client' | 'team',
  offsets: boolean,
): Evidence {
  return {
    answer,
    quote: hit.quote,
    ...(offsets ? { start: hit.start, end: hit.end } : {}),
    matched: hit.matched,
    ...(view === 'team' ? { view } : {}),
  };
}
