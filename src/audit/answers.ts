/** The five after-action questions, in interview order. Keys are the audit file's answer keys. */
export const ANSWER_KEYS = ['expected', 'happened', 'went_well', 'improve', 'next_steps'] as const;
export type AnswerKey = (typeof ANSWER_KEYS)[number];

/** Short labels for reports and terminal views; the full wording lives in the question set. */
export const ANSWER_LABELS: Record<AnswerKey, string> = {
  expected: 'What they expected',
  happened: 'What actually happened',
  went_well: 'What went well',
  improve: 'What could have been better',
  next_steps: 'What should happen next',
};

export function isAnswerKey(value: string): value is AnswerKey {
  return (ANSWER_KEYS as readonly string[]).includes(value);
}
