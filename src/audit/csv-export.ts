import { stringify } from 'csv-stringify/sync';
import { ANSWER_KEYS } from './answers.js';
import { isOpen, isOverdue } from './follow-through.js';
import type { Action, Audit } from './schema.js';

/**
 * Flat tables for spreadsheets and BI tools: one row per audit (facts, answers, one column per
 * theme, action counts, follow-up and win-back) and one row per action. CSV and JSON share them.
 */

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export interface Table {
  columns: string[];
  rows: Row[];
}

type Column<T> = [name: string, get: (item: T) => Cell];

function build<T>(columns: Column<T>[], items: readonly T[]): Table {
  return {
    columns: columns.map(([name]) => name),
    rows: items.map((item) => Object.fromEntries(columns.map(([name, get]) => [name, get(item)]))),
  };
}

/** Theme ids for the columns: the taxonomy's, then any other id found in the audits. */
export function themeColumnIds(taxonomyIds: readonly string[], audits: readonly Audit[]): string[] {
  const ids = [...taxonomyIds];
  for (const audit of audits) {
    for (const theme of audit.themes ?? []) if (!ids.includes(theme.id)) ids.push(theme.id);
  }
  return ids;
}

export function auditTable(audits: readonly Audit[], themeIds: readonly string[], today: string): Table {
  const count = (audit: Audit, test: (a: Action) => boolean) => (audit.actions ?? []).filter(test).length;
  const columns: Column<Audit>[] = [
    ['id', (a) => a.id],
    ['status', (a) => a.status],
    ['client', (a) => a.client.name],
    ['segment', (a) => a.client.segment ?? null],
    ['region', (a) => a.client.region ?? null],
    ['annual_value', (a) => a.client.annual_value ?? null],
    ['currency', (a) => a.client.currency ?? null],
    ['relationship_start', (a) => a.client.relationship_start ?? null],
    ['ended_on', (a) => a.client.ended_on],
    ['stated_reason', (a) => a.client.stated_reason ?? null],
    ['interview_date', (a) => a.interview?.date ?? null],
    ['auditor', (a) => a.interview?.auditor ?? null],
    ['auditor_independent', (a) => a.interview?.auditor_independent ?? null],
    ...ANSWER_KEYS.map((key): Column<Audit> => [`answer_${key}`, (a) => a.answers?.[key]?.text ?? null]),
    ...themeIds.map(
      (id): Column<Audit> => [
        `theme_${id}`,
        (a) => {
          const status = a.themes?.find((t) => t.id === id)?.status;
          // A rejected theme is left blank: the audit does not have it.
          return status === 'confirmed' || status === 'suggested' ? status : null;
        },
      ],
    ),
    ['actions_open', (a) => count(a, isOpen)],
    ['actions_overdue', (a) => count(a, (x) => isOverdue(x, today))],
    ['actions_done', (a) => count(a, (x) => x.status === 'done')],
    ['actions_dropped', (a) => count(a, (x) => x.status === 'dropped')],
    ['report_back_by', (a) => a.follow_up?.report_back_by ?? null],
    ['reported_back_on', (a) => a.follow_up?.reported_back_on ?? null],
    ['summary_shared_on', (a) => a.follow_up?.summary_shared_on ?? null],
    ['win_back_intent', (a) => a.win_back?.intent ?? null],
    ['win_back_likelihood', (a) => a.win_back?.likelihood ?? null],
    ['win_back_next_contact', (a) => a.win_back?.next_contact ?? null],
    ['won_on', (a) => a.win_back?.won_on ?? null],
  ];
  return build(columns, audits);
}

interface ActionItem {
  audit: Audit;
  action: Action;
}

export function actionTable(audits: readonly Audit[], today: string): Table {
  const items = audits.flatMap((audit) => (audit.actions ?? []).map((action) => ({ audit, action })));
  const columns: Column<ActionItem>[] = [
    ['audit_id', ({ audit }) => audit.id],
    ['client', ({ audit }) => audit.client.name],
    ['action_id', ({ action }) => action.id],
    ['what', ({ action }) => action.what],
    ['who', ({ action }) => action.who],
    ['where', ({ action }) => action.where ?? null],
    ['when', ({ action }) => action.when],
    ['why', ({ action }) => action.why ?? null],
    ['how', ({ action }) => action.how ?? null],
    ['themes', ({ action }) => (action.themes ?? []).join('; ') || null],
    ['status', ({ action }) => action.status],
    ['overdue', ({ action }) => isOverdue(action, today)],
    ['done_on', ({ action }) => action.done_on ?? null],
    ['last_note', ({ action }) => action.notes?.at(-1)?.text ?? null],
  ];
  return build(columns, items);
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return, which some
 * strip first) as a formula. A leading single quote keeps it plain text. Numbers are left alone.
 */
export function safeCell(value: Cell): string | number {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180 CSV: header row first, fields with commas, quotes or line breaks quoted, CRLF line ends. */
export function toCsv(table: Table): string {
  const records = [
    table.columns,
    ...table.rows.map((row) => table.columns.map((c) => safeCell(row[c] ?? null))),
  ];
  return stringify(records, { record_delimiter: 'windows', quoted_match: /^\s|\s$/ });
}
