import { describe, expect, it } from 'vitest';
import type { AuditTheme } from '../../src/audit/schema.js';
import { mergeThemes } from '../../src/themes/index.js';

const auto = (id: string, status: AuditTheme['status'] = 'suggested', quote = 'old quote'): AuditTheme => ({
  id,
  source: 'auto',
  status,
  confidence: 0.7,
  evidence: [{ answer: 'happened', quote }],
});

describe('mergeThemes', () => {
  it('keeps manual themes and confirmed or rejected decisions untouched', () => {
    const manual: AuditTheme = {
      id: 'billing-issues',
      source: 'manual',
      status: 'confirmed',
      evidence: [],
      note: 'from the CFO',
    };
    const existing = [auto('staffing-instability', 'confirmed'), auto('price-value', 'rejected'), manual];
    const suggested = [
      auto('staffing-instability', 'suggested', 'new quote'),
      auto('price-value'),
      auto('slow-response'),
    ];
    const result = mergeThemes(existing, suggested);
    expect(result.themes[0]).toEqual(existing[0]);
    expect(result.themes[1]).toEqual(existing[1]);
    expect(result.themes[2]).toEqual(manual);
    expect(result.themes.map((t) => t.id)).toEqual([
      'staffing-instability',
      'price-value',
      'billing-issues',
      'slow-response',
    ]);
    expect(result.added).toEqual(['slow-response']);
    expect(result.kept).toEqual(['staffing-instability', 'price-value', 'billing-issues']);
  });

  it('refreshes undecided suggestions and drops the ones no longer found', () => {
    const existing = [auto('slow-response'), auto('quality-issues')];
    const result = mergeThemes(existing, [auto('slow-response', 'suggested', 'fresh quote')]);
    expect(result.themes).toEqual([auto('slow-response', 'suggested', 'fresh quote')]);
    expect(result.removed).toEqual(['quality-issues']);
    expect(result.added).toEqual([]);
  });

  it('treats an audit without themes as empty', () => {
    const result = mergeThemes(undefined, [auto('inflexibility')]);
    expect(result.themes.map((t) => t.id)).toEqual(['inflexibility']);
    expect(result.added).toEqual(['inflexibility']);
  });
});
