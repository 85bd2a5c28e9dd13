import { usageError } from '../errors.js';
import { validDate } from '../interview/validators.js';
import type { Context } from '../ui/context.js';
import { print } from '../ui/output.js';
import { saveAndCommit } from '../workspace/save.js';
import { openWorkspace } from '../workspace/workspace.js';
import { loadInterviewed, reportSave } from './shared.js';

interface Options {
  summaryShared?: string | true;
  reportedBack?: string | true;
  reportBackBy?: string;
  commit: boolean;
}

/** Records the report-back loop with the client (seed 001: share the summary, report back). */
export default async function auditFollowUp(ctx: Context, id: string, options: Options): Promise<void> {
  const shared = dateOption('--summary-shared', options.summaryShared, ctx.today());
  const reported = dateOption('--reported-back', options.reportedBack, ctx.today());
  if (!shared && !reported && !options.reportBackBy) {
    throw usageError(
      'Nothing to record',
      'Use --summary-shared, --reported-back or --report-back-by (see --help).',
    );
  }
  const ws = openWorkspace(ctx.cwd);
  const { audit } = loadInterviewed(ws, id);
  const changes: string[] = [];
  const followUp = { ...audit.follow_up };
  const record = (field: keyof typeof followUp, value: string | undefined, what: string) => {
    if (!value || followUp[field] === value) return;
    const was = followUp[field];
    followUp[field] = value;
    changes.push(`${what} ${value}${was ? ` (was ${was})` : ''}`);
  };
  record('summary_shared_on', shared, 'summary shared on');
  record('reported_back_on', reported, 'reported back on');
  record('report_back_by', options.reportBackBy, 'report back by');
  if (changes.length === 0) {
    print(ctx, `Nothing changed: ${audit.client.name}'s follow-up already says that.`);
    return;
  }
  audit.follow_up = followUp;
  const outcome = await saveAndCommit(
    ws,
    audit,
    `Follow-up for ${audit.client.name}: ${changes.join(', ')}`,
    {
      commit: options.commit,
    },
  );
  reportSave(ctx, outcome, `Recorded ${changes.join(', ')}`);
  if (!followUp.reported_back_on && followUp.report_back_by) {
    print(ctx, `  Report back to ${audit.client.name} by ${followUp.report_back_by}.`);
  }
}

function dateOption(flag: string, value: string | true | undefined, today: string): string | undefined {
  if (value === undefined) return undefined;
  if (value === true) return today;
  const valid = validDate(value);
  if (valid !== true) throw usageError(`${flag} ${value}: ${valid}`);
  return value;
}
