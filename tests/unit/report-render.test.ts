import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import report from '../../src/commands/report.js';
import { UserError } from '../../src/errors.js';
import { escapeMarkdown } from '../../src/report/escape.js';
import type { Context } from '../../src/ui/context.js';
import { defaultConfigText } from '../../src/workspace/config.js';
import { TODAY, writeFixtureAudits } from '../fixtures/report-audits.js';

/** The report command run in a temp workspace with a fixed clock; the files it writes are read back. */

function workspace(extraConfig = ''): string {
  const dir = mkdtempSync(join(tmpdir(), 'recover-report-'));
  writeFileSync(join(dir, 'recover.yaml'), defaultConfigText() + extraConfig);
  writeFixtureAudits(dir);
  return dir;
}

async function run(dir: string, ids: string[], options: Record<string, unknown>) {
  let stdout = '';
  let stderr = '';
  const out = new PassThrough().on('data', (d) => (stdout += d));
  const err = new PassThrough().on('data', (d) => (stderr += d));
  const ctx: Context = {
    cwd: dir,
    stdout: out,
    stderr: err,
    stdin: new PassThrough(),
    interactive: false,
    env: {},
    today: () => TODAY,
  };
  await report(ctx, ids, options);
  await new Promise((resolve) => setImmediate(resolve));
  return { stdout, stderr };
}

const read = (dir: string, name: string) => readFileSync(join(dir, 'reports', name), 'utf8');

describe('markdown escaping', () => {
  it('keeps user text from becoming markup or splitting a table', () => {
    expect(escapeMarkdown('a | b')).toBe('a \\| b');
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)\\>');
    expect(escapeMarkdown('# not a heading\n- not a list\n1. not a list')).toBe(
      '\\# not a heading\n\\- not a list\n1\\. not a list',
    );
    expect(escapeMarkdown('**bold** [link](x) `code`')).toBe('\\*\\*bold\\*\\* \\[link\\](x) \\`code\\`');
  });
});

