import { expect, it } from 'vitest';
import { type Audit, type AuditTheme, SCHEMA_TAG } from '../../src/audit/schema.js';
import { similarAudits } from '../../src/audit/similarity.js';

const theme = (id: string, status: AuditTheme['status'] = 'confirmed'): AuditTheme => ({
  id,
  source: 'auto',
  status,
  evidence: [],
});

const audit = (id: string, ended: string, themes: AuditTheme[]): Audit => ({
  schema: SCHEMA_TAG,
  id: `${ended}-${id}`,
  status: 'complete',
  client: { name: id, ended_on: ended },
  themes,
});

const target = audit('target', '2026-09-01', [
  theme('staffing-instability'),
  theme('expertise-gap'),
  theme('slow-response', 'suggested'),
]);

it('ranks other audits by the share of confirmed themes they have in common', () => {
  const same = audit('same', '2026-01-01', [theme('staffing-instability'), theme('expertise-gap')]);
  const half = audit('half', '2026-02-01', [theme('staffing-instability'), theme('price-value')]);
  const none = audit('none', '2026-03-01', [theme('price-value')]);
  const result = similarAudits(target, [target, half, none, same]);
  expect(result.map((r) => [r.audit.client.name, r.score, r.shared])).toEqual([
    ['same', 1, ['staffing-instability', 'expertise-gap']],
    ['half', 1 / 3, ['staffing-instability']],
  ]);
});

it('ignores suggested and rejected themes on both sides', () => {
  const suggestedOnly = audit('suggested', '2026-01-01', [
    theme('slow-response', 'confirmed'),
    theme('expertise-gap', 'suggested'),
  ]);
  const rejected = audit('rejected', '2026-01-01', [theme('staffing-instability', 'rejected')]);
  expect(similarAudits(target, [suggestedOnly, rejected])).toEqual([]);
});

it('breaks ties by the most recent loss', () => {
  const older = audit('older', '2025-01-01', [theme('staffing-instability')]);
  const newer = audit('newer', '2026-06-01', [theme('expertise-gap')]);
  expect(similarAudits(target, [older, newer]).map((r) => r.audit.client.name)).toEqual(['newer', 'older']);
});

it('finds nothing for an audit without confirmed themes', () => {
  const bare = audit('bare', '2026-01-01', [theme('staffing-instability', 'suggested')]);
  expect(similarAudits(bare, [target])).toEqual([]);
});

it('compares only the themes that count, e.g. problems and not strengths', () => {
  const praised = audit('praised', '2026-01-01', [theme('caring-people'), theme('price-value')]);
  const mine = audit('mine', '2026-02-01', [theme('caring-people'), theme('staffing-instability')]);
  expect(similarAudits(mine, [praised])).toHaveLength(1);
  expect(similarAudits(mine, [praised], { counts: (id) => id !== 'caring-people' })).toEqual([]);
});
