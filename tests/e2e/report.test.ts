import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TODAY, writeFixtureAudits } from '../fixtures/report-audits.js';
import { REPO_ROOT, readFile, recover, tempDir, tempWorkspace } from './harness.js';

/** `recover report` as a user runs it, in a temp git workspace with fixture audits. */

const env = { RECOVER_TODAY: TODAY };
let ws: string;

beforeAll(() => {
  ws = tempWorkspace();
  writeFixtureAudits(ws);
});

describe('recover report', () => {
  it('--summary writes the portfolio summary in both formats and prints the paths', () => {
    const result = recover(['report', '--summary'], { cwd: ws, env });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('reports/summary.md');
    expect(result.stdout).toContain('reports/summary.html');
    const md = readFile(ws, 'reports/summary.md');
    expect(md).toContain('# What keeps losing us clients');
    expect(md).toContain('| **3** | **$600,000 + €90,000** |');
  });

  it('writes one internal report per audit id, and the client letter with --client', () => {
    const one = recover(['report', '2026-10-02-maple-grove', '--format', 'html'], { cwd: ws, env });
    expect(one.code, one.stderr).toBe(0);
    expect(existsSync(join(ws, 'reports', '2026-10-02-maple-grove.html'))).toBe(true);
    const letter = recover(['report', '2026-10-02-maple-grove', '--client'], { cwd: ws, env });
    expect(letter.code, letter.stderr).toBe(0);
    expect(letter.stdout).toContain('reports/2026-10-02-maple-grove.client.md');
    expect(readFile(ws, 'reports/2026-10-02-maple-grove.client.md')).toContain('Dear Ana Ruiz,');
  });

  it('--out - prints one report and nothing else on standard output', () => {
    const result = recover(['report', '2026-05-20-harbor-dental', '--out', '-'], { cwd: ws, env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.startsWith('# Harbor Dental Group\n')).toBe(true);
    const html = recover(['report', '--summary', '--format', 'html', '--out', '-'], { cwd: ws, env });
    expect(html.stdout.startsWith('<!doctype html>')).toBe(true);
  });

  it('--out - refuses to mix several reports on standard output', () => {
    const result = recover(['report', '--all', '--out', '-'], { cwd: ws, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--out - writes one report');
    expect(result.stdout).toBe('');
  });

  it('--out DIR writes there instead of reports/', () => {
    const result = recover(['report', '--summary', '--format', 'md', '--out', 'exports'], { cwd: ws, env });
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(join(ws, 'exports'))).toEqual(['summary.md']);
  });

  it('filters apply to the summary and to per-audit reports', () => {
    const dental = recover(['report', '--summary', '--segment', 'Dental', '--out', '-'], { cwd: ws, env });
    expect(dental.stdout).toContain('Segment: Dental');
    expect(dental.stdout).toContain('| **1** | **$180,000** |');
    expect(dental.stdout).not.toContain('Maple Grove');

    const since = recover(['report', '--all', '--since', '2026-01-01', '--format', 'md', '--out', 'since'], {
      cwd: ws,
      env,
    });
    expect(since.code, since.stderr).toBe(0);
    expect(readdirSync(join(ws, 'since')).sort()).toEqual([
      '2026-05-20-harbor-dental.md',
      '2026-10-02-maple-grove.md',
    ]);
  });

  it('drafts are left out unless --include-drafts, and a named draft says why', () => {
    const skipped = recover(['report', '2026-10-20-cedar-clinic'], { cwd: ws, env });
    expect(skipped.code).toBe(1);
    expect(skipped.stderr).toContain('Skipped 2026-10-20-cedar-clinic: it is a draft (add --include-drafts)');
    const included = recover(['report', '2026-10-20-cedar-clinic', '--include-drafts', '--out', '-'], {
      cwd: ws,
      env,
    });
    expect(included.code, included.stderr).toBe(0);
    expect(included.stdout).toContain('**Not final:** this audit is draft');
  });

  it('with nothing to choose from, names the options and exits 2', () => {
    const result = recover(['report'], { cwd: ws, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/audit ids, --all or --summary/);
  });

  it('an unknown id suggests the nearest one', () => {
    const result = recover(['report', '2026-10-02-maple'], { cwd: ws, env });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('2026-10-02-maple-grove');
  });

  it('renders every report of the sample audits shipped in the repository', () => {
    const out = tempDir();
    const result = recover(['-C', REPO_ROOT, 'report', '--all', '--summary', '--out', out], {
      cwd: REPO_ROOT,
      env,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    const files = readdirSync(out);
    expect(files).toContain('summary.html');
    expect(files.filter((f) => f.endsWith('.md')).length).toBeGreaterThanOrEqual(10);
    expect(readFile(out, 'summary.md')).toContain('## Themes that recur');
  });
});
