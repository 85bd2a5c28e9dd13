import type { AnswerKey } from '../audit/answers.js';
import type { Answer, Answers, Audit, ExpectedAnswer } from '../audit/schema.js';
import type { Question } from './questions.js';
import { checkpoint, type InterviewDeps } from './session.js';

type View = 'answers' | 'team_view';

const OWN = Symbol('own');
const DONE = Symbol('done');

/**
 * One after-action question: the answer, optional follow-up probes, who set the expectation
 * (first question only) and "what I heard" read back to the client. The draft is saved after
 * each part, and an answer cut off by Ctrl-C is saved as far as it was typed.
 */
export async function askQuestion(
  deps: InterviewDeps,
  audit: Audit,
  question: Question,
  view: View = 'answers',
): Promise<void> {
  const { prompter } = deps;
  audit[view] ??= {};
  const answers: Answers = audit[view];
  const existing = answers[question.key];
  const team = view === 'team_view';
  const store = async (answer: Answer) => {
    (answers as Record<AnswerKey, Answer>)[question.key] = answer;
    await deps.save(audit);
  };

  const number = deps.questions.questions.indexOf(question) + 1;
  prompter.say(
    `\n${team ? "The team's view, question" : 'Question'} ${number} of ${deps.questions.questions.length}`,
  );
  const text = await prompter.longText({
    message: team ? (question.team_prompt ?? question.prompt) : question.prompt,
    guidance: team ? undefined : question.guidance,
    default: existing?.text,
    required: true,
    onChange: (partial) => {
      // Kept in memory only; the command writes it to the draft if the interview is interrupted.
      (answers as Record<AnswerKey, Answer>)[question.key] = { ...existing, text: partial };
    },
  });
  const answer: Answer = { ...existing, text };
  await store(answer);
  if (team) return;

  if (
    question.key === 'expected' &&
    deps.questions.expectation_sources.length &&
    !(existing as ExpectedAnswer)?.set_by
  ) {
    const sources = await prompter.checkbox({
      message: 'Who or what set that expectation? (space to select, enter to go on)',
      choices: deps.questions.expectation_sources.map((s) => ({ name: s, value: s })),
    });
    if (sources.length) (answer as ExpectedAnswer).set_by = sources;
    await store(answer);
  }

  await askFollowUps(deps, question, answer, store);

  if (!existing?.heard) {
    const heard = await prompter.longText({
      message: 'What I heard: your paraphrase, read back to the client (Enter to skip)',
      required: false,
      // Kept in memory as typed, so an interruption here keeps the paraphrase too.
      onChange: (partial) => {
        answer.heard = partial;
      },
    });
    if (heard) answer.heard = heard;
    else delete answer.heard;
    await store(answer);
  }
}

async function askFollowUps(
  deps: InterviewDeps,
  question: Question,
  answer: Answer,
  store: (a: Answer) => Promise<void>,
): Promise<void> {
  const { prompter } = deps;
  for (;;) {
    const asked = new Set((answer.follow_ups ?? []).map((f) => f.question));
    const probes = question.probes.filter((p) => !asked.has(p));
    const choice = await prompter.select<string | typeof OWN | typeof DONE>({
      message: 'Ask a follow-up question?',
      choices: [
        { name: 'No, go on to the next question', value: DONE },
        ...probes.map((p) => ({ name: p, value: p })),
        { name: 'Ask my own follow-up question', value: OWN },
      ],
      default: DONE,
    });
    if (choice === DONE) return;
    const probe =
      choice === OWN
        ? (await prompter.text({ message: 'Your follow-up question', required: true })).trim()
        : choice;
    const before = answer.follow_ups ?? [];
    const reply = await prompter.longText({
      message: probe,
      required: true,
      onChange: (partial) => {
        answer.follow_ups = partial.trim() ? [...before, { question: probe, text: partial }] : before;
      },
    });
    answer.follow_ups = [...before, { question: probe, text: reply }];
    await store(answer);
  }
}

/**
 * The five questions in order, from where a draft stopped. Questions already answered (in an
 * answers file) are skipped; the one that was interrupted is asked again with its text so far.
 */
export async function askAllQuestions(
  deps: InterviewDeps,
  audit: Audit,
  from: AnswerKey | undefined,
): Promise<void> {
  const start = from ? deps.questions.questions.findIndex((q) => q.key === from) : 0;
  for (const question of deps.questions.questions.slice(Math.max(0, start))) {
    if (audit.answers?.[question.key]?.text && question.key !== from) continue;
    await checkpoint(deps, audit, question.key);
    await askQuestion(deps, audit, question);
  }
}
