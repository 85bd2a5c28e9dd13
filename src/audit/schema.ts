import { z } from 'zod';
import { ANSWER_KEYS } from './answers.js';

/**
 * The audit file format. This one schema is the source of the TypeScript types, of validation
 * (with exact paths) and of the published JSON Schema in schema/audit.schema.json.
 * Objects are strict so a misspelt key is reported instead of silently dropped.
 */

export const SCHEMA_TAG = 'recover/audit@1';

const isoDate = z.iso.date({ error: 'must be a date written as YYYY-MM-DD' });
const text = z.string().trim().min(1, { error: 'must not be empty' });
const slugId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lowercase letters, digits and dashes' });

export const AUDIT_STATUSES = ['planned', 'draft', 'complete'] as const;
export const THEME_SOURCES = ['auto', 'manual'] as const;
export const THEME_STATUSES = ['suggested', 'confirmed', 'rejected'] as const;
export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'dropped'] as const;
export const WIN_BACK_INTENTS = ['pursue', 'nurture', 'closed', 'won'] as const;
export const INTERVIEW_STAGES = ['facts', ...ANSWER_KEYS, 'review', 'themes', 'team_view', 'plan'] as const;

export const auditIdSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must look like YYYY-MM-DD-client-name (lowercase letters, digits and dashes)',
  })
  .max(80);

export const followUpQuestionSchema = z.strictObject({
  question: text.describe('The follow-up probe that was asked'),
  text: text.describe("The client's answer to it"),
});

export const answerSchema = z.strictObject({
  text: z.string().describe("The client's answer, in their words"),
  heard: z.string().optional().describe('What the interviewer read back to confirm it ("what I heard")'),
  follow_ups: z.array(followUpQuestionSchema).optional(),
});

/** The first question also records who set the expectation (sales, reputation, price...). */
export const expectedAnswerSchema = answerSchema.extend({
  set_by: z.array(text).optional().describe('Who or what set the expectation: sales, reputation, price...'),
});

const answerShape = Object.fromEntries(
  ANSWER_KEYS.map((key) => [key, (key === 'expected' ? expectedAnswerSchema : answerSchema).optional()]),
) as {
  [K in (typeof ANSWER_KEYS)[number]]: z.ZodOptional<
    K extends 'expected' ? typeof expectedAnswerSchema : typeof answerSchema
  >;
};

export const answersSchema = z.strictObject(answerShape);

export const evidenceSchema = z.strictObject({
  answer: z.enum(ANSWER_KEYS).describe('Which answer the quote comes from'),
  quote: text.describe("The client's sentence that shows the theme"),
  start: z.number().int().nonnegative().optional().describe('Character offset of the quote in the answer'),
  end: z.number().int().nonnegative().optional(),
  matched: z.string().optional().describe('Why the tagger picked it'),
  view: z.enum(['client', 'team']).optional().describe('Whose answer it is; client when absent'),
});

export const themeSchema = z.strictObject({
  id: slugId.describe('A theme id from the taxonomy (recover themes)'),
  source: z.enum(THEME_SOURCES),
  status: z.enum(THEME_STATUSES),
  confidence: z.number().min(0).max(1).optional(),
  evidence: z.array(evidenceSchema).default([]),
  note: z.string().optional(),
});

export const actionNoteSchema = z.strictObject({
  on: isoDate,
  text: text,
});

export const actionSchema = z.strictObject({
  id: z.string().regex(/^A\d+$/, { error: 'must look like A1, A2...' }),
  what: text.describe('What will be done'),
  who: text.describe('Who owns it'),
  where: z.string().optional().describe('Where: site, region, team or process'),
  when: isoDate.describe('When it is due'),
  why: z.string().optional().describe('Why: the cause it addresses'),
  how: z.string().optional().describe('How it will be done'),
  themes: z.array(slugId).optional().describe('Theme ids this action addresses'),
  status: z.enum(ACTION_STATUSES).default('open'),
  done_on: isoDate.nullish(),
  notes: z.array(actionNoteSchema).optional(),
});

export const followUpSchema = z.strictObject({
  report_back_by: isoDate.nullish().describe('When the client gets a report back on what we did'),
  reported_back_on: isoDate.nullish(),
  summary_shared_on: isoDate.nullish().describe('When the client summary was shared with the client'),
});

export const winBackSchema = z.strictObject({
  intent: z.enum(WIN_BACK_INTENTS),
  next_contact: isoDate.nullish(),
  likelihood: z.number().int().min(1).max(5).nullish().describe('1 (unlikely) to 5 (very likely)'),
  won_on: isoDate.nullish(),
  note: z.string().optional(),
});

export const participantSchema = z.strictObject({
  role: text.describe('Their role, e.g. CEO, Executive Director'),
  name: z.string().optional(),
});

export const clientSchema = z.strictObject({
  name: text,
  segment: z.string().optional(),
  region: z.string().optional(),
  annual_value: z.number().nonnegative().optional().describe('Annual contract value'),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, { error: 'must be a three-letter currency code such as USD or EUR' })
    .optional(),
  relationship_start: isoDate.optional(),
  ended_on: isoDate.describe('When the contract ended'),
  stated_reason: z.string().optional().describe('The reason the client gave when they left'),
});

export const interviewSchema = z.strictObject({
  date: isoDate.optional(),
  auditor: z.string().optional(),
  auditor_independent: z
    .boolean()
    .optional()
    .describe('True when the auditor was not part of the team that served the client'),
  participants: z.array(participantSchema).optional(),
  notes: z.string().optional().describe("The auditor's own notes (internal)"),
  resume_at: z
    .enum(INTERVIEW_STAGES)
    .optional()
    .describe('Where an interrupted interview continues (drafts only; recover audit resume)'),
});

export const auditSchema = z
  .strictObject({
    schema: z.literal(SCHEMA_TAG, { error: `must be ${SCHEMA_TAG}` }),
    id: auditIdSchema,
    status: z.enum(AUDIT_STATUSES),
    client: clientSchema,
    interview: interviewSchema.optional(),
    answers: answersSchema.optional(),
    team_view: answersSchema.optional().describe("The firm's own view of the same questions, kept apart"),
    themes: z.array(themeSchema).optional(),
    actions: z.array(actionSchema).optional(),
    follow_up: followUpSchema.optional(),
    win_back: winBackSchema.optional(),
  })
  .describe('A Post Mortem Audit of a lost client');

export type Audit = z.infer<typeof auditSchema>;
export type AuditInput = z.input<typeof auditSchema>;
export type Answer = z.infer<typeof answerSchema>;
export type ExpectedAnswer = z.infer<typeof expectedAnswerSchema>;
export type Answers = z.infer<typeof answersSchema>;
export type AuditTheme = z.infer<typeof themeSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Action = z.infer<typeof actionSchema>;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type AuditStatus = (typeof AUDIT_STATUSES)[number];
export type FollowUp = z.infer<typeof followUpSchema>;
export type WinBack = z.infer<typeof winBackSchema>;
export type WinBackIntent = (typeof WIN_BACK_INTENTS)[number];
export type Client = z.infer<typeof clientSchema>;
export type Interview = z.infer<typeof interviewSchema>;
export type InterviewStage = (typeof INTERVIEW_STAGES)[number];
