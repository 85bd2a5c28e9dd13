import { checkbox, confirm, input, select } from '@inquirer/prompts';
import type { Context } from '../ui/context.js';
import { multiline } from './multiline-prompt.js';
import type { Prompter } from './prompter.js';

/** The only file that talks to inquirer: the Prompter a person at a terminal answers. */
export function inquirerPrompter(ctx: Context): Prompter {
  const io = { input: ctx.stdin, output: ctx.stdout };
  return {
    say: (text) => {
      ctx.stdout.write(`${text}\n`);
    },
    text: ({ message, default: def, required, validate }) =>
      input(
        {
          message,
          default: def,
          required,
          validate: validate ? (value: string) => validate(value) : undefined,
        },
        io,
      ),
    longText: (options) => multiline(options, io),
    confirm: ({ message, default: def }) => confirm({ message, default: def }, io),
    select: ({ message, choices, default: def }) =>
      select(
        {
          message,
          choices: choices.map((c) => ({ name: c.name, value: c.value, description: c.description })),
          default: def,
          pageSize: 12,
        },
        io,
      ),
    checkbox: ({ message, choices }) =>
      checkbox(
        { message, choices: choices.map((c) => ({ name: c.name, value: c.value, checked: c.checked })) },
        io,
      ),
  };
}
