import { ANSWER_LABELS, type AnswerKey } from '../audit/answers.js';
import type { Audit } from '../audit/schema.js';
import { askQuestion } from './conversation.js';
import type { InterviewDeps } from './session.js';

const SAVE = 'save';

/** Before saving, the interviewer reads the answers back and may revise any of them. */
export async function reviewAnswers(deps: InterviewDeps, audit: Audit): Promise<void> {
  const { prompter } = deps;
  for (;;) {
    prompter.say('\nReview the answers before saving:');
    for (const question of deps.questions.questions) {
      const text = audit.answers?.[question.key]?.text ?? '';
      const first = text.split('\n')[0] ?? '';
      prompter.say(
        `  ${ANSWER_LABELS[question.key]}: ${first.length > 70 ? `${first.slice(0, 67)}...` : first}`,
      );
    }
    const choice = await prompter.select<AnswerKey | typeof SAVE>({
      message: 'Everything as the client meant it?',
      choices: [
        { name: 'Yes, continue', value: SAVE },
        ...deps.questions.questions.map((q) => ({ name: `Revise: ${ANSWER_LABELS[q.key]}`, value: q.key })),
      ],
      default: SAVE,
    });
    if (choice === SAVE) return;
    const question = deps.questions.questions.find((q) => q.key === choice);
    if (question) await askQuestion(deps, audit, question);
  }
}
