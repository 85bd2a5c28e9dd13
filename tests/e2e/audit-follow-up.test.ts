import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { git, recover, tempWorkspace, writeFile } from './harness.js';

const ANSWERS = `client: { name: Harbor Point Clinics, ended_on: 2026-08-31 }
interview: { auditor: Jordan Reyes, auditor_independent: true }
answers:
  expected: { text: One therapist per clinic. }
  happened: { text: We met four therapists by June. }
  went_well: { text: Weekend coverage was reliable. }
  improve: { text: Tell us before you move people. }
  next_steps: { text: Write to us in spring. }
themes: []
follow_up: { report_back_by: 2026-10-01 }
`;
const ID = '2026-09-20-harbor-point-clinics';

function setup(): string {
  const ws = tempWorkspace();
  writeFile(ws, 'answers.yaml', ANSWERS);
  const created = recover(['audit', 'new', '--answers', 'answers.yaml'], {
    cwd: ws,
    env: { RECOVER_TODAY: '2026-09-20' },
  });
  if (created.code !== 0) throw new Error(created.stderr);
  return ws;
}

describe('recover audit follow-up', () => {
  it('records the summary shared and the report-back, commits, and followups stops asking', () => {
    const ws = setup();
    const env = { RECOVER_TODAY: '2026-10-05' };
    expect(recover(['followups'], { cwd: ws, env }).stdout).toContain(
      'report back to the client by 2026-10-01',
    );

    const result = recover(['audit', 'follow-up', ID, '--summary-shared', '2026-09-25', '--reported-back'], {
      cwd: ws,
      env,
    });
    expect(result.code).toBe(0);
    const audit = parse(readFileSync(join(ws, 'audits', `${ID}.yaml`), 'utf8'));
    expect(audit.follow_up).toEqual({
      report_back_by: '2026-10-01',
      summary_shared_on: '2026-09-25',
      reported_back_on: '2026-10-05',
    });
    expect(git(ws, ['log', '-1', '--format=%s'])).toBe(
      'Follow-up for Harbor Point Clinics: summary shared on 2026-09-25, reported back on 2026-10-05\n',
    );
    const followups = recover(['followups'], { cwd: ws, env }).stdout;
    expect(followups).not.toContain('Harbor Point Clinics');
  });

  it('with nothing to record, says which options exist (exit 2)', () => {
    const result = recover(['audit', 'follow-up', ID], { cwd: setup() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--summary-shared');
  });

  it('recording what is already recorded says nothing changed and commits nothing', () => {
    const ws = setup();
    const result = recover(['audit', 'follow-up', ID, '--report-back-by', '2026-10-01'], { cwd: ws });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Nothing changed');
    expect(git(ws, ['log', '-1', '--format=%s'])).toBe('Audit of Harbor Point Clinics (ended 2026-08-31)\n');
  });

  it('a new date says what it replaces', () => {
    const ws = setup();
    recover(['audit', 'follow-up', ID, '--report-back-by', '2026-10-09'], { cwd: ws });
    expect(git(ws, ['log', '-1', '--format=%s'])).toBe(
      'Follow-up for Harbor Point Clinics: report back by 2026-10-09 (was 2026-10-01)\n',
    );
  });
});
