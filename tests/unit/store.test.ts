import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/workspace/problem.js';
import { auditPath, loadAudit, loadAudits, readAuditFile, writeAudit } from '../../src/workspace/store.js';
import { openWorkspace } from '../../src/workspace/workspace.js';
import { sampleAudit } from '../support/audits.js';

function ws() {
  const root = mkdtempSync(join(tmpdir(), 'recover-store-'));
  writeFileSync(join(root, 'recover.yaml'), 'audits_dir: audits\n');
  return openWorkspace(root);
}

describe('audit store', () => {
  it('round-trips an audit through YAML unchanged, with the $schema comment first', async () => {
    const space = ws();
    const audit = sampleAudit();
    const file = await writeAudit(space, audit);
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/audit.schema.json');
    expect(loadAudit(space, audit.id).audit).toEqual(audit);
  });

  it('keeps hand-written comments and key order when it updates a file', async () => {
    const space = ws();
    const audit = sampleAudit();
    const file = await writeAudit(space, audit);
    const edited = readFileSync(file, 'utf8')
      .replace('status: complete', 'status: complete # checked with the CEO')
      .replace('client:\n', '# facts from the CRM\nclient:\n');
    writeFileSync(file, edited);
    await writeAudit(space, { ...audit, win_back: { intent: 'pursue', likelihood: 4 } });
    const after = readFileSync(file, 'utf8');
    expect(after).toContain('status: complete # checked with the CEO');
    expect(after).toContain('# facts from the CRM\nclient:');
    expect(after.indexOf('client:')).toBeLessThan(after.indexOf('win_back:'));
    expect(loadAudit(space, audit.id).audit.win_back?.likelihood).toBe(4);
  });

  it('writes atomically: no temp files are left beside the audit', async () => {
    const space = ws();
    await writeAudit(space, sampleAudit());
    expect(readdirSync(space.auditsDir)).toEqual(['2026-10-01-maple-grove.yaml']);
  });

  it('refuses to write an invalid audit and leaves the old file as it was', async () => {
    const space = ws();
    const file = await writeAudit(space, sampleAudit());
    const before = readFileSync(file, 'utf8');
    await expect(writeAudit(space, { ...sampleAudit(), status: 'finished' as 'complete' })).rejects.toThrow(
      /invalid audit/,
    );
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('reports malformed YAML with file, line and column', () => {
    const space = ws();
    const file = join(space.root, 'broken.yaml');
    writeFileSync(file, 'schema: recover/audit@1\nstatus: draft\nstatus: complete\n');
    const result = readAuditFile(file);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map(formatProblem)[0]).toMatch(
        /broken\.yaml:3:1 +not valid YAML: Map keys must be unique/,
      );
  });

  it('reports schema problems at the line of the field', () => {
    const space = ws();
    mkdirSync(space.auditsDir);
    const file = join(space.auditsDir, '2026-10-01-maple-grove.yaml');
    writeFileSync(
      file,
      [
        'schema: recover/audit@1',
        'id: 2026-10-01-maple-grove',
        'status: complete',
        'client:',
        '  name: Maple Grove',
        '  ended_on: 2026-13-45',
        '  anual_value: 3',
      ].join('\n'),
    );
    const result = readAuditFile(file);
    if (result.ok) throw new Error('expected problems');
    const lines = result.problems.map(formatProblem);
    expect(lines).toContainEqual(expect.stringMatching(/:6:\d+ +client\.ended_on +must be a date/));
    expect(lines).toContainEqual(expect.stringMatching(/:7:3 +client\.anual_value +unknown field/));
  });

  it('loads good files and reports bad ones without hiding the rest', async () => {
    const space = ws();
    await writeAudit(space, sampleAudit());
    writeFileSync(join(space.auditsDir, 'junk.yaml'), 'not: [an audit');
    const { audits, problems } = loadAudits(space);
    expect(audits.map((a) => a.audit.id)).toEqual(['2026-10-01-maple-grove']);
    expect(problems[0]?.file).toMatch(/junk\.yaml$/);
  });

  it('suggests the nearest ids for an unknown one', async () => {
    const space = ws();
    await writeAudit(space, sampleAudit());
    expect(() => loadAudit(space, '2026-10-01-maple')).toThrow(/No audit with id/);
    try {
      loadAudit(space, 'maple-grove');
    } catch (error) {
      expect((error as { hint: string }).hint).toContain('2026-10-01-maple-grove');
    }
  });

  it('refuses ids that could escape the audits folder', () => {
    const space = ws();
    expect(() => auditPath(space, '../../etc/passwd')).toThrow(/not an audit id/);
    expect(existsSync(join(space.root, 'etc'))).toBe(false);
  });
});
