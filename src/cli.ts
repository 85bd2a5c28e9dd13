import { resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { parseAmount } from './audit/amount.js';
import { EXIT, UserError } from './errors.js';
import { validDate } from './interview/validators.js';
import { processContext } from './ui/context.js';

/**
 * Every command and flag lives here. Actions only lazy-load `commands/<name>` and call its
 * default export with a Context, the positional arguments and the options, so `recover --help`
 * never pays for inquirer, handlebars or the language model.
 */

type Handler = (...args: unknown[]) => Promise<void>;

function lazy(name: string): (...args: unknown[]) => Promise<void> {
  return async (...args: unknown[]) => {
    const command = args.at(-1) as Command;
    const options = { ...command.opts() };
    const positional = args.slice(0, -2);
    const global = command.optsWithGlobals() as { cwd?: string };
    const ctx = processContext(resolve(global.cwd ?? '.'));
    const mod = (await import(`./commands/${name}.js`)) as { default: Handler };
    await mod.default(ctx, ...positional, options);
  };
}

const example = (...lines: string[]) =>
  `\nExample${lines.length > 1 ? 's' : ''}:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('must be a whole number of days');
  return n;
}

function amount(value: string): number {
  const parsed = parseAmount(value);
  if (!parsed.ok) throw new InvalidArgumentError('must be an amount such as 120000, $120,000 or 120k');
  return parsed.value;
}

function isoDate(value: string): string {
  const valid = validDate(value);
  if (valid !== true) throw new InvalidArgumentError(valid);
  return value;
}

function likelihood(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 5)
    throw new InvalidArgumentError('must be a whole number from 1 to 5');
  return n;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function buildProgram(version: string): Command {
  const program = new Command('recover')
    .description(
      'Post Mortem Audits of lost clients: interview, themes, reports and follow-through, kept in git.',
    )
    .version(version, '-V, --version', 'print the version')
    .option('-C, --cwd <dir>', 'run as if recover was started in <dir>')
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({ sortSubcommands: false })
    .addHelpText('after', example('recover init my-audits', 'recover audit new', 'recover report --summary'));

  program
    .command('init')
    .description(
      'create a workspace: recover.yaml, an audits folder, the schema for editors and a git repository',
    )
    .argument('[dir]', 'folder to set up', '.')
    .option('--auditor <name>', 'default auditor for new audits')
    .option('--currency <code>', 'currency for contract values', 'USD')
    .option('--no-git', 'do not create a git repository')
    .addHelpText('after', example('recover init client-audits --auditor "Jordan Reyes"'))
    .action(lazy('init'));

  const audit = program.command('audit').description('run, list and manage audits');

  audit
    .command('new')
    .description('run a Post Mortem Audit interview and save it')
    .option('--answers <file>', 'take answers from a YAML or JSON file instead of prompting')
    .option('--from <id>', 'start from a planned audit (recover audit plan / import)')
    .option('--no-commit', 'save the file without committing it to git')
    .addHelpText(
      'after',
      example(
        'recover audit new',
        'recover audit new --answers interview.yaml',
        'recover audit new --from 2026-10-02-maple-grove',
      ),
    )
    .action(lazy('audit-new'));

  audit
    .command('resume')
    .description('continue an interview that was interrupted')
    .argument('<id>', 'the draft audit id')
    .option('--no-commit', 'save the file without committing it to git')
    .addHelpText('after', example('recover audit resume 2026-10-02-maple-grove'))
    .action(lazy('audit-resume'));

  audit
    .command('review')
    .description("confirm or reject suggested themes and record the team's own view")
    .argument('<id>', 'audit id')
    .option('--answers <file>', "take the team's view and theme decisions from a YAML or JSON file")
    .option('--no-commit', 'save the file without committing it to git')
    .addHelpText('after', example('recover audit review 2026-10-02-maple-grove'))
    .action(lazy('audit-review'));

  audit
    .command('list')
    .description('list audits: id, client, end date, value, status and themes')
    .option('--status <status>', 'only audits with this status (planned, draft, complete)')
    .option('--json', 'print JSON')
    .addHelpText('after', example('recover audit list', 'recover audit list --status draft --json'))
    .action(lazy('audit-list'));

  audit
    .command('show')
    .description('show one audit')
    .argument('<id>', 'audit id')
    .option('--json', 'print JSON')
    .addHelpText('after', example('recover audit show 2026-10-02-maple-grove'))
    .action(lazy('audit-show'));

  audit
    .command('plan')
    .description('record a lost client awaiting its audit')
    .requiredOption('--client <name>', 'client name')
    .requiredOption('--ended <date>', 'date the contract ended (YYYY-MM-DD)', isoDate)
    .option('--value <amount>', 'annual contract value', amount)
    .option('--currency <code>', 'currency of the value')
    .option('--segment <segment>', 'client segment')
    .option('--region <region>', 'region')
    .option('--reason <text>', 'the reason the client gave')
    .option('--auditor <name>', 'who will run the interview')
    .option('--no-commit', 'save the file without committing it to git')
    .addHelpText(
      'after',
      example('recover audit plan --client "Maple Grove" --ended 2026-09-15 --value 420000'),
    )
    .action(lazy('audit-plan'));

  audit
    .command('edit')
    .description('open an audit in your editor ($VISUAL or $EDITOR); it is checked before it is committed')
    .argument('<id>', 'audit id')
    .option('--no-commit', 'save the file without committing it to git')
    .addHelpText('after', example('recover audit edit 2026-10-02-maple-grove'))
    .action(lazy('audit-edit'));

  audit
    .command('follow-up')
    .description(
      'record that the client summary was shared, that we reported back, or a new report-back date',
    )
    .argument('<id>', 'audit id')
    .option('--summary-shared [date]', 'the client summary was shared (today, or on this date)')
    .option('--reported-back [date]', 'we reported back to the client (today, or on this date)')
    .option('--report-back-by <date>', 'new date by which we report back', isoDate)
    .option('--no-commit', 'save the file without committing it to git')
    .addHelpText(
      'after',
      example(
        'recover audit follow-up 2026-10-02-maple-grove --summary-shared',
        'recover audit follow-up 2026-10-02-maple-grove --reported-back 2026-11-20',
      ),
    )
    .action(lazy('audit-follow-up'));

  program
    .command('validate')
    .description('check audit files against the format; prints file:line:col, field and problem')
    .argument('[paths...]', 'audit files or ids (default: every audit)')
    .addHelpText('after', example('recover validate', 'recover validate audits/2026-10-02-maple-grove.yaml'))
    .action(lazy('validate'));

  program
    .command('history')
    .description('the git history of one audit')
    .argument('<id>', 'audit id')
    .option('--json', 'print JSON')
    .addHelpText('after', example('recover history 2026-10-02-maple-grove'))
    .action(lazy('history'));

  program
    .command('tag')
    .description("find themes in any text and print them with the client's quotes")
    .argument('[file]', 'text file, or - for standard input', '-')
    .option('--json', 'print one JSON object')
    .option('--jsonl', 'read lines of {"id","text"} and write one line of themes per input line')
    .addHelpText(
      'after',
      example('recover tag notes.txt', 'echo "We met our fourth supervisor by March." | recover tag'),
    )
    .action(lazy('tag'));

  const themes = program.command('themes').description('the theme taxonomy and how often each theme occurs');
  themes
    .command('list', { isDefault: true })
    .description('show every theme with its count across audits')
    .option('--json', 'print JSON')
    .addHelpText('after', example('recover themes'))
    .action(lazy('themes'));
  themes
    .command('test')
    .description("run every theme's examples and report the ones that fail")
    .addHelpText('after', example('recover themes test'))
    .action(lazy('themes-test'));

  program
    .command('retag')
    .description('re-run theme tagging on every audit, keeping manual themes and decisions')
    .option('--dry-run', 'show what would change without saving')
    .option('--no-commit', 'save the files without committing them to git')
    .addHelpText('after', example('recover retag --dry-run'))
    .action(lazy('retag'));

  program
    .command('report')
    .description('render reports in Markdown and HTML: per audit, client summary, portfolio summary')
    .argument('[ids...]', 'audit ids')
    .option('--all', 'a report for every audit')
    .option('--summary', 'the portfolio summary across audits')
    .option('--client', 'the client-facing summary of the given audits')
    .addOption(
      new Option('--format <format>', 'md, html or both (default: both; md with --out -)').choices([
        'md',
        'html',
        'both',
      ]),
    )
    .option('--out <dir>', 'output folder, or - for standard output (one report)')
    .option('--since <date>', 'only audits of clients that left on or after this date', isoDate)
    .option('--until <date>', 'only audits of clients that left on or before this date', isoDate)
    .option('--segment <segment>', 'only this segment')
    .option('--region <region>', 'only this region')
    .option('--include-drafts', 'include draft and planned audits')
    .addHelpText(
      'after',
      example(
        'recover report --summary',
        'recover report 2026-10-02-maple-grove --client --format md',
        'recover report --all --since 2026-01-01',
      ),
    )
    .action(lazy('report'));

  program
    .command('actions')
    .description('every action across audits, overdue first')
    .option('--overdue', 'only overdue actions')
    .option('--due-within <days>', 'only actions due within this many days', positiveInt)
    .option('--owner <name>', 'only actions owned by this person')
    .option('--theme <id>', 'only actions addressing this theme')
    .option('--status <status>', 'only actions with this status (open, in-progress, done, dropped)')
    .option('--json', 'print JSON')
    .addHelpText('after', example('recover actions --overdue', 'recover actions --owner "Dana Li" --json'))
    .action(lazy('actions'));

  const action = program.command('action').description('add and update action plan items');
  action
    .command('add')
    .description('add an action (who, what, where, when, why, how) to an audit')
    .argument('<audit-id>', 'audit id')
    .option('--what <text>', 'what will be done')
    .option('--who <name>', 'who owns it')
    .option('--where <text>', 'where: site, region, team or process')
    .option('--when <date>', 'due date (YYYY-MM-DD)', isoDate)
    .option('--why <text>', 'why: the cause it addresses')
    .option('--how <text>', 'how it will be done')
    .option('--theme <id>', 'a theme it addresses (repeatable)', collect)
    .option('--no-commit', 'save the file without committing it to git')
    .addHelpText(
      'after',
      example(
        'recover action add 2026-10-02-maple-grove --what "Name one site lead" --who "Ops Director" --when 2026-12-15',
      ),
    )
    .action(lazy('action-add'));
  action
    .command('set')
    .description('update an action: status, due date, owner or a note')
    .argument('<audit-id>', 'audit id')
    .argument('<action-id>', 'action id, e.g. A1')
    .addOption(
      new Option('--status <status>', 'new status').choices(['open', 'in-progress', 'done', 'dropped']),
    )
    .option('--note <text>', 'a progress note')
    .option('--when <date>', 'new due date', isoDate)
    .option('--who <name>', 'new owner')
    .option('--no-commit', 'save the file without committing it to git')
    .addHelpText(
      'after',
      example('recover action set 2026-10-02-maple-grove A1 --status done --note "Float pool live"'),
    )
    .action(lazy('action-set'));

  program
    .command('followups')
    .description(
      'what is due: audits to run, report-backs, summaries to share, win-back contacts, overdue actions',
    )
    .option('--within <days>', 'look this many days ahead', positiveInt, 14)
    .option('--json', 'print JSON')
    .addHelpText('after', example('recover followups', 'recover followups --within 30 --json'))
    .action(lazy('followups'));

  const winback = program.command('winback').description('the win-back pipeline');
  winback
    .command('show', { isDefault: true })
    .description('the pipeline by intent and likelihood, with value at stake')
    .option('--json', 'print JSON')
    .addHelpText('after', example('recover winback'))
    .action(lazy('winback'));
  winback
    .command('set')
    .description('record win-back progress for an audit')
    .argument('<id>', 'audit id')
    .addOption(
      new Option('--intent <intent>', 'pursue, nurture, closed or won').choices([
        'pursue',
        'nurture',
        'closed',
        'won',
      ]),
    )
    .option('--on <date>', 'date the client was won back (with --intent won)', isoDate)
    .option('--next-contact <date>', 'next planned contact', isoDate)
    .option('--likelihood <n>', 'from 1 (unlikely) to 5 (very likely)', likelihood)
    .option('--note <text>', 'a note')
    .option('--no-commit', 'save the file without committing it to git')
    .addHelpText('after', example('recover winback set 2026-10-02-maple-grove --intent won --on 2027-03-01'))
    .action(lazy('winback-set'));

  program
    .command('export')
    .description('one row per audit (facts, themes, action counts) plus actions, for spreadsheets')
    .addOption(new Option('--format <format>', 'csv or json').choices(['csv', 'json']).default('csv'))
    .option('--out <file>', 'write here instead of standard output (CSV: also writes <file>-actions.csv)')
    .addHelpText(
      'after',
      `${example('recover export --out audits.csv', 'recover export --format json > audits.json')}
CSV to standard output holds the audits only; --out FILE.csv also writes FILE-actions.csv,
and JSON holds both (keys "audits" and "actions"). Cells that start with = + - or @ get a
leading ' so spreadsheets show them as text.
`,
    )
    .action(lazy('export'));

  program
    .command('similar')
    .description('other audits sharing its confirmed themes, most alike first')
    .argument('<id>', 'audit id')
    .option('--json', 'print JSON')
    .addHelpText('after', example('recover similar 2026-10-02-maple-grove'))
    .action(lazy('similar'));

  program
    .command('import')
    .description('record every row of a CSV of churned accounts as a planned audit')
    .argument('<file>', 'CSV file with a header row')
    .option('--map <pairs>', 'column mapping, e.g. "client=Account Name,ended=Close Date,value=ARR"')
    .option('--dry-run', 'show what would be imported without saving')
    .option('--no-commit', 'save the files without committing them to git')
    .addHelpText(
      'after',
      example('recover import churned.csv', 'recover import crm.csv --map "client=Account,ended=Churn Date"'),
    )
    .action(lazy('import'));

  return program;
}

/** Runs the CLI and returns the exit code; only bin/recover.js calls process.exit. */
export async function main(argv: string[], version: string): Promise<number> {
  const program = buildProgram(version);
  program.exitOverride();
  for (const sub of allCommands(program)) sub.exitOverride();
  try {
    await program.parseAsync(argv);
    return EXIT.ok;
  } catch (error) {
    return report(error);
  }
}

function allCommands(command: Command): Command[] {
  return command.commands.flatMap((c) => [c, ...allCommands(c)]);
}

function report(error: unknown): number {
  if (error instanceof CommanderError) {
    // Commander has already printed the problem (or the help / version).
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof UserError) {
    process.stderr.write(`recover: ${error.message}\n`);
    if (error.hint) process.stderr.write(`${error.hint}\n`);
    return error.exitCode;
  }
  if (error instanceof Error && error.name === 'ExitPromptError') {
    process.stderr.write('recover: stopped.\n');
    return EXIT.interrupted;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`recover: unexpected error: ${message}\n`);
  if (process.env.RECOVER_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  else process.stderr.write('This is a bug. Run again with RECOVER_DEBUG=1 for details and report it.\n');
  return EXIT.failure;
}
