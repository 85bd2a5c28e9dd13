import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, recover, tempDir, tempWorkspace, writeFile } from './harness.js';

const ANSWERS = `client:
  name: Harbor Point Clinics
  segment: outpatient therapy
  region: Northeast
  annual_value: 180000
  ended_on: 2026-08-31
  stated_reason: Unstable staffing
interview:
  auditor: Jordan Reyes
  auditor_independent: true
  participants: [{ role: COO }, { role: Clinic Director }]
answers:
  expected:
    text: We expected one therapist per clinic who knew our patients.
    set_by: [our sales team]
  happened:
    text: |
      By June we had met our fourth therapist at the Elm Street clinic.
      Nobody told us before the changes happened.
  went_well:
    text: The weekend coverage was reliable and the billing was clean.
  improve:
    text: Tell us before you move people, and keep a named lead.
  next_steps:
    text: Send us a note in spring about what changed.
themes:
  - id: staffing-instability
    source: manual
    status: confirmed
    evidence:
      - answer: happened
        quote: By June we had met our fourth therapist at the Elm Street clinic.
`;

describe('a first audit, end to end', () => {
  it('init -> audit new --answers -> valid, committed file -> list, show, history', () => {
    const ws = tempWorkspace();
    writeFile(ws, 'answers.yaml', ANSWERS);
    const created = recover(['audit', 'new', '--answers', 'answers.yaml'], {
      cwd: ws,
      env: { RECOVER_TODAY: '2026-09-20' },
    });
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const id = '2026-09-20-harbor-point-clinics';
    expect(created.stdout).toContain(`audits/${id}.yaml (committed)`);

    const text = readFileSync(join(ws, 'audits', `${id}.yaml`), 'utf8');
    expect(text.startsWith('# yaml-language-server: $schema=../schema/audit.schema.json')).toBe(true);
    expect(git(ws, ['log', '--format=%s'])).toContain('Audit of Harbor Point Clinics (ended 2026-08-31)');
    expect(git(ws, ['status', '--porcelain', 'audits'])).toBe('');

    expect(recover(['validate'], { cwd: ws }).code).toBe(0);

    const list = recover(['audit', 'list', '--json'], { cwd: ws });
    expect(JSON.parse(list.stdout)).toEqual([
      {
        id,
        client: 'Harbor Point Clinics',
        ended_on: '2026-08-31',
        annual_value: 180000,
        currency: 'USD',
        status: 'complete',
        themes: ['staffing-instability'],
      },
    ]);
    expect(recover(['audit', 'list'], { cwd: ws }).stdout).toMatch(
      /Harbor Point Clinics\s+2026-08-31\s+\$180,000\s+complete/,
    );

    const show = recover(['audit', 'show', id], { cwd: ws });
    expect(show.stdout).toContain('What actually happened');
    expect(show.stdout).toContain('By June we had met our fourth therapist');
    expect(show.stdout).toContain('Staffing instability');
    expect(JSON.parse(recover(['audit', 'show', id, '--json'], { cwd: ws }).stdout).client.name).toBe(
      'Harbor Point Clinics',
    );

    const history = recover(['history', id, '--json'], { cwd: ws });
    expect(JSON.parse(history.stdout)).toEqual([
      expect.objectContaining({
        author: 'Test Auditor',
        message: 'Audit of Harbor Point Clinics (ended 2026-08-31)',
      }),
    ]);
    expect(recover(['history', id], { cwd: ws }).stdout).toMatch(
      /Test Auditor\s+Audit of Harbor Point Clinics/,
    );
  });

  it('works from a nested folder and with -C', () => {
    const ws = tempWorkspace();
    writeFile(ws, 'answers.yaml', ANSWERS);
    expect(
      recover(['-C', ws, 'audit', 'new', '--answers', join(ws, 'answers.yaml')], { cwd: tempDir() }).code,
    ).toBe(0);
    const nested = recover(['audit', 'list', '--json'], { cwd: join(ws, 'audits') });
    expect(JSON.parse(nested.stdout)).toHaveLength(1);
  });

  it('--from a planned audit with --answers and no terminal completes that same audit', () => {
    const ws = tempWorkspace();
    const plan = recover(
      ['audit', 'plan', '--client', 'Harbor Point Clinics', '--ended', '2026-08-31', '--value', '180000'],
      {
        cwd: ws,
      },
    );
    expect(plan.code).toBe(0);
    const planned = JSON.parse(recover(['audit', 'list', '--json'], { cwd: ws }).stdout)[0].id;
    writeFile(ws, 'answers.yaml', ANSWERS.replace(/^client:\n( {2}.*\n)+/m, ''));
    const result = recover(['audit', 'new', '--from', planned, '--answers', 'answers.yaml'], { cwd: ws });
    expect(result.stderr).toBe('');
    expect(JSON.parse(recover(['audit', 'list', '--json'], { cwd: ws }).stdout)).toEqual([
      expect.objectContaining({ id: planned, status: 'complete', annual_value: 180000 }),
    ]);
  });

  it('--no-commit saves without committing', () => {
    const ws = tempWorkspace();
    writeFile(ws, 'answers.yaml', ANSWERS);
    expect(recover(['audit', 'new', '--answers', 'answers.yaml', '--no-commit'], { cwd: ws }).code).toBe(0);
    expect(git(ws, ['status', '--porcelain', 'audits'])).toContain('??');
  });

  it('names the missing fields of an answers file when there is no terminal (exit 2)', () => {
    const ws = tempWorkspace();
    writeFile(ws, 'answers.yaml', 'client:\n  name: Acme\n');
    const result = recover(['audit', 'new', '--answers', 'answers.yaml'], { cwd: ws });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('client.ended_on');
    expect(result.stderr).toContain('answers.happened.text');
  });

  it('points at the line of an unknown key in an answers file', () => {
    const ws = tempWorkspace();
    writeFile(ws, 'answers.yaml', ANSWERS.replace('  region: Northeast', '  regoin: Northeast'));
    const result = recover(['audit', 'new', '--answers', 'answers.yaml'], { cwd: ws });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/answers\.yaml:4:3 +client\.regoin +unknown field/);
  });
});

