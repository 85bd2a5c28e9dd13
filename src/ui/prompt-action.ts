import { checkbox, input } from '@inquirer/prompts';

/**
 * Asks for the fields of an action that were not given as flags. The only place `action add`
 * touches inquirer, loaded only when a person is at a terminal.
 */

export interface ActionFields {
  what?: string;
  who?: string;
  where?: string;
  when?: string;
  why?: string;
  how?: string;
  themes?: string[];
}

export interface ThemeChoice {
  id: string;
  label: string;
  /** Pre-ticked: a theme the audit found. */
  checked: boolean;
}

const isDate = (v: string) =>
  (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))) || 'Write the date as YYYY-MM-DD';

export async function promptAction(given: ActionFields, themes: ThemeChoice[]): Promise<ActionFields> {
  const out: ActionFields = { ...given };
  const optional = (v: string) => v.trim() || undefined;
  out.what ??= (await input({ message: 'What will be done?', required: true })).trim();
  out.who ??= (await input({ message: 'Who owns it (a name or a role)?', required: true })).trim();
  out.when ??= (
    await input({ message: 'When is it due (YYYY-MM-DD)?', required: true, validate: isDate })
  ).trim();
  out.where ??= optional(await input({ message: 'Where (site, region, team or process)? (optional)' }));
  out.why ??= optional(await input({ message: 'Why: which cause does it address? (optional)' }));
  out.how ??= optional(await input({ message: 'How will it be done? (optional)' }));
  if (out.themes === undefined && themes.length > 0) {
    const picked = await checkbox({
      message: 'Which themes does it address? (space to tick, enter to go on)',
      choices: themes.map((t) => ({ value: t.id, name: t.label, checked: t.checked })),
    });
    out.themes = picked.length ? picked : undefined;
  }
  return out;
}
