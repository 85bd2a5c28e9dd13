import type { Audit } from '../audit/schema.js';
import { askQuestion } from './conversation.js';
import type { InterviewDeps } from './session.js';

/**
 * The firm's own view of the same five questions, kept apart from the client's: a recovery
 * conversation looks for the cause from both sides.
 */
export async function askTeamView(
  deps: InterviewDeps,
  audit: Audit,
  { offer = true, revise = false } = {},
): Promise<void> {
  const { prompter } = deps;
  if (offer) {
    const now = await prompter.confirm({
      message:
        "Record the team's own view of the same questions now? (you can do it later with recover audit review)",
      default: false,
    });
    if (!now) return;
  }
  prompter.say(
    "\nThe team's view: what the people who served the client saw. It stays separate from the client's words.",
  );
  for (const question of deps.questions.questions) {
    // A revision asks every question again with the earlier answer to edit; otherwise only the gaps.
    if (!revise && audit.team_view?.[question.key]?.text) continue;
    await askQuestion(deps, audit, question, 'team_view');
  }
}
