import { beforeAll, expect, it } from 'vitest';
import type { AuditInput } from '../../src/audit/schema.js';
import { addAudits } from './followthrough-helpers.js';
import { recover, tempWorkspace } from './harness.js';

let dir: string;

const themes = (confirmed: string[], suggested: string[] = []): AuditInput['themes'] => [
  ...confirmed.map((id) => ({ id, source: 'auto' as const, status: 'confirmed' as const, evidence: [] })),
  ...suggested.map((id) => ({ id, source: 'auto' as const, status: 'suggested' as const, evidence: [] })),
];

beforeAll(() => {
  dir = tempWorkspace();
  addAudits(dir, [
    { id: '2026-09-15-maple-grove', themes: themes(['staffing-instability', 'expertise-gap']) },
    { id: '2026-06-01-twin', themes: themes(['staffing-instability', 'expertise-gap']) },
    { id: '2026-05-01-half', themes: themes(['staffing-instability', 'price-value']) },
    { id: '2026-07-01-half-newer', themes: themes(['expertise-gap', 'billing-issues']) },
    { id: '2026-04-01-only-suggested', themes: themes([], ['staffing-instability', 'caring-people']) },
    { id: '2026-04-02-only-strengths', themes: themes(['caring-people'], ['responsive-team']) },
    { id: '2026-03-01-unrelated', themes: themes(['price-value']) },
    { id: '2026-02-01-fresh', status: 'planned' },
  ]);
});

it('ranks other audits by shared confirmed themes, newest first on ties, with theme labels', () => {
  const result = recover(['similar', '2026-09-15-maple-grove'], { cwd: dir });
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('Maple Grove: Staffing instability, Gaps in expertise');
  const rows = result.stdout.split('\n').filter((l) => /^\d+%/.test(l));
  expect(rows.map((r) => r.split(/\s{2,}/)[1])).toEqual(['Twin', 'Half Newer', 'Half']);
  expect(rows[0]).toContain('100%');
  expect(rows[2]).toContain('Staffing instability');
  expect(result.stdout).not.toContain('Only Suggested');
});

it('prints JSON', () => {
  const data = JSON.parse(recover(['similar', '2026-09-15-maple-grove', '--json'], { cwd: dir }).stdout);
  expect(data.similar.map((s: { audit_id: string; score: number }) => [s.audit_id, s.score])).toEqual([
    ['2026-06-01-twin', 1],
    ['2026-07-01-half-newer', 0.33],
    ['2026-05-01-half', 0.33],
  ]);
  expect(data.similar[2].shared_themes).toEqual([
    { id: 'staffing-instability', label: 'Staffing instability' },
  ]);
});

it('explains when the audit has no confirmed themes yet', () => {
  const result = recover(['similar', '2026-04-01-only-suggested'], { cwd: dir });
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('no confirmed problem themes yet');
  expect(result.stdout).toContain('recover audit review 2026-04-01-only-suggested');
  // The praised strength is not a problem to compare on.
  expect(result.stdout).toContain('Confirm its 1 suggested problem theme(s)');
});

it('does not count strengths as problems to compare', () => {
  const result = recover(['similar', '2026-04-02-only-strengths'], { cwd: dir });
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('no confirmed problem themes yet');
  expect(result.stdout).not.toContain('Confirm its');
});
