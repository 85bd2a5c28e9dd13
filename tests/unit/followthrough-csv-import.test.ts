import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../src/audit/amount.js';
import { type Audit, SCHEMA_TAG } from '../../src/audit/schema.js';
import { type ImportOptions, planImport } from '../../src/workspace/csv-import.js';
import { parseImportDate, slashOrder } from '../../src/workspace/csv-values.js';

const options = (over: Partial<ImportOptions> = {}): ImportOptions => ({
  existing: [],
  takenIds: new Set(),
  defaultCurrency: 'USD',
  ...over,
});

describe('amounts', () => {
  it.each([
    ['$420,000', 420000, undefined],
    ['420000.00', 420000, undefined],
    ['420 000', 420000, undefined],
    ['€1.200.000,50', 1200000.5, 'EUR'],
    ['EUR 95,000', 95000, 'EUR'],
    ['12500 gbp', 12500, 'GBP'],
  ])('reads %s', (raw, value, currency) => {
    expect(parseAmount(raw)).toEqual({ ok: true, value, ...(currency ? { currency } : {}) });
  });
  it.each(['420.000', 'about 5k', '-100', 'n/a'])('refuses %s', (raw) => {
    expect(parseAmount(raw).ok).toBe(false);
  });
});

describe('dates', () => {
  it('reads ISO dates, with or without a time, and day.month.year', () => {
    expect(parseImportDate('2026-09-15', 'unknown')).toEqual({ ok: true, date: '2026-09-15' });
    expect(parseImportDate('2026-09-15T10:00:00Z', 'unknown')).toEqual({ ok: true, date: '2026-09-15' });
    expect(parseImportDate('15.9.2026', 'unknown')).toEqual({ ok: true, date: '2026-09-15' });
  });
  it('reads slash dates in the order the column shows', () => {
    expect(slashOrder(['9/15/2026', '3/4/2026'])).toBe('mdy');
    expect(slashOrder(['15/9/2026', '3/4/2026'])).toBe('dmy');
    expect(parseImportDate('3/4/2026', 'mdy')).toEqual({ ok: true, date: '2026-03-04' });
    expect(parseImportDate('3/4/2026', 'dmy')).toEqual({ ok: true, date: '2026-04-03' });
  });
  it('refuses a slash date that could be read two ways, naming both and the accepted formats', () => {
    const result = parseImportDate('3/4/2026', 'unknown');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain('could be 4 March or 3 April');
      expect(result.error).toContain('YYYY-MM-DD');
    }
    expect(parseImportDate('4/4/2026', 'unknown')).toEqual({ ok: true, date: '2026-04-04' });
    expect(slashOrder(['13/1/2026', '1/13/2026'])).toBe('conflict');
  });
  it('refuses dates that do not exist', () => {
    expect(parseImportDate('2026-02-30', 'unknown').ok).toBe(false);
    expect(parseImportDate('next week', 'unknown').ok).toBe(false);
  });
});

describe('planImport', () => {
  const csv = [
    'Account Name,Close Date,ARR,Industry,Territory,Churn Reason,Owner',
    'Maple Grove Senior Living,2026-09-15,"$420,000",skilled nursing,Southeast,Unstable staffing,Pat',
    'Harbor View,2026-08-31,,,,,',
  ].join('\n');

  it('maps common CRM column names and reports the columns it does not use', () => {
    const result = planImport(csv, options({ defaultAuditor: 'Jordan Reyes' }));
    expect(result.problems).toEqual([]);
    expect(result.columns).toMatchObject({
      client: 'Account Name',
      ended: 'Close Date',
      value: 'ARR',
      segment: 'Industry',
    });
    expect(result.ignored).toEqual(['Owner']);
    expect(result.rows.map((r) => [r.line, r.audit.id])).toEqual([
      [2, '2026-09-15-maple-grove-senior-living'],
      [3, '2026-08-31-harbor-view'],
    ]);
    expect(result.rows[0]?.audit).toMatchObject({
      status: 'planned',
      client: {
        annual_value: 420000,
        currency: 'USD',
        region: 'Southeast',
        stated_reason: 'Unstable staffing',
      },
      interview: { auditor: 'Jordan Reyes' },
    });
    expect(result.rows[1]?.audit.client.currency).toBeUndefined();
  });

  it('lets --map override the guess', () => {
    const text = 'Who,Gone,Amount\nAcme,2026-01-05,100\n';
    const result = planImport(text, options({ map: 'client=Who, ended=Gone' }));
    expect(result.rows[0]?.audit.client).toMatchObject({
      name: 'Acme',
      ended_on: '2026-01-05',
      annual_value: 100,
    });
    expect(() => planImport(text, options({ map: 'client=Nope' }))).toThrow(/no column "Nope"/);
    expect(() => planImport(text, options({ map: 'colour=Who' }))).toThrow(/field=Column Name/);
  });

  it('says which column it could not find', () => {
    expect(() => planImport('Company,Notes\nAcme,x\n', options())).toThrow(
      /No column for the date the contract ended/,
    );
  });

  it('reports bad rows by their line in the file, counting multi-line quoted fields', () => {
    const text =
      'Client,End Date,Value,Reason\n"Acme",2026-13-01,100,"two\nlines"\n,2026-01-01,abc,\nOk,2026-01-01,1,\n';
    const result = planImport(text, options());
    expect(result.problems).toEqual([
      { line: 2, message: expect.stringContaining('End Date "2026-13-01"') },
      { line: 4, message: 'Client is empty' },
      { line: 4, message: expect.stringContaining('Value "abc" is not an amount') },
    ]);
  });

  it('skips clients already recorded and repeats within the file', () => {
    const existing: Audit = {
      schema: SCHEMA_TAG,
      id: '2026-09-15-maple-grove-senior-living',
      status: 'complete',
      client: { name: 'Maple Grove Senior Living', ended_on: '2026-09-15' },
    };
    const text = `${csv}\nHarbor  View,2026-08-31,,,,,\n`;
    const result = planImport(text, options({ existing: [existing], takenIds: new Set([existing.id]) }));
    expect(result.rows.map((r) => r.audit.id)).toEqual(['2026-08-31-harbor-view']);
    expect(result.skipped.map((s) => [s.line, s.reason])).toEqual([
      [2, 'already recorded as 2026-09-15-maple-grove-senior-living'],
      [4, 'same client and date as line 3'],
    ]);
  });

  it('reads semicolon-separated files and a byte order mark', () => {
    const result = planImport('\uFEFFKunde;Company;Churn Date\nx;Müller GmbH;15.09.2026\n', options());
    expect(result.rows[0]?.audit.client).toMatchObject({ name: 'Müller GmbH', ended_on: '2026-09-15' });
  });
});

it('reports a row with more fields than the header', () => {
  const result = planImport('Client,End Date\nAcme, Inc,2026-01-05\n', options());
  expect(result.problems).toEqual([
    { line: 2, message: 'has 3 fields but the header has 2; put quotes around values that contain a comma' },
    { line: 2, message: expect.stringContaining('End Date "Inc" is not a date') },
  ]);
});
