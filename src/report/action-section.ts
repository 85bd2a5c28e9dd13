import { type ActionRow, isOpen } from '../audit/follow-through.js';
import { dueText, STATUS_TEXT } from './audit-view.js';
import { shortDate } from './format.js';

export interface ActionRowView {
  client: string;
  auditId: string;
  id: string;
  what: string;
  who: string;
  when: string;
  status: string;
  overdue: boolean;
  dueText: string;
  themes: string;
}

export interface ActionSection {
  total: number;
  open: number;
  overdue: number;
  done: number;
  dropped: number;
  rows: ActionRowView[];
}

/** Counts of every action, and the open ones (overdue first) with what theme they answer. */
export function actionSection(
  rows: readonly ActionRow[],
  today: string,
  labels: (ids: readonly string[]) => string,
): ActionSection {
  return {
    total: rows.length,
    open: rows.filter((r) => isOpen(r.action)).length,
    overdue: rows.filter((r) => r.overdue).length,
    done: rows.filter((r) => r.action.status === 'done').length,
    dropped: rows.filter((r) => r.action.status === 'dropped').length,
    rows: rows
      .filter((r) => isOpen(r.action))
      .map((r) => ({
        client: r.client,
        auditId: r.auditId,
        id: r.action.id,
        what: r.action.what,
        who: r.action.who,
        when: shortDate(r.action.when),
        status: STATUS_TEXT[r.action.status] ?? r.action.status,
        overdue: r.overdue,
        dueText: dueText(r.action, today),
        themes: labels(r.action.themes ?? []),
      })),
  };
}
