import { beforeAll, describe, expect, it } from 'vitest';
import { addAudits, commitCount, lastCommit } from './followthrough-helpers.js';
import { git, readFile, recover, tempWorkspace } from './harness.js';

const env = { RECOVER_TODAY: '2026-11-01' };
const ID = '2026-09-15-maple-grove';
const FILE = `audits/${ID}.yaml`;
let dir: string;

beforeAll(() => {
  dir = tempWorkspace();
  addAudits(dir, [
    {
      id: ID,
      themes: [{ id: 'staffing-instability', source: 'auto', status: 'confirmed', evidence: [] }],
      actions: [
        {
          id: 'A1',
          themes: ['staffing-instability'],
          what: 'Name one therapy lead per building',
          who: 'Dana Li',
          when: '2026-10-15',
          status: 'open',
        },
      ],
    },
    {
      id: '2026-08-01-harbor-view',
      actions: [
        { id: 'A1', what: 'Weekly call', who: 'Sam Ortiz', when: '2026-12-01', status: 'in-progress' },
      ],
    },
  ]);
});

const run = (args: string[]) => recover(args, { cwd: dir, env });

describe('action add', () => {
  it('adds the next action from flags, keeps the comments, and commits saying what was added', () => {
    const result = run([
      'action',
      'add',
      ID,
      '--what',
      'Start a float pool of therapists',
      '--who',
      'Regional Ops Director',
      '--when',
      '2026-12-15',
      '--where',
      'Southeast region',
      '--theme',
      'staffing-instability',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Added A2 to Maple Grove');
    const text = readFile(dir, FILE);
    expect(text).toContain('# Hand-written note: keep this comment.');
    expect(text).toMatch(
      /- id: A2\n\s+what: Start a float pool of therapists\n\s+who: Regional Ops Director/,
    );
    expect(lastCommit(dir)).toBe('Add action A2 to Maple Grove: Start a float pool of therapists');
  });

  it('without a terminal, names the missing flags in one line and exits 2', () => {
    const before = commitCount(dir);
    const result = run(['action', 'add', ID, '--what', 'Something']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      'recover: Missing --who and --when (there is no terminal to ask for them)',
    );
    expect(commitCount(dir)).toBe(before);
  });

  it('rejects a theme id that is not in the taxonomy, suggesting the nearest', () => {
    const result = run([
      'action',
      'add',
      ID,
      '--what',
      'x',
      '--who',
      'y',
      '--when',
      '2026-12-01',
      '--theme',
      'staffing-instabilty',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('`staffing-instability`');
  });

  it('suggests the right id for an unknown audit', () => {
    const result = run([
      'action',
      'add',
      '2026-09-15-maple-grov',
      '--what',
      'x',
      '--who',
      'y',
      '--when',
      '2026-12-01',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(ID);
  });
});

describe('action set', () => {
  it('marks an action done with today as done_on, appends the note and commits the change', () => {
    const result = run([
      'action',
      'set',
      ID,
      'A1',
      '--status',
      'done',
      '--note',
      'Leads named in all 4 buildings',
    ]);
    expect(result.code).toBe(0);
    const text = readFile(dir, FILE);
    expect(text).toContain('done_on: 2026-11-01');
    expect(text).toMatch(/notes:\n\s+- on: 2026-11-01\n\s+text: Leads named in all 4 buildings/);
    expect(text).toContain('# Hand-written note: keep this comment.');
    expect(lastCommit(dir)).toBe('A1 for Maple Grove: open -> done, note added');
  });

  it('changes owner and date, and a second note is appended, not replacing the first', () => {
    run(['action', 'set', ID, 'A2', '--who', 'Pat Kim', '--when', '2027-01-15', '--note', 'Budget approved']);
    expect(lastCommit(dir)).toBe(
      'A2 for Maple Grove: due 2026-12-15 -> 2027-01-15, owner Regional Ops Director -> Pat Kim, note added',
    );
    run(['action', 'set', ID, 'A2', '--note', 'Two hires made']);
    const text = readFile(dir, FILE);
    expect(text.indexOf('Budget approved')).toBeGreaterThan(0);
    expect(text.indexOf('Two hires made')).toBeGreaterThan(text.indexOf('Budget approved'));
  });

  it('reopening a done action clears done_on', () => {
    run(['action', 'set', ID, 'A1', '--status', 'in-progress']);
    expect(readFile(dir, FILE)).not.toContain('done_on');
    expect(lastCommit(dir)).toBe('A1 for Maple Grove: done -> in-progress');
  });

  it('says when nothing changed and makes no commit', () => {
    const before = commitCount(dir);
    const result = run(['action', 'set', ID, 'A1', '--status', 'in-progress']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Nothing changed');
    expect(commitCount(dir)).toBe(before);
  });

  it('names the actions there are when the id is wrong, and needs something to change', () => {
    const wrong = run(['action', 'set', ID, 'A9', '--status', 'done']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('Its actions are A1, A2');
    const nothing = run(['action', 'set', ID, 'A1']);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('give --status, --note, --when or --who');
  });

  it('the history of the file shows the follow-through', () => {
    const log = git(dir, ['log', '--format=%s', '--', FILE]);
    expect(log).toContain('Add action A2 to Maple Grove');
    expect(log).toContain('A1 for Maple Grove: open -> done, note added');
    const history = run(['history', ID]);
    expect(history.code).toBe(0);
    expect(history.stdout).toMatch(
      /A1 for Maple Grove: open -> done, note added[\s\S]*Add action A2 to Maple Grove/,
    );
  });
});

describe('actions', () => {
  it('lists overdue first with client and theme labels', () => {
    run(['action', 'set', ID, 'A1', '--when', '2026-10-20']);
    const result = run(['actions']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[2]).toContain('overdue 12d');
    expect(lines[2]).toContain('Maple Grove');
    expect(lines[2]).toContain('Staffing instability');
    expect(result.stdout).toContain('1 overdue');
  });

  it('filters by owner, theme, status and due date, and prints JSON', () => {
    const owner = JSON.parse(run(['actions', '--owner', 'sam', '--json']).stdout);
    expect(owner.map((a: { client: string; id: string }) => `${a.client} ${a.id}`)).toEqual([
      'Harbor View A1',
    ]);
    const theme = JSON.parse(run(['actions', '--theme', 'staffing-instability', '--json']).stdout);
    expect(theme.map((a: { id: string }) => a.id)).toEqual(['A1', 'A2']);
    expect(theme[1].themes).toEqual([{ id: 'staffing-instability', label: 'Staffing instability' }]);
    const overdue = JSON.parse(run(['actions', '--overdue', '--json']).stdout);
    expect(overdue.map((a: { id: string; overdue: boolean }) => [a.id, a.overdue])).toEqual([['A1', true]]);
    const soon = JSON.parse(run(['actions', '--due-within', '30', '--json']).stdout);
    expect(soon.map((a: { audit_id: string }) => a.audit_id)).toEqual([ID, '2026-08-01-harbor-view']);
    expect(run(['actions', '--status', 'finished']).code).toBe(2);
  });
});
