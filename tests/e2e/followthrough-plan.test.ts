import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { readAuditFile } from '../../src/workspace/store.js';
import { commitCount, lastCommit } from './followthrough-helpers.js';
import { git, recover, tempWorkspace } from './harness.js';

const env = { RECOVER_TODAY: '2026-10-01' };
let dir: string;

beforeAll(() => {
  dir = tempWorkspace();
});

it('records a planned audit with the facts, the workspace currency and auditor, and commits it', () => {
  const result = recover(
    [
      'audit',
      'plan',
      '--client',
      'Maple Grove Senior Living',
      '--ended',
      '2026-09-15',
      '--value',
      '420,000',
      '--segment',
      'skilled nursing',
      '--reason',
      'Unstable staffing',
    ],
    { cwd: dir, env },
  );
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('between 2026-09-29 and 2026-10-27');
  expect(result.stdout).toContain('recover audit new --from 2026-09-15-maple-grove-senior-living');
  const read = readAuditFile(join(dir, 'audits', '2026-09-15-maple-grove-senior-living.yaml'));
  expect(read.ok).toBe(true);
  if (!read.ok) return;
  expect(read.audit).toMatchObject({
    status: 'planned',
    client: {
      name: 'Maple Grove Senior Living',
      annual_value: 420000,
      currency: 'USD',
      segment: 'skilled nursing',
      stated_reason: 'Unstable staffing',
    },
    interview: { auditor: 'Jordan Reyes' },
  });
  expect(read.audit.answers).toBeUndefined();
  expect(lastCommit(dir)).toBe('Plan audit of Maple Grove Senior Living');
});

it('refuses the same client and end date twice, naming the existing audit', () => {
  const before = commitCount(dir);
  const result = recover(
    ['audit', 'plan', '--client', 'maple grove senior living', '--ended', '2026-09-15'],
    { cwd: dir, env },
  );
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('already has an audit');
  expect(result.stderr).toContain('2026-09-15-maple-grove-senior-living');
  expect(commitCount(dir)).toBe(before);
});

it('takes --currency and --auditor, and --no-commit leaves the file uncommitted', () => {
  const result = recover(
    [
      'audit',
      'plan',
      '--client',
      'Harbor View',
      '--ended',
      '2026-08-31',
      '--currency',
      'eur',
      '--auditor',
      'Sam Ortiz',
      '--no-commit',
    ],
    { cwd: dir, env },
  );
  expect(result.code).toBe(0);
  const read = readAuditFile(join(dir, 'audits', '2026-08-31-harbor-view.yaml'));
  expect(read.ok && read.audit.client.currency).toBe('EUR');
  expect(read.ok && read.audit.interview?.auditor).toBe('Sam Ortiz');
  expect(git(dir, ['status', '--porcelain'])).toContain('2026-08-31-harbor-view.yaml');
});

it('rejects a bad date and a bad currency without writing anything', () => {
  const bad = recover(['audit', 'plan', '--client', 'X', '--ended', '15/09/2026'], { cwd: dir, env });
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain('YYYY-MM-DD');
  const currency = recover(
    ['audit', 'plan', '--client', 'X', '--ended', '2026-09-15', '--currency', 'dollars'],
    { cwd: dir, env },
  );
  expect(currency.code).toBe(2);
  expect(existsSync(join(dir, 'audits', '2026-09-15-x.yaml'))).toBe(false);
});

it('plans an earlier contract of the same client as an audit of its own', () => {
  const result = recover(
    ['audit', 'plan', '--client', 'Maple Grove Senior Living', '--ended', '2025-01-10'],
    { cwd: dir, env },
  );
  expect(result.code).toBe(0);
  expect(existsSync(join(dir, 'audits', '2025-01-10-maple-grove-senior-living.yaml'))).toBe(true);
});
