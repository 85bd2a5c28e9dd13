import { existsSync, readFileSync } from 'node:fs';
import { beforeEach, expect, it } from 'vitest';
import { addAudits, commitCount, lastCommit } from './followthrough-helpers.js';
import { readFile, recover, tempWorkspace, writeFile } from './harness.js';

const ID = '2026-09-15-maple-grove';
const FILE = `audits/${ID}.yaml`;
let dir: string;
let editor: string;

/** A scripted editor: replaces FROM with TO in the file it is given, as a person would. */
const EDITOR_SCRIPT = `const fs = require('node:fs');
const file = process.argv[2];
const text = fs.readFileSync(file, 'utf8');
fs.writeFileSync(file, text.split(process.env.EDIT_FROM).join(process.env.EDIT_TO));
`;

beforeEach(() => {
  dir = tempWorkspace();
  addAudits(dir, [{ id: ID, client: { segment: 'skilled nursing' } }]);
  editor = `"${process.execPath}" ${writeFile(dir, 'edit.cjs', EDITOR_SCRIPT)}`;
});

const edit = (from: string, to: string, extra: Record<string, string> = {}) =>
  recover(['audit', 'edit', ID], {
    cwd: dir,
    env: { EDITOR: editor, VISUAL: '', EDIT_FROM: from, EDIT_TO: to, ...extra },
  });

it('saves and commits a valid change, keeping comments', () => {
  const result = edit('skilled nursing', 'assisted living');
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(result.stdout).toContain(`Saved ${FILE} and committed it`);
  const text = readFile(dir, FILE);
  expect(text).toContain('segment: assisted living');
  expect(text).toContain('# Hand-written note: keep this comment.');
  expect(lastCommit(dir)).toBe('Edit audit of Maple Grove');
});

it('leaves the original untouched when the edit is invalid and there is no terminal, keeping the edits', () => {
  const original = readFile(dir, FILE);
  const before = commitCount(dir);
  const result = edit('ended_on: 2026-09-15', 'ended_on: last tuesday');
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(
    new RegExp(`${FILE}:\\d+:\\d+  client.ended_on  must be a date written as YYYY-MM-DD`),
  );
  expect(readFile(dir, FILE)).toBe(original);
  expect(commitCount(dir)).toBe(before);
  const kept = /your edits are kept in (\S+)/.exec(result.stderr)?.[1];
  expect(kept && existsSync(kept)).toBe(true);
  expect(readFileSync(kept ?? '', 'utf8')).toContain('ended_on: last tuesday');
});

it('refuses broken YAML and a changed id the same way', () => {
  const broken = edit('status: complete', 'status: [complete');
  expect(broken.code).toBe(1);
  expect(broken.stderr).toContain('not valid YAML');
  const renamed = edit(`id: ${ID}`, 'id: 2026-09-15-other-client');
  expect(renamed.code).toBe(1);
  expect(renamed.stderr).toContain(`must match the file name (${ID})`);
  expect(readFile(dir, FILE)).toContain(`id: ${ID}`);
});

it('says so when nothing changed, and commits nothing', () => {
  const before = commitCount(dir);
  const result = edit('no such text', 'anything');
  expect(result.code).toBe(0);
  expect(result.stdout).toContain(`No changes to ${FILE}`);
  expect(commitCount(dir)).toBe(before);
});

it('needs a terminal or an EDITOR', () => {
  const result = recover(['audit', 'edit', ID], { cwd: dir, env: { EDITOR: '', VISUAL: '' } });
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('needs a terminal');
});

it('reports an editor that fails, changing nothing', () => {
  const original = readFile(dir, FILE);
  const result = recover(['audit', 'edit', ID], { cwd: dir, env: { EDITOR: 'false', VISUAL: '' } });
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('exited with code 1');
  expect(readFile(dir, FILE)).toBe(original);
});

it('can fix an audit file that is already invalid', () => {
  writeFile(dir, FILE, readFile(dir, FILE).replace('status: complete', 'status: finished'));
  const result = edit('status: finished', 'status: complete');
  expect(result.code).toBe(0);
  expect(readFile(dir, FILE)).toContain('status: complete');
});
