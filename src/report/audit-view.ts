import { ANSWER_KEYS, ANSWER_LABELS, type AnswerKey } from '../audit/answers.js';
import { daysBetween, isOverdue, isReportBackOverdue } from '../audit/follow-through.js';
import type { Action, Answer, Audit, AuditTheme, WinBackIntent } from '../audit/schema.js';
import type { Taxonomy } from '../themes/taxonomy.js';
import { durationText, money, monthsBetween, plural, shortDate } from './format.js';
import { highlight, type Mark, type Segment } from './highlight.js';
import type { ViewOptions } from './options.js';
import { themeInfo } from './theme-info.js';
import { currencyOf } from './totals.js';

/** Everything the internal audit report shows, already in display form. */

export interface AnswerSide {
  segments: Segment[];
  heard?: string;
  followUps: { question: string; text: string }[];
}

export interface AnswerView {
  key: AnswerKey;
  label: string;
  setBy?: string;
  client?: AnswerSide;
  team?: AnswerSide;
}

export interface ThemeView {
  id: string;
  label: string;
  kind: 'problem' | 'strength';
  known: boolean;
  status: string;
  source: string;
  confidence?: string;
  note?: string;
  quotes: { quote: string; answer: string; view: string }[];
}

export interface ActionView {
  id: string;
  what: string;
  who: string;
  where: string;
  when: string;
  why: string;
  how: string;
  status: string;
  overdue: boolean;
  dueText: string;
  themes: string[];
  notes: { on: string; text: string }[];
}

export interface AuditView {
  id: string;
  status: string;
  isFinal: boolean;
  generatedOn: string;
  client: {
    name: string;
    segment: string;
    region: string;
    value: string;
    relationshipStart: string;
    endedOn: string;
    length: string;
    statedReason: string;
  };
  interview: {
    date: string;
    auditor: string;
    neutral: 'yes' | 'no' | 'unknown';
    neutralText: string;
    participants: string;
    notes: string;
  };
  answers: AnswerView[];
  hasTeamView: boolean;
  themes: ThemeView[];
  problemThemes: ThemeView[];
  strengthThemes: ThemeView[];
  rejectedThemes: string[];
  actions: ActionView[];
  overdueCount: number;
  followUp: {
    reportBackBy: string;
    reportBackOverdue: boolean;
    reportedBackOn: string;
    summarySharedOn: string;
  };
  winBack?: {
    intent: WinBackIntent;
    intentText: string;
    likelihood: string;
    nextContact: string;
    wonOn: string;
    note: string;
  };
}

export const INTENT_TEXT: Record<WinBackIntent, string> = {
  pursue: 'Pursue: actively working to win them back',
  nurture: 'Nurture: keep in touch, no active pursuit',
  closed: 'Closed: not pursuing',
  won: 'Won back',
};

export const STATUS_TEXT: Record<string, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

function marksFor(
  themes: readonly AuditTheme[],
  taxonomy: Taxonomy,
  key: AnswerKey,
  view: 'client' | 'team',
) {
  const marks: Mark[] = [];
  for (const theme of themes) {
    if (theme.status === 'rejected') continue;
    const label = themeInfo(taxonomy, theme.id).label;
    for (const e of theme.evidence) {
      if (e.answer === key && (e.view ?? 'client') === view) {
        marks.push({ quote: e.quote, start: e.start, end: e.end, labels: [label] });
      }
    }
  }
  return marks;
}

function side(answer: Answer | undefined, marks: Mark[]): AnswerSide | undefined {
  if (!answer || (!answer.text.trim() && !answer.follow_ups?.length)) return undefined;
  return {
    segments: highlight(answer.text, marks),
    heard: answer.heard?.trim() || undefined,
    followUps: (answer.follow_ups ?? []).map((f) => ({ question: f.question, text: f.text })),
  };
}

export function dueText(action: Action, today: string): string {
  if (action.status === 'done') return action.done_on ? `done ${shortDate(action.done_on)}` : 'done';
  if (action.status === 'dropped') return 'dropped';
  const days = daysBetween(today, action.when);
  if (days < 0) return `${plural(-days, 'day')} late`;
  if (days === 0) return 'due today';
  return `due in ${plural(days, 'day')}`;
}

export function actionView(action: Action, taxonomy: Taxonomy, today: string): ActionView {
  return {
    id: action.id,
    what: action.what,
    who: action.who,
    where: action.where ?? '',
    when: shortDate(action.when),
    why: action.why ?? '',
    how: action.how ?? '',
    status: STATUS_TEXT[action.status] ?? action.status,
    overdue: isOverdue(action, today),
    dueText: dueText(action, today),
    themes: (action.themes ?? []).map((id) => themeInfo(taxonomy, id).label),
    notes: (action.notes ?? []).map((n) => ({ on: shortDate(n.on), text: n.text })),
  };
}

