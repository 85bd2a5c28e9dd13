import { parseAmount } from '../audit/amount.js';
import { makeAuditId } from '../audit/id.js';
import { type Audit, type Client, type Interview, SCHEMA_TAG } from '../audit/schema.js';
import type { InterviewDeps } from './session.js';
import { splitList, validAmount, validCurrency, validDate } from './validators.js';

export type Seed = {
  client?: Partial<Client>;
  interview?: Partial<Interview>;
};

/**
 * The facts of the lost account. Name and end date come first: with them the draft gets its
 * id and is saved, so from then on nothing typed can be lost.
 */
export async function askFacts(deps: InterviewDeps, seed: Seed, existing?: Audit): Promise<Audit> {
  const { prompter } = deps;
  const c: Partial<Client> = { ...seed.client, ...existing?.client };
  const iv: Partial<Interview> = { ...seed.interview, ...existing?.interview };

  c.name ??= await prompter.text({ message: 'Client name', required: true });
  c.ended_on ??= (
    await prompter.text({ message: 'When did the contract end? (YYYY-MM-DD)', validate: (v) => validDate(v) })
  ).trim();
  iv.date ??= deps.today;

  const audit: Audit = existing ?? {
    schema: SCHEMA_TAG,
    id: makeAuditId(iv.date, c.name, deps.takenIds),
    status: 'draft',
    client: { name: c.name, ended_on: c.ended_on },
  };
  const save = async () => {
    audit.client = { ...(c as Client) };
    audit.interview = { ...iv, resume_at: 'facts' };
    await deps.save(audit);
  };
  await save();

  const optional = async (message: string, current: string | undefined) =>
    current ?? ((await prompter.text({ message: `${message} (optional)` })).trim() || undefined);

  c.segment = await optional('Segment, e.g. skilled nursing, light industrial, B2B SaaS', c.segment);
  c.region = await optional('Region', c.region);
  if (c.annual_value === undefined) {
    const amount = parseAmount(
      await prompter.text({
        message: 'Annual contract value (optional, e.g. 420000 or €240k)',
        validate: validAmount,
      }),
    );
    if (amount.ok) {
      c.annual_value = amount.value;
      c.currency ??= amount.currency;
    }
  }
  if (c.annual_value !== undefined && !c.currency) {
    c.currency = (
      await prompter.text({ message: 'Currency', default: deps.defaults.currency, validate: validCurrency })
    ).toUpperCase();
  }
  if (!c.relationship_start) {
    const start = await prompter.text({
      message: 'Client since (YYYY-MM-DD, optional)',
      validate: (v) => validDate(v, { optional: true }),
    });
    c.relationship_start = start.trim() || undefined;
  }
  c.stated_reason = await optional('The reason the client gave for leaving', c.stated_reason);
  await save();

  iv.auditor ??= (
    await prompter.text({
      message: 'Auditor (who is running this interview)',
      default: deps.defaults.auditor,
      required: true,
    })
  ).trim();
  if (!iv.participants?.length) {
    const roles = await prompter.text({
      message: "Participants' roles, comma-separated (e.g. CEO, Executive Director)",
    });
    const participants = splitList(roles).map((role) => ({ role }));
    iv.participants = participants.length ? participants : undefined;
  }
  if (iv.auditor_independent === undefined) iv.auditor_independent = await askIndependence(deps);
  await save();
  return audit;
}

async function askIndependence(deps: InterviewDeps): Promise<boolean> {
  const { prompter } = deps;
  const onTeam = await prompter.confirm({
    message: 'Were you part of the team that served this client?',
    default: false,
  });
  if (!onTeam) return true;
  prompter.say(
    '! A Post Mortem Audit needs a neutral auditor from outside Operations: clients speak more freely\n' +
      '  to someone who was not part of what went wrong. Consider asking a colleague to run it.',
  );
  const proceed = await prompter.confirm({
    message: 'Run it yourself anyway? (it will be recorded as not neutral)',
    default: false,
  });
  if (!proceed) {
    throw new NeutralAuditorRequired();
  }
  return false;
}

export class NeutralAuditorRequired extends Error {
  constructor() {
    super('The interview needs a neutral auditor');
    this.name = 'NeutralAuditorRequired';
  }
}
