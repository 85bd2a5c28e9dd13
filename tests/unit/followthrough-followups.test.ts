import { describe, expect, it } from 'vitest';
import { type FollowupOptions, followups, relativeDays } from '../../src/audit/followups.js';
import { type Audit, SCHEMA_TAG } from '../../src/audit/schema.js';

const base = (over: Partial<Audit> & { id: string }): Audit => ({
  schema: SCHEMA_TAG,
  status: 'complete',
  client: { name: over.id.slice(11), ended_on: over.id.slice(0, 10) },
  follow_up: { summary_shared_on: '2026-01-01' },
  ...over,
});

const options = (today: string, within = 14): FollowupOptions => ({
  today,
  within,
  window: { from_days: 14, to_days: 42 },
});

const planned = base({ id: '2026-09-01-acme', status: 'planned', follow_up: undefined });

describe('interviews to run', () => {
  it('is not listed while the window is further away than --within', () => {
    expect(followups([planned], options('2026-09-02', 7))).toEqual([]);
  });

  it('is due soon when the window opens within --within days', () => {
    const [item] = followups([planned], options('2026-09-10', 7));
    expect(item).toMatchObject({ kind: 'interview', urgency: 'due-soon', date: '2026-09-15', days: 5 });
    expect(item?.detail).toContain('due soon');
  });

  it('is due from 2 weeks to 6 weeks after the client left, and names the last good day', () => {
    expect(followups([planned], options('2026-09-15'))[0]).toMatchObject({
      urgency: 'due',
      date: '2026-10-13',
    });
    expect(followups([planned], options('2026-10-13'))[0]).toMatchObject({ urgency: 'due', days: 0 });
  });

  it('is late after 6 weeks, saying memories fade', () => {
    const [item] = followups([planned], options('2026-10-14'));
    expect(item).toMatchObject({ urgency: 'late', days: -1 });
    expect(item?.detail).toContain('late: memories fade');
    expect(item?.next).toBe('recover audit new --from 2026-09-01-acme');
  });

  it('follows the configured window', () => {
    const narrow = { ...options('2026-09-10'), window: { from_days: 5, to_days: 8 } };
    expect(followups([planned], narrow)[0]?.urgency).toBe('late');
  });

  it('lists an unfinished draft with the command to resume it', () => {
    const [item] = followups([{ ...planned, status: 'draft' }], options('2026-09-02'));
    expect(item?.next).toBe('recover audit resume 2026-09-01-acme');
  });
});

describe('report-backs, summaries and win-back contacts', () => {
  const audit = base({ id: '2026-08-01-beta', follow_up: { report_back_by: '2026-10-15' } });

  it('lists a report-back coming due, then overdue, and drops it once reported', () => {
    const due = followups([audit], options('2026-10-10')).find((i) => i.kind === 'report-back');
    expect(due).toMatchObject({ urgency: 'due-soon', days: 5 });
    const late = followups([audit], options('2026-10-18')).find((i) => i.kind === 'report-back');
    expect(late).toMatchObject({ urgency: 'overdue', days: -3 });
    expect(late?.detail).toContain('3 days late');
    const done = { ...audit, follow_up: { report_back_by: '2026-10-15', reported_back_on: '2026-10-16' } };
    expect(followups([done], options('2026-10-18'))).toEqual([]);
  });

  it('does not list a report-back further away than --within', () => {
    expect(followups([audit], options('2026-09-01')).filter((i) => i.kind === 'report-back')).toEqual([]);
  });

  it('lists a finished audit whose summary was not shared, but not a planned one', () => {
    const unshared = base({ id: '2026-08-01-gamma', follow_up: undefined });
    expect(followups([unshared], options('2026-10-01')).map((i) => i.kind)).toEqual(['summary']);
    const kinds = followups([{ ...unshared, status: 'planned' }], options('2026-08-02')).map((i) => i.kind);
    expect(kinds).toEqual(['interview']);
  });

  it('lists win-back contacts for pursue and nurture only', () => {
    const wb = (intent: 'pursue' | 'nurture' | 'closed' | 'won') =>
      base({ id: `2026-08-01-${intent}`, win_back: { intent, next_contact: '2026-10-05' } });
    const items = followups(
      ['pursue', 'nurture', 'closed', 'won'].map((i) => wb(i as 'pursue')),
      options('2026-10-06'),
    );
    expect(items.map((i) => [i.client, i.urgency])).toEqual([
      ['nurture', 'overdue'],
      ['pursue', 'overdue'],
    ]);
  });
});

describe('actions', () => {
  const action = (id: string, when: string, status: 'open' | 'done' = 'open') => ({
    id,
    what: `do ${id}`,
    who: 'Dana',
    when,
    status,
  });
  const audit = base({
    id: '2026-08-01-delta',
    actions: [
      action('A1', '2026-10-01'),
      action('A2', '2026-10-20'),
      action('A3', '2026-12-01'),
      action('A4', '2026-09-01', 'done'),
    ],
  });

  it('lists overdue actions first and those due within --within days, never done ones', () => {
    const items = followups([audit], options('2026-10-10'));
    expect(items.map((i) => [i.actionId, i.urgency])).toEqual([
      ['A1', 'overdue'],
      ['A2', 'due-soon'],
    ]);
    expect(items[0]?.detail).toContain('9 days overdue');
  });

  it('counts an action due today as due, not overdue', () => {
    expect(followups([audit], options('2026-10-01', 0))[0]).toMatchObject({ actionId: 'A1', urgency: 'due' });
  });
});

it('words relative days', () => {
  expect([relativeDays(0), relativeDays(1), relativeDays(-1), relativeDays(5), relativeDays(-3)]).toEqual([
    'today',
    'tomorrow',
    'yesterday',
    'in 5 days',
    '3 days ago',
  ]);
});
