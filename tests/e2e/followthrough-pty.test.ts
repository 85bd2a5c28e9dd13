import { expect, it } from 'vitest';
import { addAudits, lastCommit } from './followthrough-helpers.js';
import { readFile, tempWorkspace, writeFile } from './harness.js';
import { ENTER, Terminal } from './terminal.js';

const ID = '2026-09-15-maple-grove';
const FILE = `audits/${ID}.yaml`;
const TODAY = { RECOVER_TODAY: '2026-11-01' };

it('action add asks at a terminal for the fields that were not given', async () => {
  const dir = tempWorkspace();
  addAudits(dir, [
    { id: ID, themes: [{ id: 'staffing-instability', source: 'auto', status: 'confirmed', evidence: [] }] },
  ]);
  const t = new Terminal(['action', 'add', ID, '--what', 'Start a float pool'], dir, TODAY);
  await t.answer(/Who owns it/, `Dana Li${ENTER}`);
  await t.answer(/When is it due/, `next week${ENTER}`);
  await t.answer(/YYYY-MM-DD/, `\x15${'2026-12-15'}${ENTER}`);
  await t.answer(/Where/, ENTER);
  await t.answer(/Why/, `Turnover${ENTER}`);
  await t.answer(/How will it be done/, ENTER);
  // The audit's own theme is listed first: tick it.
  await t.answer(/Which themes does it address/, ` ${ENTER}`);
  expect(await t.exitCode()).toBe(0);
  expect(t.all).toContain('Added A1 to Maple Grove');
  const text = readFile(dir, FILE);
  expect(text).toMatch(
    /who: Dana Li\n\s+when: 2026-12-15\n\s+why: Turnover\n\s+themes:\n\s+- staffing-instability/,
  );
  expect(lastCommit(dir)).toBe('Add action A1 to Maple Grove: Start a float pool');
});

it('audit edit shows the problems and re-opens the editor until the file is valid', async () => {
  const dir = tempWorkspace();
  addAudits(dir, [{ id: ID, client: { segment: 'skilled nursing' } }]);
  // First run breaks the date; the second fixes it and changes the segment.
  const script = `const fs = require('node:fs');
const file = process.argv[2];
const count = ${JSON.stringify(`${dir}/count`)};
const n = fs.existsSync(count) ? Number(fs.readFileSync(count, 'utf8')) : 0;
fs.writeFileSync(count, String(n + 1));
let text = fs.readFileSync(file, 'utf8');
text = n === 0 ? text.replace('ended_on: 2026-09-15', 'ended_on: mid September')
  : text.replace('ended_on: mid September', 'ended_on: 2026-09-16').replace('skilled nursing', 'assisted living');
fs.writeFileSync(file, text);
`;
  const editor = `"${process.execPath}" ${writeFile(dir, 'edit.cjs', script)}`;
  const original = readFile(dir, FILE);
  const t = new Terminal(['audit', 'edit', ID], dir, { ...TODAY, EDITOR: editor, VISUAL: '' });
  await t.waitFor(/client\.ended_on {2}must be a date/);
  expect(readFile(dir, FILE)).toBe(original);
  await t.answer(/Open the editor again/, ENTER);
  expect(await t.exitCode()).toBe(0);
  const text = readFile(dir, FILE);
  expect(text).toContain('ended_on: 2026-09-16');
  expect(text).toContain('segment: assisted living');
  expect(lastCommit(dir)).toBe('Edit audit of Maple Grove');
});
