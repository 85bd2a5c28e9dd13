import { addDays } from '../audit/follow-through.js';
import type { Action } from '../audit/schema.js';
import type { Choice, Prompter } from './prompter.js';
import { validDate } from './validators.js';

/** The parts of an action a person may already have given (as flags) before being asked. */
export interface ActionFields {
  what?: string;
  who?: string;
  when?: string;
  where?: string;
  why?: string;
  how?: string;
  themes?: string[];
}

export type CompleteActionFields = ActionFields & { what: string; who: string; when: string };

/**
 * Asks for whatever the action still lacks: who, what, where, when, why and how, and the
 * themes it answers. Used by the interview's plan step and by `recover action add`.
 */
export async function askActionFields(
  prompter: Prompter,
  given: ActionFields,
  options: { today: string; themes: Choice<string>[] },
): Promise<CompleteActionFields> {
  const ask = async (message: string, required = false) =>
    (await prompter.text({ message, required })).trim();
  const optional = async (message: string) => (await ask(`${message} (optional)`)) || undefined;
  const what = given.what ?? (await ask('What will be done?', true));
  const who = given.who ?? (await ask('Who owns it (a name or a role)?', true));
  const when =
    given.when ??
    (
      await prompter.text({
        message: 'When is it due? (YYYY-MM-DD)',
        default: addDays(options.today, 30),
        validate: (v) => validDate(v),
      })
    ).trim();
  const where = given.where ?? (await optional('Where: site, region, team or process?'));
  const why = given.why ?? (await optional('Why: which cause does it address?'));
  const how = given.how ?? (await optional('How will it be done?'));
  let themes = given.themes;
  if (themes === undefined && options.themes.length > 0) {
    const picked = await prompter.checkbox({
      message: 'Which themes does it address? (space to tick, enter to go on)',
      choices: options.themes,
    });
    themes = picked.length ? picked : undefined;
  }
  return { what, who, when, where, why, how, themes };
}

export function nextActionId(actions: readonly Action[]): string {
  return `A${Math.max(0, ...actions.map((a) => Number(a.id.slice(1)) || 0)) + 1}`;
}

/** A new open action, leaving out the optional parts nobody filled in. */
export function newAction(actions: readonly Action[], fields: CompleteActionFields): Action {
  const { what, who, when, where, why, how, themes } = fields;
  return {
    id: nextActionId(actions),
    what,
    who,
    ...(where ? { where } : {}),
    when,
    ...(why ? { why } : {}),
    ...(how ? { how } : {}),
    ...(themes?.length ? { themes } : {}),
    status: 'open',
  };
}
