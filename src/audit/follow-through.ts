import type { Action, Audit, WinBackIntent } from './schema.js';

/**
 * Pure rules for what is due and what is late. `today` is always passed in (YYYY-MM-DD) so
 * commands, reports and tests agree on one clock.
 */

const DAY = 86_400_000;

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(date) + days * DAY).toISOString().slice(0, 10);
}

export function isOpen(action: Action): boolean {
  return action.status === 'open' || action.status === 'in-progress';
}

export function isOverdue(action: Action, today: string): boolean {
  return isOpen(action) && action.when < today;
}

export interface ActionRow {
  auditId: string;
  client: string;
  action: Action;
  overdue: boolean;
  /** Negative when overdue: days until it is due. */
  dueInDays: number;
}

/** Every action across audits, overdue first, then by due date. */
export function actionRows(audits: readonly Audit[], today: string): ActionRow[] {
  return audits
    .flatMap((audit) =>
      (audit.actions ?? []).map((action) => ({
        auditId: audit.id,
        client: audit.client.name,
        action,
        overdue: isOverdue(action, today),
        dueInDays: daysBetween(today, action.when),
      })),
    )
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.action.when.localeCompare(b.action.when));
}

export interface WinBackEntry {
  auditId: string;
  client: string;
  intent: WinBackIntent;
  likelihood?: number;
  nextContact?: string;
  wonOn?: string;
  annualValue: number;
  currency?: string;
}

/** Clients with a win-back intent, most promising first. */
export function winBackEntries(audits: readonly Audit[]): WinBackEntry[] {
  const order: Record<WinBackIntent, number> = { won: 0, pursue: 1, nurture: 2, closed: 3 };
  return audits
    .filter((audit) => audit.win_back)
    .map((audit) => ({
      auditId: audit.id,
      client: audit.client.name,
      intent: audit.win_back?.intent ?? 'closed',
      likelihood: audit.win_back?.likelihood ?? undefined,
      nextContact: audit.win_back?.next_contact ?? undefined,
      wonOn: audit.win_back?.won_on ?? undefined,
      annualValue: audit.client.annual_value ?? 0,
      currency: audit.client.currency,
    }))
    .sort(
      (a, b) =>
        order[a.intent] - order[b.intent] ||
        (b.likelihood ?? 0) - (a.likelihood ?? 0) ||
        b.annualValue - a.annualValue,
    );
}

/** Themes that count: confirmed ones, or suggested ones nobody has rejected yet. */
export function activeThemeIds(audit: Audit, { confirmedOnly = false } = {}): string[] {
  return (audit.themes ?? [])
    .filter((t) => (confirmedOnly ? t.status === 'confirmed' : t.status !== 'rejected'))
    .map((t) => t.id);
}

/** The client was promised a report back by a date that has passed, and has not had it. */
export function isReportBackOverdue(audit: Audit, today: string): boolean {
  const by = audit.follow_up?.report_back_by;
  return Boolean(by && !audit.follow_up?.reported_back_on && by < today);
}
