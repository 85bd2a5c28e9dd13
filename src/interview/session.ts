import type { Audit, AuditTheme, InterviewStage } from '../audit/schema.js';
import type { ThemeDefinition } from '../themes/taxonomy.js';
import type { Prompter } from './prompter.js';
import type { QuestionSet } from './questions.js';

/** Everything an interview needs from outside, passed in so the engine stays testable. */
export interface InterviewDeps {
  prompter: Prompter;
  questions: QuestionSet;
  themes: ThemeDefinition[];
  /** Suggests themes for the answers; loads the language model only when called. */
  suggest: (audit: Audit) => Promise<AuditTheme[]>;
  /** Persists the draft (atomic write). Called after every answer. */
  save: (audit: Audit) => Promise<void>;
  today: string;
  defaults: { auditor?: string; currency: string };
  takenIds: ReadonlySet<string>;
}

/** The stages in order; a draft remembers the one it stopped at. */
export const STAGE_ORDER: readonly InterviewStage[] = [
  'facts',
  'expected',
  'happened',
  'went_well',
  'improve',
  'next_steps',
  'review',
  'themes',
  'team_view',
  'plan',
];

export function stageIndex(stage: InterviewStage | undefined): number {
  return stage ? STAGE_ORDER.indexOf(stage) : 0;
}

/** Marks where the interview stands, so Ctrl-C at any point resumes at the right question. */
export async function checkpoint(deps: InterviewDeps, audit: Audit, stage: InterviewStage): Promise<void> {
  audit.interview = { ...audit.interview, resume_at: stage };
  await deps.save(audit);
}
