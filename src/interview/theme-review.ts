import { ANSWER_KEYS, ANSWER_LABELS, type AnswerKey } from '../audit/answers.js';
import type { Audit, AuditTheme } from '../audit/schema.js';
import type { ThemeDefinition } from '../themes/taxonomy.js';
import type { InterviewDeps } from './session.js';

type Decision = 'confirmed' | 'rejected' | 'suggested';
const DONE = '';

/**
 * Shows each suggested theme with the client's words behind it; the interviewer confirms or
 * rejects it, then may add themes the tagger missed. Earlier decisions are kept.
 */
export async function reviewThemes(deps: InterviewDeps, audit: Audit): Promise<void> {
  const { prompter } = deps;
  const label = (id: string) => deps.themes.find((t) => t.id === id)?.label ?? id;
  const existing = audit.themes ?? [];
  const decided = new Map(existing.map((t) => [t.id, t]));
  const suggested = (await deps.suggest(audit)).filter((t) => !decided.has(t.id));
  const themes: AuditTheme[] = [...existing, ...suggested];

  const pending = themes.filter((t) => t.status === 'suggested');
  if (pending.length === 0) prompter.say('\nNo themes were suggested from these answers.');
  else
    prompter.say(
      `\n${pending.length} theme${pending.length === 1 ? '' : 's'} suggested from the client's own words:`,
    );
  for (const theme of pending) {
    prompter.say(`\n  ${label(theme.id)}`);
    for (const ev of theme.evidence)
      prompter.say(`    “${ev.quote}”  (${ANSWER_LABELS[ev.answer].toLowerCase()})`);
    theme.status = await prompter.select<Decision>({
      message: `Does "${label(theme.id)}" reflect what the client said?`,
      choices: [
        { name: 'Yes, confirm it', value: 'confirmed' },
        { name: 'No, reject it', value: 'rejected' },
        { name: 'Not sure, decide later (recover audit review)', value: 'suggested' },
      ],
      default: 'confirmed',
    });
    audit.themes = themes;
    await deps.save(audit);
  }

  for (;;) {
    const used = new Set(themes.map((t) => t.id));
    const available = deps.themes.filter((t) => !used.has(t.id));
    if (!available.length) break;
    const id = await prompter.select<string>({
      message: 'Add a theme the client raised that is not listed?',
      choices: [{ name: 'No, go on', value: DONE }, ...available.map((t) => themeChoice(t))],
      default: DONE,
    });
    if (id === DONE) break;
    themes.push(await manualTheme(deps, audit, id));
    audit.themes = themes;
    await deps.save(audit);
  }
  audit.themes = themes;
}

function themeChoice(theme: ThemeDefinition): { name: string; value: string; description: string } {
  return {
    name: `${theme.label}${theme.kind === 'strength' ? ' (strength)' : ''}`,
    value: theme.id,
    description: theme.description,
  };
}

async function manualTheme(deps: InterviewDeps, audit: Audit, id: string): Promise<AuditTheme> {
  const { prompter } = deps;
  const answered = ANSWER_KEYS.filter((k) => audit.answers?.[k]?.text);
  const answer = await prompter.select<AnswerKey>({
    message: 'Which answer shows it?',
    choices: answered.map((k) => ({ name: ANSWER_LABELS[k], value: k })),
  });
  const text = audit.answers?.[answer]?.text ?? '';
  const sentences = splitSentences(text);
  const quote =
    sentences.length > 1
      ? await prompter.select<string>({
          message: 'Which sentence?',
          choices: sentences.map((s) => ({ name: s, value: s })),
        })
      : (sentences[0] ?? text);
  const start = text.indexOf(quote);
  return {
    id,
    source: 'manual',
    status: 'confirmed',
    evidence: [{ answer, quote, ...(start >= 0 ? { start, end: start + quote.length } : {}) }],
  };
}

/** Good enough to pick a quote by hand; the tagger uses a real sentence splitter. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
