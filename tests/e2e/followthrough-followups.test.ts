import { beforeAll, expect, it } from 'vitest';
import { addAudits } from './followthrough-helpers.js';
import { recover, tempWorkspace, writeFile } from './harness.js';

const env = { RECOVER_TODAY: '2026-11-01' };
let dir: string;

beforeAll(() => {
  dir = tempWorkspace();
  addAudits(dir, [
    // Left 20 days ago: in the 2-to-6-week window.
    { id: '2026-10-12-in-window', status: 'planned' },
    // Left 60 days ago: past the window.
    { id: '2026-09-02-too-late', status: 'planned' },
    // Leaves on 10 November: the window opens in 23 days, seen only when looking further ahead.
    { id: '2026-11-10-leaving-soon', status: 'planned' },
    {
      id: '2026-08-01-owed-report',
      interview: { date: '2026-08-20' },
      follow_up: { report_back_by: '2026-10-25' },
      win_back: { intent: 'pursue', next_contact: '2026-11-05', likelihood: 3 },
      actions: [
        { id: 'A1', what: 'Name a site lead', who: 'Dana Li', when: '2026-10-01', status: 'open' },
        { id: 'A2', what: 'Finished work', who: 'Dana Li', when: '2026-09-01', status: 'done' },
      ],
    },
    {
      id: '2026-07-01-all-done',
      follow_up: { summary_shared_on: '2026-07-30', reported_back_on: '2026-09-01' },
    },
  ]);
});

it('lists everything that is due, grouped, with the command for each, and exits 0 without a terminal', () => {
  const result = recover(['followups'], { cwd: dir, env });
  expect(result.code).toBe(0);
  expect(result.stderr).toBe('');
  const out = result.stdout;
  expect(out).toContain('Follow-ups as of 2026-11-01');
  expect(out).toContain('In Window: due: best before 2026-11-23');
  expect(out).toContain('recover audit new --from 2026-10-12-in-window');
  expect(out).toContain('Too Late: late: memories fade');
  expect(out).toContain('Report back to clients (1)');
  expect(out).toContain('Owed Report: report back to the client by 2026-10-25 (7 days late)');
  expect(out).toContain('Client summaries not yet shared (1)');
  expect(out).toContain('Win-back contacts (1)');
  expect(out).toContain('A1 Name a site lead (Dana Li; 31 days overdue)');
  expect(out).not.toContain('Finished work');
  expect(out).not.toContain('All Done');
  expect(out).not.toContain('Leaving Soon');
  // Plain text for a cron mail: no colour codes.
  expect(out).not.toContain('\u001b[');
});

it('looks further ahead with --within and prints JSON', () => {
  const result = recover(['followups', '--within', '30', '--json'], { cwd: dir, env });
  expect(result.code).toBe(0);
  const data = JSON.parse(result.stdout);
  expect(data.within_days).toBe(30);
  const soon = data.items.find((i: { audit_id: string }) => i.audit_id === '2026-11-10-leaving-soon');
  expect(soon).toMatchObject({ kind: 'interview', urgency: 'due-soon', date: '2026-11-24', days: 23 });
  expect(data.items.map((i: { kind: string }) => i.kind)).toEqual([
    'interview',
    'interview',
    'interview',
    'report-back',
    'summary',
    'win-back',
    'action',
  ]);
});

it('follows the interview window set in recover.yaml', () => {
  const config = `audits_dir: audits\ninterview_window:\n  from_days: 7\n  to_days: 14\n`;
  writeFile(dir, 'recover.yaml', config);
  const data = JSON.parse(recover(['followups', '--json'], { cwd: dir, env }).stdout);
  const inWindow = data.items.find((i: { audit_id: string }) => i.audit_id === '2026-10-12-in-window');
  expect(inWindow.urgency).toBe('late');
});

it('still exits 0 when nothing is due', () => {
  const empty = tempWorkspace();
  const result = recover(['followups'], { cwd: empty, env });
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('Nothing is due');
});