describe('recover report in a fixture workspace', () => {
  let dir: string;
  beforeAll(async () => {
    dir = workspace();
    await run(dir, [], { all: true, summary: true });
    await run(dir, ['2026-10-02-maple-grove', '2026-05-20-harbor-dental'], { client: true });
  });

  it('the audit report carries the facts, the plan and the overdue flag', () => {
    const md = read(dir, '2026-10-02-maple-grove.md');
    expect(md).toContain('# Maple Grove Senior Living');
    expect(md).toContain('**Annual contract value:** $420,000');
    expect(md).toContain('Mar 1, 2021 to Sep 15, 2026 (5 years 6 months)');
    expect(md).toContain('**Neutral auditor:** Yes');
    expect(md).toMatch(/\*\*By March we had met our fourth site supervisor\.\*\* _\(Staffing instability\)_/);
    expect(md).toContain("**Team's view**");
    expect(md).toMatch(
      /\| A1 \| \*\*Keep one therapy lead.*\| Oct 15, 2026 \(17 days late\) \| ⚠ \*\*Overdue\*\* \|/,
    );
    expect(md).toContain('**Report back to client by:** Oct 20, 2026 ⚠ **overdue**');
    expect(md).toContain('Pursue: actively working to win them back; likelihood 3 of 5');
  });

  it('a non-neutral auditor is called out', () => {
    expect(read(dir, '2026-05-20-harbor-dental.md')).toContain('⚠ **Not neutral.**');
  });

  it('the summary answers what recurs, what it costs and what was won back', () => {
    const md = read(dir, 'summary.md');
    expect(md).toContain(
      '| **3** | **$600,000 + €90,000** | **1** ($180,000 a year) | **2** (⚠ 1 overdue) |',
    );
    expect(md).toMatch(/\| Poor communication \| 3 \| 100% \| █+ \| \$600,000 \+ €90,000 \| 1 \/ 0 \|/);
    expect(md).toContain('| Theme | Q4 2025 | Q1 2026 | Q2 2026 | Q3 2026 |');
    expect(md).toContain('| Staffing instability | 0 | 0 | 1 | 1 |');
    expect(md).toContain('| Poor communication + Staffing instability | 2 |');
    expect(md).toContain('## 🎉 Clients won back');
    expect(md).toContain('- **Harbor Dental Group**, won back Oct 1, 2026');
    expect(md).not.toContain('Cedar Clinic');
    // Every table row has as many cells as its header.
    for (const block of md.split('\n\n').filter((b) => b.startsWith('|'))) {
      const rows = block.split('\n').map((r) => r.replace(/\\\|/g, '').split('|').length);
      expect(new Set(rows).size, block).toBe(1);
    }
  });

  it('an answer holding markup is escaped in Markdown and HTML', () => {
    const md = read(dir, '2026-05-20-harbor-dental.md');
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('notes field \\| every \\| week');
    const html = read(dir, '2026-05-20-harbor-dental.html');
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;script&gt;window.__pwned &#x3D; true;');
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;&quot;window.__pwned');
  });

  it('the HTML is one self-contained file with its charts inline', () => {
    const html = read(dir, 'summary.html');
    expect(html).toContain('<style>');
    expect(html).toContain('@media print');
    expect(html.match(/<svg [^>]*role="img"/g)).toHaveLength(3);
    expect(html).not.toMatch(/<script|<link |src="http|href="http/i);
  });

  it('the client summary leaves out revenue, themes, notes and the team view', () => {
    for (const name of ['2026-10-02-maple-grove.client.md', '2026-10-02-maple-grove.client.html']) {
      const text = read(dir, name);
      expect(text).toContain('By March we had met our fourth site supervisor.');
      expect(text).toContain('December 15, 2026');
      expect(text).toContain('under way');
      expect(text).not.toContain('October 15, 2026');
      for (const internal of [
        '420,000',
        '$',
        'Staffing instability',
        'staffing-instability',
        'Poor communication',
        'INTERNAL-NOTE',
        'TEAM-VIEW',
        'Regional Operations Director',
        'Unstable staffing',
      ]) {
        expect(text, `${name} mentions ${internal}`).not.toContain(internal);
      }
    }
  });
});

describe('choosing reports', () => {
  it('without ids, --all or --summary it names the options (exit 2)', async () => {
    const dir = workspace();
    const error = await run(dir, [], {}).catch((e) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error.exitCode).toBe(2);
    expect(`${error.message} ${error.hint}`).toMatch(/--all.*--summary/);
  });

  it('an unknown id suggests the nearest one', async () => {
    const dir = workspace();
    const error = await run(dir, ['2026-10-02-maple-grov'], {}).catch((e) => e);
    expect(error.hint).toContain('2026-10-02-maple-grove');
  });

  it('skips a broken audit file with a warning that names recover validate', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'audits', '2026-01-01-broken.yaml'), 'schema: recover/audit@1\nid: [oops\n');
    const { stderr } = await run(dir, [], { summary: true, format: 'md' });
    expect(stderr).toContain('2026-01-01-broken.yaml');
    expect(stderr).toContain('recover validate');
    expect(read(dir, 'summary.md')).toContain('| **3** |');
  });

  it('a workspace template replaces the built-in one, partials included', async () => {
    const dir = workspace('templates_dir: my-templates\n');
    mkdirSync(join(dir, 'my-templates', 'report', 'partials'), { recursive: true });
    writeFileSync(join(dir, 'my-templates', 'report', 'client.md.hbs'), 'Hello {{clientName}} {{> sign}}\n');
    writeFileSync(join(dir, 'my-templates', 'report', 'partials', 'sign.md.hbs'), '- the Acme team');
    const { stdout } = await run(dir, ['2026-05-20-harbor-dental'], { client: true, out: '-' });
    expect(stdout).toBe('Hello Harbor Dental Group - the Acme team\n');
  });
});
