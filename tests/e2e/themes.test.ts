import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { git, recover, tempDir, tempWorkspace, writeFile } from './harness.js';

const AUDIT = `# yaml-language-server: $schema=../schema/audit.schema.json
# Interview notes typed up by Jordan.
schema: recover/audit@1
id: 2026-09-20-harbor-point-clinics
status: complete
client:
  name: Harbor Point Clinics
  ended_on: 2026-08-31 # the last day of service
answers:
  happened:
    text: By June we had met our fourth therapist at the Elm Street clinic. The invoices charged us for sessions
      that never happened.
  went_well:
    text: The therapists were kind to our patients.
themes:
  # Added by the auditor after the call.
  - id: inflexibility
    source: manual
    status: confirmed
    evidence: []
  - id: billing-issues
    source: auto
    status: rejected
    evidence: []
  - id: competitor-offer
    source: auto
    status: suggested
    evidence: []
`;

describe('recover tag', () => {
  it('--jsonl writes one line per input line, in order, in the documented shape', () => {
    const dir = tempDir();
    const input = [
      { id: 'a', text: 'Turnover was never a concern.' },
      { id: 'b', text: 'The phone rang out every evening, and nobody called back for days.' },
      { id: 'c', text: 'By March we had met our fourth site supervisor. They were kind, though.' },
    ]
      .map((line) => JSON.stringify(line))
      .join('\n');
    const result = recover(['tag', '--jsonl'], { cwd: dir, input });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 'c']);
    expect(lines[0].themes).toEqual([]);
    expect(lines[1].themes.map((t: { id: string }) => t.id)).toContain('slow-response');
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['id', 'themes']);
      for (const theme of line.themes) {
        expect(Object.keys(theme)).toEqual(['id', 'confidence', 'evidence']);
        expect(theme.confidence).toBeGreaterThanOrEqual(0);
        expect(theme.confidence).toBeLessThanOrEqual(1);
        for (const e of theme.evidence) expect(Object.keys(e)).toEqual(['quote', 'start', 'end']);
      }
    }
    const c = lines[2];
    const staffing = c.themes.find((t: { id: string }) => t.id === 'staffing-instability');
    const text = 'By March we had met our fourth site supervisor. They were kind, though.';
    expect(text.slice(staffing.evidence[0].start, staffing.evidence[0].end)).toBe(staffing.evidence[0].quote);
  });

  it('prints themes with quotes for a file, and explains bad input in one line', () => {
    const dir = tempDir();
    writeFile(dir, 'notes.txt', 'They promised weekly reports. We got two in a year.');
    const result = recover(['tag', 'notes.txt'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Broken promises');
    expect(result.stdout).toContain('"They promised weekly reports."');

    const missing = recover(['tag', 'nope.txt'], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('File not found: nope.txt');

    const bad = recover(['tag', '--jsonl'], { cwd: dir, input: '{"id": "a", "text": "fine"}\nnot json\n' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Line 2 is not JSON.');
  });
});

describe('recover themes', () => {
  it('lists the built-in taxonomy outside a workspace, and counts themes inside one', () => {
    const outside = recover(['themes', '--json'], { cwd: tempDir() });
    expect(outside.code).toBe(0);
    const list = JSON.parse(outside.stdout);
    expect(list.themes.map((t: { id: string }) => t.id)).toContain('staffing-instability');
    expect(list.audits).toBeNull();

    const ws = tempWorkspace();
    writeFile(ws, 'audits/2026-09-20-harbor-point-clinics.yaml', AUDIT);
    const inside = JSON.parse(recover(['themes', '--json'], { cwd: ws }).stdout);
    const count = (id: string) => inside.themes.find((t: { id: string }) => t.id === id);
    expect(count('inflexibility')).toMatchObject({ confirmed: 1, suggested: 0 });
    expect(count('competitor-offer')).toMatchObject({ confirmed: 0, suggested: 1 });
    expect(count('billing-issues')).toMatchObject({ confirmed: 0, suggested: 0 });
    expect(recover(['themes'], { cwd: ws }).stdout).toContain('Staffing instability');
  });

  it('themes test passes on the built-in taxonomy and fails on a broken example', () => {
    const ws = tempWorkspace();
    const ok = recover(['themes', 'test'], { cwd: ws });
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);

    writeFile(
      ws,
      'themes.yaml',
      `themes:
  - id: late-deliveries
    label: Late deliveries
    description: Goods arrived after the agreed slot.
    kind: problem
    patterns: [deliver* .. late]
    examples:
      match: [The pallets were delivered late again.]
      no_match: [Everything was delivered late.]
`,
    );
    const config = readFileSync(join(ws, 'recover.yaml'), 'utf8').replace(
      '# themes: themes.yaml',
      'themes: themes.yaml',
    );
    writeFile(ws, 'recover.yaml', config);
    const failed = recover(['themes', 'test'], { cwd: ws });
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('late-deliveries should not show in: "Everything was delivered late."');
    expect(failed.stderr).toContain('1 of');
  });
});

describe('recover retag', () => {
  it('keeps comments, manual themes and decisions, shows a summary and commits once', () => {
    const ws = tempWorkspace();
    const file = 'audits/2026-09-20-harbor-point-clinics.yaml';
    writeFile(ws, file, AUDIT);
    writeFile(
      ws,
      'audits/2026-10-01-not-yet-interviewed.yaml',
      'schema: recover/audit@1\nid: 2026-10-01-not-yet-interviewed\nstatus: planned\nclient:\n  name: Not Yet Interviewed\n  ended_on: 2026-10-01\n',
    );
    git(ws, ['add', '.']);
    git(ws, ['commit', '-qm', 'Add audit']);
    const commits = git(ws, ['rev-list', '--count', 'HEAD']).trim();

    const dry = recover(['retag', '--dry-run'], { cwd: ws });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('+staffing-instability');
    expect(dry.stdout).toContain('-competitor-offer');
    expect(dry.stdout).toContain('Dry run');
    expect(dry.stdout).toContain('1 audit(s) without answers were left alone.');
    expect(readFileSync(join(ws, file), 'utf8')).toBe(AUDIT);

    const result = recover(['retag'], { cwd: ws });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1 of 2 audit(s) change');
    const text = readFileSync(join(ws, file), 'utf8');
    expect(text).toContain('# Interview notes typed up by Jordan.');
    expect(text).toContain('# Added by the auditor after the call.');
    expect(text).toContain('ended_on: 2026-08-31 # the last day of service');
    expect(text).toMatch(/- id: inflexibility\n\s+source: manual\n\s+status: confirmed/);
    expect(text).toMatch(/- id: billing-issues\n\s+source: auto\n\s+status: rejected/);
    expect(text).not.toContain('competitor-offer');
    expect(text).toContain('id: staffing-instability');
    expect(git(ws, ['rev-list', '--count', 'HEAD']).trim()).toBe(String(Number(commits) + 1));
    expect(git(ws, ['status', '--porcelain'])).toBe('');

    const again = recover(['retag'], { cwd: ws });
    expect(again.stdout).toContain('Nothing to change');
  });
});
