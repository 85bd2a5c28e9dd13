import { z } from 'zod';
import { ANSWER_KEYS } from '../audit/answers.js';
import { readDataFile } from '../workspace/data-file.js';
import type { Workspace } from '../workspace/workspace.js';

export const BUILT_IN_QUESTIONS = new URL('../../templates/questions.yaml', import.meta.url);

const questionSchema = z.strictObject({
  key: z.enum(ANSWER_KEYS),
  prompt: z.string().min(1),
  team_prompt: z.string().min(1).optional(),
  guidance: z.string().default(''),
  probes: z.array(z.string().min(1)).default([]),
});

export const questionSetSchema = z
  .strictObject({
    intro: z.string().default(''),
    expectation_sources: z.array(z.string().min(1)).default([]),
    questions: z.array(questionSchema),
  })
  .refine((set) => ANSWER_KEYS.every((key) => set.questions.some((q) => q.key === key)), {
    error: `must have one question for each of: ${ANSWER_KEYS.join(', ')}`,
    path: ['questions'],
  });

export type Question = z.infer<typeof questionSchema>;
export type QuestionSet = z.infer<typeof questionSetSchema>;

/** The workspace's question set, or the built-in one. Questions are data, not code. */
export function loadQuestionSet(ws?: Workspace): QuestionSet {
  const file = ws?.questionsFile ?? BUILT_IN_QUESTIONS;
  const data = readDataFile(
    file,
    questionSetSchema,
    'Check the question set named in recover.yaml (`questions:`).',
  );
  // Ask in the canonical order whatever order the file lists them in.
  const ordered = ANSWER_KEYS.map((key) => data.questions.find((q) => q.key === key) as Question);
  return { ...data, questions: ordered };
}