function themeView(theme: AuditTheme, taxonomy: Taxonomy): ThemeView {
  const info = themeInfo(taxonomy, theme.id);
  return {
    ...info,
    status: theme.status === 'confirmed' ? 'Confirmed' : 'Suggested',
    source: theme.source === 'manual' ? 'added by hand' : 'found in the answers',
    confidence: theme.confidence === undefined ? undefined : `${Math.round(theme.confidence * 100)}%`,
    note: theme.note,
    quotes: theme.evidence.map((e) => ({
      quote: e.quote,
      answer: ANSWER_LABELS[e.answer],
      view: e.view === 'team' ? "team's view" : "client's view",
    })),
  };
}

export function buildAuditView(audit: Audit, taxonomy: Taxonomy, options: ViewOptions): AuditView {
  const { client, interview } = audit;
  const themes = audit.themes ?? [];
  const active = themes
    .filter((t) => t.status !== 'rejected')
    .sort((a, b) => Number(b.status === 'confirmed') - Number(a.status === 'confirmed'))
    .map((t) => themeView(t, taxonomy));
  const answers = ANSWER_KEYS.map((key): AnswerView => {
    const own = audit.answers?.[key];
    const setBy = key === 'expected' ? audit.answers?.expected?.set_by?.join(', ') : undefined;
    return {
      key,
      label: ANSWER_LABELS[key],
      setBy: setBy || undefined,
      client: side(own, marksFor(themes, taxonomy, key, 'client')),
      team: side(audit.team_view?.[key], marksFor(themes, taxonomy, key, 'team')),
    };
  });
  const actions = (audit.actions ?? []).map((a) => actionView(a, taxonomy, options.today));
  const reportBackBy = audit.follow_up?.report_back_by ?? undefined;
  const reportedBackOn = audit.follow_up?.reported_back_on ?? undefined;
  const neutral =
    interview?.auditor_independent === undefined ? 'unknown' : interview.auditor_independent ? 'yes' : 'no';
  const winBack = audit.win_back;
  return {
    id: audit.id,
    status: audit.status,
    isFinal: audit.status === 'complete',
    generatedOn: shortDate(options.today),
    client: {
      name: client.name,
      segment: client.segment ?? '',
      region: client.region ?? '',
      value:
        client.annual_value === undefined
          ? ''
          : money(client.annual_value, currencyOf(audit, options.currency)),
      relationshipStart: shortDate(client.relationship_start),
      endedOn: shortDate(client.ended_on),
      length: client.relationship_start
        ? durationText(monthsBetween(client.relationship_start, client.ended_on))
        : '',
      statedReason: client.stated_reason ?? '',
    },
    interview: {
      date: shortDate(interview?.date),
      auditor: interview?.auditor ?? '',
      neutral,
      neutralText: {
        yes: 'Yes: not part of the team that served the client',
        no: 'No: the auditor was part of the team that served the client',
        unknown: 'Not recorded',
      }[neutral],
      participants: (interview?.participants ?? [])
        .map((p) => (p.name ? `${p.name} (${p.role})` : p.role))
        .join(', '),
      notes: interview?.notes?.trim() ?? '',
    },
    answers: answers.filter((a) => a.client || a.team),
    hasTeamView: answers.some((a) => a.team),
    themes: active,
    problemThemes: active.filter((t) => t.kind === 'problem'),
    strengthThemes: active.filter((t) => t.kind === 'strength'),
    rejectedThemes: themes.filter((t) => t.status === 'rejected').map((t) => themeInfo(taxonomy, t.id).label),
    actions,
    overdueCount: actions.filter((a) => a.overdue).length,
    followUp: {
      reportBackBy: shortDate(reportBackBy),
      reportBackOverdue: isReportBackOverdue(audit, options.today),
      reportedBackOn: shortDate(reportedBackOn),
      summarySharedOn: shortDate(audit.follow_up?.summary_shared_on),
    },
    winBack: winBack && {
      intent: winBack.intent,
      intentText: INTENT_TEXT[winBack.intent],
      likelihood: winBack.likelihood ? `${winBack.likelihood} of 5` : '',
      nextContact: shortDate(winBack.next_contact),
      wonOn: shortDate(winBack.won_on),
      note: winBack.note ?? '',
    },
  };
}
