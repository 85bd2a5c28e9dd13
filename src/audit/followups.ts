import { addDays, daysBetween, isOpen, isReportBackOverdue } from './follow-through.js';
import type { Audit } from './schema.js';

/**
 * What needs doing, and when, across every audit: interviews to run, report-backs owed to
 * clients, summaries not yet shared, win-back contacts and actions. Pure: `today` is passed in
 * so the weekly cron, the tests and the reports agree on one clock.
 */

export type FollowupKind = 'interview' | 'report-back' | 'summary' | 'win-back' | 'action';

/** How pressing an item is; `late` and `overdue` come first. */
export type Urgency = 'overdue' | 'late' | 'due' | 'due-soon' | 'waiting';

export interface Followup {
  kind: FollowupKind;
  urgency: Urgency;
  auditId: string;
  client: string;
  /** One line a person can act on, e.g. "report back by 2026-10-15 (3 days late)". */
  detail: string;
  /** The date the item is due (or opens), when it has one. */
  date?: string;
  /** Days from today to `date`; negative when it has passed. */
  days?: number;
  /** The command that moves it forward. */
  next: string;
  actionId?: string;
}

export interface InterviewWindow {
  from_days: number;
  to_days: number;
}

export interface FollowupOptions {
  today: string;
  /** Look this many days ahead for things coming due. */
  within: number;
  window: InterviewWindow;
}

const URGENCY_ORDER: Record<Urgency, number> = { overdue: 0, late: 1, due: 2, 'due-soon': 3, waiting: 4 };
const KIND_ORDER: FollowupKind[] = ['interview', 'report-back', 'summary', 'win-back', 'action'];

export function followups(audits: readonly Audit[], options: FollowupOptions): Followup[] {
  const items = audits.flatMap((audit) => [
    ...interviewDue(audit, options),
    ...reportBackDue(audit, options),
    ...summaryNotShared(audit),
    ...winBackContactDue(audit, options),
    ...actionsDue(audit, options),
  ]);
  return items.sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      URGENCY_ORDER[a.urgency] - URGENCY_ORDER[b.urgency] ||
      (a.date ?? '').localeCompare(b.date ?? '') ||
      a.auditId.localeCompare(b.auditId),
  );
}

function dayCount(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}

/** Human wording for a number of days, e.g. "in 3 days", "today", "5 days ago". */
export function relativeDays(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/**
 * Churn interviews work best 2 to 6 weeks after the client leaves: earlier gets venting, later
 * gets vague memories. Planned audits are placed against that window; drafts are unfinished.
 */
export function interviewDue(audit: Audit, { today, within, window }: FollowupOptions): Followup[] {
  const base = { kind: 'interview' as const, auditId: audit.id, client: audit.client.name };
  if (audit.status === 'draft') {
    return [
      {
        ...base,
        urgency: 'due',
        detail: 'interview started but not finished',
        next: `recover audit resume ${audit.id}`,
      },
    ];
  }
  if (audit.status !== 'planned') return [];
  const opens = addDays(audit.client.ended_on, window.from_days);
  const closes = addDays(audit.client.ended_on, window.to_days);
  const next = `recover audit new --from ${audit.id}`;
  if (today > closes) {
    const days = daysBetween(today, closes);
    return [
      {
        ...base,
        urgency: 'late',
        date: closes,
        days,
        detail: `late: memories fade (best by ${closes}, ${dayCount(-days)} ago); run it as soon as you can`,
        next,
      },
    ];
  }
  if (today >= opens) {
    const days = daysBetween(today, closes);
    return [
      {
        ...base,
        urgency: 'due',
        date: closes,
        days,
        detail: `due: best before ${closes} (${relativeDays(days)})`,
        next,
      },
    ];
  }
  const days = daysBetween(today, opens);
  if (days > within) return [];
  return [
    {
      ...base,
      urgency: 'due-soon',
      date: opens,
      days,
      detail: `due soon: from ${opens} (${relativeDays(days)}) to ${closes}; book the interview now`,
      next,
    },
  ];
}

export function reportBackDue(audit: Audit, { today, within }: FollowupOptions): Followup[] {
  const by = audit.follow_up?.report_back_by;
  if (!by || audit.follow_up?.reported_back_on) return [];
  const days = daysBetween(today, by);
  if (days > within) return [];
  const urgency: Urgency = isReportBackOverdue(audit, today) ? 'overdue' : days === 0 ? 'due' : 'due-soon';
  const when = days < 0 ? `${dayCount(-days)} late` : relativeDays(days);
  return [
    {
      kind: 'report-back',
      urgency,
      auditId: audit.id,
      client: audit.client.name,
      date: by,
      days,
      detail: `report back to the client by ${by} (${when}); once done: recover audit follow-up ${audit.id} --reported-back`,
      next: `recover report ${audit.id} --client`,
    },
  ];
}

/** A finished audit owes the client a short summary: what we heard, what we will do, by when. */
export function summaryNotShared(audit: Audit): Followup[] {
  if (
    audit.status !== 'complete' ||
    audit.follow_up?.summary_shared_on ||
    audit.follow_up?.reported_back_on
  ) {
    return [];
  }
  const since = audit.interview?.date;
  return [
    {
      kind: 'summary',
      urgency: 'waiting',
      auditId: audit.id,
      client: audit.client.name,
      detail: `client summary not shared yet${since ? ` (interviewed ${since})` : ''}; once sent: recover audit follow-up ${audit.id} --summary-shared`,
      next: `recover report ${audit.id} --client`,
    },
  ];
}

export function winBackContactDue(audit: Audit, { today, within }: FollowupOptions): Followup[] {
  const wb = audit.win_back;
  if (!wb?.next_contact || wb.intent === 'won' || wb.intent === 'closed') return [];
  const days = daysBetween(today, wb.next_contact);
  if (days > within) return [];
  const urgency: Urgency = days < 0 ? 'overdue' : days === 0 ? 'due' : 'due-soon';
  const when = days < 0 ? `${dayCount(-days)} late` : relativeDays(days);
  return [
    {
      kind: 'win-back',
      urgency,
      auditId: audit.id,
      client: audit.client.name,
      date: wb.next_contact,
      days,
      detail: `${wb.intent === 'pursue' ? 'win-back contact' : 'keep-in-touch contact'} on ${wb.next_contact} (${when})`,
      next: `recover winback set ${audit.id} --next-contact YYYY-MM-DD`,
    },
  ];
}

export function actionsDue(audit: Audit, { today, within }: FollowupOptions): Followup[] {
  return (audit.actions ?? [])
    .filter((action) => isOpen(action) && daysBetween(today, action.when) <= within)
    .map((action) => {
      const days = daysBetween(today, action.when);
      const urgency: Urgency = days < 0 ? 'overdue' : days === 0 ? 'due' : 'due-soon';
      const when = days < 0 ? `${dayCount(-days)} overdue` : `due ${relativeDays(days)}`;
      return {
        kind: 'action' as const,
        urgency,
        auditId: audit.id,
        client: audit.client.name,
        actionId: action.id,
        date: action.when,
        days,
        detail: `${action.id} ${action.what} (${action.who}; ${when})`,
        next: `recover action set ${audit.id} ${action.id} --status done`,
      };
    });
}
