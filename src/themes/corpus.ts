import { readdirSync, readFileSync } from 'node:fs';
import { type AnswerKey, isAnswerKey } from '../audit/answers.js';

/**
 * Labelled texts for training and tuning the classifier. The files are plain text, one example a
 * line, so they read (and grow) like a list of things clients said:
 *
 *   # a comment
 *   @ staffing-instability [happened]      labels (and optionally the answer) for the lines below
 *   By March we had met our fourth site supervisor.
 *   + slow-response: ...                   this line adds a label
 *   = none: ...                            this line has exactly these labels (none: no theme)
 *   [went_well] ...                        this line comes from another answer
 */
export interface Example {
  text: string;
  themes: string[];
  answer?: AnswerKey;
  /** Where it came from, for messages: file:line. */
  source: string;
}

export const CORPUS_DIR = new URL('../../src/themes/corpus/', import.meta.url);

/** A split is a folder of `.txt` files, so several people can add to it without editing one file. */
export type Split = 'train' | 'dev';

export function readCorpus(split: Split): Example[] {
  const dir = new URL(`${split}/`, CORPUS_DIR);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => parseCorpus(readFileSync(new URL(name, dir), 'utf8'), `${split}/${name}`));
}

/** Who wrote an example: its corpus file's name ("train/care.txt:12" and "dev/care.txt:3" -> "care.txt"). */
export function writerOf(example: Example): string {
  return example.source.replace(/^(train|dev)\//, '').replace(/:\d+$/, '');
}

export function parseCorpus(text: string, name: string): Example[] {
  const examples: Example[] = [];
  let labels: string[] = [];
  let answer: AnswerKey | undefined;
  text.split('\n').forEach((raw, index) => {
    let line = raw.trim();
    const source = `${name}:${index + 1}`;
    if (!line || line.startsWith('#')) return;
    if (line.startsWith('@')) {
      const header = line.slice(1).trim();
      const key = /\[([a-z_]+)\]\s*$/.exec(header);
      answer = key && isAnswerKey(key[1] as string) ? (key[1] as AnswerKey) : undefined;
      labels = ids(header.replace(/\[[a-z_]+\]\s*$/, ''));
      return;
    }
    let themes = labels;
    const own = /^([=+])\s*([a-z0-9, -]+):\s+(.*)$/.exec(line);
    if (own) {
      themes = own[1] === '=' ? ids(own[2] as string) : [...labels, ...ids(own[2] as string)];
      line = own[3] as string;
    }
    let lineAnswer = answer;
    const key = /^\[([a-z_]+)\]\s+(.*)$/.exec(line);
    if (key && isAnswerKey(key[1] as string)) {
      lineAnswer = key[1] as AnswerKey;
      line = key[2] as string;
    }
    examples.push({
      text: line,
      themes: [...new Set(themes)],
      ...(lineAnswer ? { answer: lineAnswer } : {}),
      source,
    });
  });
  return examples;
}

function ids(list: string): string[] {
  return list.split(/[\s,]+/).filter((id) => id && id !== 'none');
}
