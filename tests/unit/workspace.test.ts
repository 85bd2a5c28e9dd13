import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { findWorkspaceRoot, openWorkspace } from '../../src/workspace/workspace.js';

function workspace(config = 'audits_dir: audits\n'): string {
  const root = mkdtempSync(join(tmpdir(), 'recover-ws-'));
  writeFileSync(join(root, 'recover.yaml'), config);
  return root;
}

describe('workspace lookup', () => {
  it('walks up from a nested folder to recover.yaml, like git', () => {
    const root = workspace();
    const nested = join(root, 'audits', 'deep', 'er');
    mkdirSync(nested, { recursive: true });
    expect(findWorkspaceRoot(nested)).toBe(root);
  });

  it('applies defaults and resolves paths against the workspace', () => {
    const root = workspace('audits_dir: records\nthemes: my-themes.yaml\n');
    const ws = openWorkspace(root);
    expect(ws.auditsDir).toBe(join(root, 'records'));
    expect(ws.reportsDir).toBe(join(root, 'reports'));
    expect(ws.themesFile).toBe(join(root, 'my-themes.yaml'));
    expect(ws.config.currency).toBe('USD');
    expect(ws.config.interview_window).toEqual({ from_days: 14, to_days: 42 });
  });

  it('outside a workspace, says so and names recover init', () => {
    const dir = mkdtempSync(join(tmpdir(), 'recover-none-'));
    expect(() => openWorkspace(dir)).toThrow(UserError);
    try {
      openWorkspace(dir);
    } catch (error) {
      expect((error as UserError).message).toContain('not inside a recover workspace');
      expect((error as UserError).hint).toContain('recover init');
    }
  });

  it('points at the line of a bad setting in recover.yaml', () => {
    const root = workspace('audits_dir: audits\ncurrency: dollars\n');
    expect(() => openWorkspace(root)).toThrow(
      /recover\.yaml:2:\d+\s+currency\s+must be a three-letter currency code/,
    );
  });
});
