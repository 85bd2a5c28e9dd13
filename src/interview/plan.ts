import { addDays } from '../audit/follow-through.js';
import { type Action, type Audit, WIN_BACK_INTENTS, type WinBackIntent } from '../audit/schema.js';
import { askActionFields, newAction } from './action-fields.js';
import type { InterviewDeps } from './session.js';
import { validDate } from './validators.js';

const INTENT_HELP: Record<WinBackIntent, string> = {
  pursue: 'pursue: actively work to win them back',
  nurture: 'nurture: stay in touch, no active pursuit',
  closed: 'closed: the door is shut for now',
  won: 'won: they are already coming back',
};

/**
 * The action plan (who, what, where, when, why, how), the date the client hears back from us,
 * and whether we want the client back. What is already in the audit is not asked again.
 */
export async function askPlan(deps: InterviewDeps, audit: Audit): Promise<void> {
  const { prompter } = deps;
  audit.actions ??= [];
  const actions: Action[] = audit.actions;
  prompter.say('\nThe action plan: what we will do about what we heard.');
  while (
    await prompter.confirm({
      message: actions.length ? 'Add another action?' : 'Add an action?',
      default: actions.length === 0,
    })
  ) {
    actions.push(await askAction(deps, audit, actions));
    await deps.save(audit);
  }

  audit.follow_up ??= {};
  if (!audit.follow_up.report_back_by) {
    audit.follow_up.report_back_by = (
      await prompter.text({
        message: 'By when will we report back to the client? (YYYY-MM-DD)',
        default: addDays(deps.today, 14),
        validate: (v) => validDate(v),
      })
    ).trim();
  }
  if (audit.follow_up.summary_shared_on === undefined) {
    const shared = await prompter.confirm({
      message: 'Has the client summary already been shared with them?',
      default: false,
    });
    audit.follow_up.summary_shared_on = shared ? deps.today : null;
  }
  await deps.save(audit);

  if (!audit.win_back) {
    const intent = await prompter.select<WinBackIntent>({
      message: 'Do we want this client back?',
      choices: WIN_BACK_INTENTS.map((i) => ({ name: INTENT_HELP[i], value: i })),
      default: 'nurture',
    });
    audit.win_back = { intent };
    if (intent === 'won') audit.win_back.won_on = deps.today;
    if (intent === 'pursue' || intent === 'nurture') {
      const next = await prompter.text({
        message: 'Next contact (YYYY-MM-DD)',
        default: addDays(deps.today, intent === 'pursue' ? 30 : 90),
        validate: (v) => validDate(v),
      });
      audit.win_back.next_contact = next.trim();
      audit.win_back.likelihood = await prompter.select<number>({
        message: 'How likely are they to come back?',
        choices: [1, 2, 3, 4, 5].map((n) => ({
          name: `${n} ${['', 'unlikely', 'possible', 'even chance', 'likely', 'very likely'][n]}`,
          value: n,
        })),
        default: 3,
      });
    }
    await deps.save(audit);
  }
}

async function askAction(deps: InterviewDeps, audit: Audit, actions: Action[]): Promise<Action> {
  const label = (id: string) => deps.themes.find((d) => d.id === id)?.label ?? id;
  const confirmed = (audit.themes ?? []).filter((t) => t.status === 'confirmed');
  const fields = await askActionFields(
    deps.prompter,
    {},
    { today: deps.today, themes: confirmed.map((t) => ({ name: label(t.id), value: t.id })) },
  );
  return newAction(actions, fields);
}
