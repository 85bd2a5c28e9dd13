import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, expect, it } from 'vitest';
import { addAudits } from './followthrough-helpers.js';
import { recover, tempWorkspace } from './harness.js';

const env = { RECOVER_TODAY: '2026-11-01' };
let dir: string;

beforeAll(() => {
  dir = tempWorkspace();
  addAudits(dir, [
    {
      id: '2026-09-15-maple-grove',
      client: {
        name: 'Maple Grove, "Senior" Living',
        annual_value: 420000,
        currency: 'USD',
        stated_reason: '=cmd|calc',
      },
      answers: { happened: { text: 'We met our fourth supervisor by March.\nNobody called back.' } },
      themes: [
        { id: 'staffing-instability', source: 'auto', status: 'confirmed', evidence: [] },
        { id: 'slow-response', source: 'auto', status: 'suggested', evidence: [] },
      ],
      actions: [
        { id: 'A1', what: '+1 site lead per building', who: '@ops', when: '2026-10-01', status: 'open' },
        {
          id: 'A2',
          what: 'Float pool',
          who: 'Dana Li',
          when: '2026-12-01',
          status: 'done',
          done_on: '2026-10-30',
        },
      ],
      win_back: { intent: 'pursue', likelihood: 3 },
    },
    { id: '2026-08-01-harbor-view', status: 'planned' },
  ]);
});

const read = (file: string) =>
  parse(readFileSync(join(dir, file), 'utf8'), { columns: true }) as Record<string, string>[];

it('writes the audits and the actions as two CSV files that open back with every value intact', () => {
  const result = recover(['export', '--out', 'out/audits.csv'], { cwd: dir, env });
  expect(result.code).toBe(0);
  expect(result.stdout).toContain(
    'Exported 2 audits to out/audits.csv and 2 actions to out/audits-actions.csv',
  );
  const audits = read('out/audits.csv');
  expect(audits.map((a) => a.id)).toEqual(['2026-08-01-harbor-view', '2026-09-15-maple-grove']);
  const maple = audits[1];
  expect(maple).toMatchObject({
    client: 'Maple Grove, "Senior" Living',
    annual_value: '420000',
    stated_reason: "'=cmd|calc",
    answer_happened: 'We met our fourth supervisor by March.\nNobody called back.',
    'theme_staffing-instability': 'confirmed',
    'theme_slow-response': 'suggested',
    'theme_expertise-gap': '',
    actions_open: '1',
    actions_overdue: '1',
    actions_done: '1',
    win_back_intent: 'pursue',
  });
  const actions = read('out/audits-actions.csv');
  expect(actions.map((a) => [a.action_id, a.what, a.who, a.overdue])).toEqual([
    ['A1', "'+1 site lead per building", "'@ops", 'yes'],
    ['A2', 'Float pool', 'Dana Li', 'no'],
  ]);
});

it('prints the audits CSV to standard output and says how to get the actions', () => {
  const result = recover(['export'], { cwd: dir, env });
  expect(result.code).toBe(0);
  const rows = parse(result.stdout, { columns: true }) as Record<string, string>[];
  expect(rows).toHaveLength(2);
  expect(result.stderr).toContain('use --out FILE.csv to also write FILE-actions.csv');
});

it('exports JSON with both tables', () => {
  const result = recover(['export', '--format', 'json'], { cwd: dir, env });
  const data = JSON.parse(result.stdout);
  expect(data.exported_on).toBe('2026-11-01');
  expect(data.audits[1].stated_reason).toBe('=cmd|calc');
  expect(data.actions).toHaveLength(2);
  expect(data.actions[0]).toMatchObject({ audit_id: '2026-09-15-maple-grove', overdue: true });
  const out = recover(['export', '--format', 'json', '--out', 'all.json'], { cwd: dir, env });
  expect(out.code).toBe(0);
  expect(existsSync(join(dir, 'all.json'))).toBe(true);
});
