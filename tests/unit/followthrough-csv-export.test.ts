import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { actionTable, auditTable, safeCell, themeColumnIds, toCsv } from '../../src/audit/csv-export.js';
import { type Audit, SCHEMA_TAG } from '../../src/audit/schema.js';

const audit: Audit = {
  schema: SCHEMA_TAG,
  id: '2026-09-15-maple-grove',
  status: 'complete',
  client: { name: 'Maple Grove, Inc.', annual_value: 420000, currency: 'USD', ended_on: '2026-09-15' },
  answers: { happened: { text: 'They said "again?"\nThen, a second line.' } },
  themes: [
    { id: 'staffing-instability', source: 'auto', status: 'confirmed', evidence: [] },
    { id: 'slow-response', source: 'auto', status: 'suggested', evidence: [] },
    { id: 'price-value', source: 'auto', status: 'rejected', evidence: [] },
    { id: 'our-own-theme', source: 'manual', status: 'confirmed', evidence: [] },
  ],
  actions: [
    { id: 'A1', what: '=HYPERLINK("http://x")', who: '@owner', when: '2026-10-01', status: 'open' },
    { id: 'A2', what: 'Done thing', who: 'Dana', when: '2026-10-01', status: 'done', done_on: '2026-09-30' },
    {
      id: 'A3',
      what: 'Later',
      who: 'Dana',
      when: '2027-01-01',
      status: 'in-progress',
      themes: ['slow-response', 'price-value'],
    },
  ],
  win_back: { intent: 'pursue', likelihood: 3 },
};

describe('safeCell', () => {
  it('prefixes cells a spreadsheet would run as a formula', () => {
    for (const risky of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1'])
      expect(safeCell(risky)).toBe(`'${risky}`);
  });
  it('leaves ordinary text, numbers, and booleans readable', () => {
    expect(safeCell('Maple = Grove')).toBe('Maple = Grove');
    expect(safeCell(-5)).toBe(-5);
    expect(safeCell(true)).toBe('yes');
    expect(safeCell(null)).toBe('');
  });
});

describe('audit and action tables', () => {
  const themeIds = themeColumnIds(['staffing-instability', 'slow-response', 'price-value'], [audit]);

  it('adds theme ids found in audits after the taxonomy ones', () => {
    expect(themeIds).toEqual(['staffing-instability', 'slow-response', 'price-value', 'our-own-theme']);
  });

  it('has one column per theme with confirmed or suggested, and action counts', () => {
    const [row] = auditTable([audit], themeIds, '2026-10-10').rows;
    expect(row).toMatchObject({
      'theme_staffing-instability': 'confirmed',
      'theme_slow-response': 'suggested',
      'theme_price-value': null,
      'theme_our-own-theme': 'confirmed',
      actions_open: 2,
      actions_overdue: 1,
      actions_done: 1,
      win_back_intent: 'pursue',
    });
  });

  it('round-trips through a CSV reader: commas, quotes and line breaks survive, formulas are neutralised', () => {
    const csv = toCsv(auditTable([audit], themeIds, '2026-10-10'));
    const [header, row] = parse(csv) as string[][];
    const cell = (name: string) => row?.[header?.indexOf(name) ?? -1];
    expect(cell('client')).toBe('Maple Grove, Inc.');
    expect(cell('answer_happened')).toBe('They said "again?"\nThen, a second line.');
    expect(cell('annual_value')).toBe('420000');

    const actions = parse(toCsv(actionTable([audit], '2026-10-10')), { columns: true }) as Record<
      string,
      string
    >[];
    expect(actions[0]).toMatchObject({ what: `'=HYPERLINK("http://x")`, who: "'@owner", overdue: 'yes' });
    expect(actions[2]?.themes).toBe('slow-response; price-value');
  });

  it('writes a header row even with no audits', () => {
    expect(toCsv(auditTable([], ['staffing-instability'], '2026-10-10')).split('\r\n')[0]).toContain(
      'theme_staffing-instability',
    );
  });
});
