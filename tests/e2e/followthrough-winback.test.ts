import { beforeAll, expect, it } from 'vitest';
import { addAudits, commitCount, lastCommit } from './followthrough-helpers.js';
import { readFile, recover, tempWorkspace } from './harness.js';

const env = { RECOVER_TODAY: '2026-11-01' };
const ID = '2026-09-15-maple-grove';
let dir: string;

beforeAll(() => {
  dir = tempWorkspace();
  addAudits(dir, [
    { id: ID, client: { annual_value: 420000, currency: 'USD' } },
    {
      id: '2026-08-01-harbor-view',
      client: { annual_value: 100000, currency: 'USD' },
      win_back: { intent: 'nurture', likelihood: 2, next_contact: '2026-10-01' },
    },
    {
      id: '2026-07-01-cedar',
      client: { annual_value: 50000, currency: 'EUR' },
      win_back: { intent: 'pursue', likelihood: 4 },
    },
  ]);
});

const run = (args: string[]) => recover(args, { cwd: dir, env });

it('records an intent with likelihood and next contact, and commits it', () => {
  const result = run([
    'winback',
    'set',
    ID,
    '--intent',
    'pursue',
    '--likelihood',
    '3',
    '--next-contact',
    '2027-01-15',
  ]);
  expect(result.code).toBe(0);
  const text = readFile(dir, `audits/${ID}.yaml`);
  expect(text).toMatch(/win_back:\n\s+intent: pursue\n/);
  expect(text).toContain('likelihood: 3');
  expect(text).toContain('# Hand-written note: keep this comment.');
  expect(lastCommit(dir)).toBe(
    'Win-back for Maple Grove: intent pursue, next contact 2027-01-15, likelihood 3/5',
  );
});

it('shows the pipeline by intent and likelihood with value at stake, per currency', () => {
  const result = run(['winback']);
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('Pursuing: 2, $420,000 + €50,000');
  expect(result.stdout.indexOf('Cedar')).toBeLessThan(result.stdout.indexOf('Maple Grove'));
  expect(result.stdout).toContain('2026-10-01 (late)');
  const data = JSON.parse(run(['winback', '--json']).stdout);
  expect(data.intents.map((g: { intent: string; count: number }) => [g.intent, g.count])).toEqual([
    ['pursue', 2],
    ['nurture', 1],
  ]);
  expect(data.intents[1].entries[0].contact_overdue).toBe(true);
});

it('records a client won back with its date, and shows it first', () => {
  const result = run(['winback', 'set', ID, '--intent', 'won', '--on', '2026-10-28']);
  expect(result.code).toBe(0);
  expect(readFile(dir, `audits/${ID}.yaml`)).toContain('won_on: 2026-10-28');
  expect(lastCommit(dir)).toBe('Win-back for Maple Grove: pursue -> won, won on 2026-10-28');
  const data = JSON.parse(run(['winback', '--json']).stdout);
  expect(data.intents[0]).toMatchObject({ intent: 'won', count: 1, value: { USD: 420000 } });
  expect(data.intents[0].entries[0].won_on).toBe('2026-10-28');
});

it('sets today as the win date when --on is left out', () => {
  run(['winback', 'set', '2026-07-01-cedar', '--intent', 'won']);
  expect(readFile(dir, 'audits/2026-07-01-cedar.yaml')).toContain('won_on: 2026-11-01');
});

it('refuses --on without won, a first record without --intent, and a call with nothing to change', () => {
  const before = commitCount(dir);
  const on = run(['winback', 'set', '2026-08-01-harbor-view', '--on', '2026-10-01']);
  expect(on.code).toBe(2);
  expect(on.stderr).toContain('use it with --intent won');
  addAudits(dir, [{ id: '2026-06-01-no-intent' }]);
  const noIntent = run(['winback', 'set', '2026-06-01-no-intent', '--likelihood', '2']);
  expect(noIntent.code).toBe(2);
  expect(noIntent.stderr).toContain('has no win-back intent yet');
  expect(run(['winback', 'set', ID]).code).toBe(2);
  expect(run(['winback', 'set', ID, '--likelihood', '9']).code).toBe(2);
  expect(commitCount(dir)).toBe(before + 1);
});