describe('errors a user can cause', () => {
  it('without a terminal and without --answers: one line naming --answers, exit 2', () => {
    const ws = tempWorkspace();
    const result = recover(['audit', 'new'], { cwd: ws });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--answers');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('outside a workspace: says so and names recover init', () => {
    const result = recover(['audit', 'list'], { cwd: tempDir() });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('not inside a recover workspace');
    expect(result.stderr).toContain('recover init');
  });

  it('an unknown id suggests the nearest ones', () => {
    const ws = tempWorkspace();
    writeFile(ws, 'answers.yaml', ANSWERS);
    recover(['audit', 'new', '--answers', 'answers.yaml'], { cwd: ws, env: { RECOVER_TODAY: '2026-09-20' } });
    const result = recover(['audit', 'show', 'harbor-point'], { cwd: ws });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('No audit with id "harbor-point"');
    expect(result.stderr).toContain('2026-09-20-harbor-point-clinics');
  });

  it('a git failure after the write keeps the file, says how to commit by hand, exit 3', () => {
    const ws = tempWorkspace();
    writeFile(ws, 'answers.yaml', ANSWERS);
    // A hook that refuses every commit stands in for any git failure.
    const hook = join(ws, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, '#!/bin/sh\necho "commits are blocked" >&2\nexit 1\n');
    chmodSync(hook, 0o755);
    const result = recover(['audit', 'new', '--answers', 'answers.yaml'], {
      cwd: ws,
      env: { RECOVER_TODAY: '2026-09-20' },
    });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('git could not commit it');
    expect(result.stderr).toContain('git -C');
    expect(existsSync(join(ws, 'audits', '2026-09-20-harbor-point-clinics.yaml'))).toBe(true);
  });

  it('outside a git repository: warns and keeps the file', () => {
    const dir = tempDir();
    expect(recover(['init', '.', '--no-git'], { cwd: dir }).code).toBe(0);
    writeFile(dir, 'answers.yaml', ANSWERS);
    const result = recover(['audit', 'new', '--answers', 'answers.yaml'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('not a git repository');
    expect(recover(['audit', 'list', '--json'], { cwd: dir }).stdout).toContain('Harbor Point Clinics');
  });

  it('init refuses to overwrite an existing workspace', () => {
    const ws = tempWorkspace();
    const result = recover(['init'], { cwd: ws });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('already a recover workspace');
  });

  it('an impossible date in an option is a usage error, not a crash (exit 2)', () => {
    const result = recover(['audit', 'plan', '--client', 'Acme', '--ended', '2026-02-30'], {
      cwd: tempWorkspace(),
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('2026-02-30 is not a real date');
    expect(result.stderr).not.toContain('unexpected error');
  });

  it('a bad option value is a usage error (exit 2)', () => {
    const result = recover(['report', '--since', 'last week'], { cwd: tempWorkspace() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('YYYY-MM-DD');
  });
});

describe('validate', () => {
  it('prints file:line:col, field and problem for each error, and exits 1', () => {
    const ws = tempWorkspace();
    writeFile(ws, 'answers.yaml', ANSWERS);
    recover(['audit', 'new', '--answers', 'answers.yaml'], { cwd: ws, env: { RECOVER_TODAY: '2026-09-20' } });
    const file = join(ws, 'audits', '2026-09-20-harbor-point-clinics.yaml');
    const broken = readFileSync(file, 'utf8')
      .replace('ended_on: 2026-08-31', 'ended_on: 2026-02-31')
      .replace('id: staffing-instability', 'id: staffing-chaos')
      .replace('  went_well:', '  feelings:\n    text: sad\n  went_well:');
    writeFileSync(file, broken);
    writeFile(join(ws, 'audits'), 'broken.yaml', 'schema: recover/audit@1\nid: [unclosed\n');
    const lines = broken.split('\n');
    const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;

    const result = recover(['validate'], { cwd: ws });
    expect(result.code).toBe(1);
    const out = result.stdout;
    expect(out).toContain(
      `audits/2026-09-20-harbor-point-clinics.yaml:${lineOf('ended_on:')}:13  client.ended_on  must be a date`,
    );
    expect(out).toContain(`:${lineOf('feelings:')}:3  answers.feelings  unknown field`);
    expect(out).toMatch(/audits\/broken\.yaml:\d+:\d+ +not valid YAML/);
    expect(result.stderr).toContain('2 of 2 audit files have problems');
  });

  it('checks theme ids against the taxonomy', () => {
    const ws = tempWorkspace();
    writeFile(ws, 'answers.yaml', ANSWERS.replace('id: staffing-instability', 'id: staffing-chaos'));
    recover(['audit', 'new', '--answers', 'answers.yaml', '--no-commit'], {
      cwd: ws,
      env: { RECOVER_TODAY: '2026-09-20' },
    });
    const result = recover(['validate', '2026-09-20-harbor-point-clinics'], { cwd: ws });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/:\d+:\d+ +themes\[0\]\.id +unknown theme "staffing-chaos"/);
  });
});

describe('help and version', () => {
  it('every command has --help with an example', () => {
    const commands = [
      ['init'],
      ['audit', 'new'],
      ['audit', 'resume'],
      ['audit', 'review'],
      ['audit', 'list'],
      ['audit', 'show'],
      ['audit', 'plan'],
      ['audit', 'edit'],
      ['validate'],
      ['history'],
      ['tag'],
      ['themes', 'list'],
      ['themes', 'test'],
      ['retag'],
      ['report'],
      ['actions'],
      ['action', 'add'],
      ['action', 'set'],
      ['followups'],
      ['winback', 'show'],
      ['winback', 'set'],
      ['export'],
      ['similar'],
      ['import'],
    ];
    const cwd = tempDir();
    for (const command of commands) {
      const result = recover([...command, '--help'], { cwd });
      expect(result.code, command.join(' ')).toBe(0);
      expect(result.stdout, command.join(' ')).toMatch(/Examples?:\n {2}\$ recover /);
    }
  });

  it('--version prints the version', () => {
    const result = recover(['--version'], { cwd: tempDir() });
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
