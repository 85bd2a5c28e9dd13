import type { Choice, Prompter } from '../../src/interview/prompter.js';

/** Thrown where a person would press Ctrl-C; the same name inquirer gives it. */
export const INTERRUPT = Symbol('interrupt');

/** A question pattern and the answer; for a choice, the value or a RegExp matching its label. */
export type Step = [RegExp, unknown];

/**
 * A Prompter that answers from a script. Each question must match the next step's pattern,
 * so a test fails with the question it did not expect instead of answering the wrong one.
 */
export function scriptedPrompter(
  steps: Step[],
): Prompter & { said: string[]; asked: string[]; remaining(): number } {
  const queue = [...steps];
  const said: string[] = [];
  const asked: string[] = [];
  const next = (message: string, partial?: (text: string) => void): unknown => {
    asked.push(message);
    const step = queue.shift();
    if (!step) throw new Error(`Unexpected question (script ran out): ${message}`);
    const [pattern, value] = step;
    if (!pattern.test(message)) throw new Error(`Expected a question matching ${pattern}, got: ${message}`);
    if (value === INTERRUPT) {
      const error = new Error('User force closed the prompt with SIGINT');
      error.name = 'ExitPromptError';
      throw error;
    }
    if (value && typeof value === 'object' && 'partial' in value) {
      partial?.(String((value as { partial: string }).partial));
      const error = new Error('User force closed the prompt with SIGINT');
      error.name = 'ExitPromptError';
      throw error;
    }
    return value;
  };
  return {
    said,
    asked,
    remaining: () => queue.length,
    say: (text) => {
      said.push(text);
    },
    text: async ({ message, default: def, validate }) => {
      const value = next(message) as string | undefined;
      const answer = value === undefined || value === '' ? (def ?? '') : value;
      const valid = validate ? validate(answer) : true;
      if (valid !== true) throw new Error(`Scripted answer "${answer}" rejected: ${valid}`);
      return answer;
    },
    longText: async ({ message, onChange, default: def }) => {
      const value = next(message, onChange) as string | undefined;
      return value === undefined ? (def ?? '') : value;
    },
    confirm: async ({ message }) => Boolean(next(message)),
    select: async <T>({ message, choices }: { message: string; choices: Choice<T>[] }) => {
      const step = next(message);
      const value = (
        step instanceof RegExp ? choices.find((c) => (step as RegExp).test(c.name))?.value : step
      ) as T;
      if (!choices.some((c) => c.value === value))
        throw new Error(`"${String(value)}" is not a choice for: ${message}`);
      return value;
    },
    checkbox: async <T>({ message }: { message: string; choices: Choice<T>[] }) => next(message) as T[],
  };
}
