import { isAnswerKey } from '../audit/answers.js';
import type { Audit } from '../audit/schema.js';
import type { AnswersSeed } from './answers-file.js';
import { askAllQuestions } from './conversation.js';
import { askFacts } from './facts.js';
import { askPlan } from './plan.js';
import { reviewAnswers } from './review.js';
import { checkpoint, type InterviewDeps, stageIndex } from './session.js';
import { askTeamView } from './team-view.js';
import { reviewThemes } from './theme-review.js';

export interface InterviewStart {
  /** Facts and answers already known (an answers file); they are not asked again. */
  seed?: AnswersSeed;
  /** A draft to resume, or a planned audit to run. */
  draft?: Audit;
  /** Set by `recover audit new --from`: re-ask missing facts of a planned audit. */
  fromPlan?: boolean;
}

/**
 * The whole interview, stage by stage: facts, the five questions, review, themes, the team's
 * view and the plan. Every stage saves the draft; a resumed draft starts where it stopped.
 */
export async function runInterview(deps: InterviewDeps, start: InterviewStart = {}): Promise<Audit> {
  const { prompter } = deps;
  const seed = start.seed ?? {};
  const resumeAt =
    start.draft?.interview?.resume_at ?? (start.draft && !start.fromPlan ? 'expected' : 'facts');
  const from = stageIndex(resumeAt);

  let audit = start.draft;
  if (!audit || from <= stageIndex('facts')) {
    audit = await askFacts(deps, seed, audit);
  }
  adoptSeed(audit, seed);

  if (from <= stageIndex('next_steps')) {
    if (deps.questions.intro) prompter.say(`\n${deps.questions.intro.trim()}\n`);
    await askAllQuestions(deps, audit, isAnswerKey(resumeAt) ? resumeAt : undefined);
  }
  if (from <= stageIndex('review')) {
    await checkpoint(deps, audit, 'review');
    await reviewAnswers(deps, audit);
  }
  if (from <= stageIndex('themes')) {
    await checkpoint(deps, audit, 'themes');
    await reviewThemes(deps, audit);
  }
  if (from <= stageIndex('team_view')) {
    await checkpoint(deps, audit, 'team_view');
    await askTeamView(deps, audit);
  }
  await checkpoint(deps, audit, 'plan');
  await askPlan(deps, audit);

  audit.status = 'complete';
  if (audit.interview) delete audit.interview.resume_at;
  return audit;
}

/** Parts of an answers file beyond the facts go into the audit as given. */
function adoptSeed(audit: Audit, seed: AnswersSeed): void {
  if (seed.answers) audit.answers = { ...seed.answers, ...audit.answers };
  if (seed.team_view) audit.team_view = { ...seed.team_view, ...audit.team_view };
  audit.themes ??= seed.themes;
  audit.actions ??= seed.actions;
  audit.follow_up ??= seed.follow_up;
  audit.win_back ??= seed.win_back;
}
