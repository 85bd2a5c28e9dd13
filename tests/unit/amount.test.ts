import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../src/audit/amount.js';
import { validAmount } from '../../src/interview/validators.js';

describe('amounts as people type them in the interview', () => {
  it.each([
    ['420k', 420_000, undefined],
    ['€240k', 240_000, 'EUR'],
    ['1.2m', 1_200_000, undefined],
    ['GBP 95,000', 95_000, 'GBP'],
  ])('%s', (raw, value, currency) => {
    expect(parseAmount(raw)).toEqual({ ok: true, value, ...(currency ? { currency } : {}) });
  });

  it('accepts an empty answer and explains a wrong one', () => {
    expect(validAmount('')).toBe(true);
    expect(validAmount('about half a million')).toMatch(/is not an amount .*or leave it empty/);
  });
});
