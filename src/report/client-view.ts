import { ANSWER_KEYS } from '../audit/answers.js';
import type { Audit } from '../audit/schema.js';
import type { Taxonomy } from '../themes/taxonomy.js';
import { longDate } from './format.js';
import { themeInfo } from './theme-info.js';

/**
 * The letter back to the client. It is built from an allow-list of fields: nothing internal
 * (contract value, theme labels, the auditor's notes, the team's own view, owners) can reach it
 * because this view never copies them.
 */
export interface ClientView {
  clientName: string;
  greeting: string;
  date: string;
  interviewDate: string;
  auditor: string;
  /** Their words about what went wrong, as they said them. */
  concerns: string[];
  /** What they valued. */
  praise: string[];
  /** True when `concerns` holds read-back paraphrases rather than quotes. */
  paraphrased: boolean;
  actions: { what: string; when: string; done: boolean }[];
  reportBackBy: string;
}

const MAX_QUOTES = 5;

function firstSentence(text: string): string {
  const match = /^[\s\S]*?[.!?](?=\s|$)/.exec(text.trim());
  return (match ? match[0] : text).trim();
}

function greetingFor(audit: Audit): string {
  const names = (audit.interview?.participants ?? []).map((p) => p.name?.trim()).filter(Boolean) as string[];
  if (names.length === 0) return `Dear ${audit.client.name} team,`;
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `Dear ${list},`;
}

function quotes(audit: Audit, taxonomy: Taxonomy, kind: 'problem' | 'strength'): string[] {
  const order = (key: string) => ANSWER_KEYS.indexOf(key as (typeof ANSWER_KEYS)[number]);
  const found = (audit.themes ?? [])
    .filter((t) => t.status !== 'rejected' && themeInfo(taxonomy, t.id).kind === kind)
    .flatMap((t) => t.evidence)
    .filter((e) => (e.view ?? 'client') === 'client')
    .sort((a, b) => order(a.answer) - order(b.answer) || (a.start ?? 0) - (b.start ?? 0))
    .map((e) => e.quote.trim());
  return [...new Set(found)].slice(0, MAX_QUOTES);
}

export function buildClientView(audit: Audit, taxonomy: Taxonomy, today: string): ClientView {
  const answers = audit.answers ?? {};
  let concerns = quotes(audit, taxonomy, 'problem');
  let paraphrased = false;
  if (concerns.length === 0) {
    const heard = ANSWER_KEYS.filter((k) => k !== 'went_well')
      .map((k) => answers[k]?.heard?.trim())
      .filter((h): h is string => Boolean(h));
    if (heard.length) {
      concerns = heard;
      paraphrased = true;
    } else {
      concerns = (['happened', 'improve'] as const)
        .map((k) => answers[k]?.text.trim())
        .filter((t): t is string => Boolean(t))
        .map(firstSentence);
    }
  }
  let praise = quotes(audit, taxonomy, 'strength');
  if (praise.length === 0 && answers.went_well?.text.trim()) praise = [firstSentence(answers.went_well.text)];
  return {
    clientName: audit.client.name,
    greeting: greetingFor(audit),
    date: longDate(today),
    interviewDate: longDate(audit.interview?.date),
    auditor: audit.interview?.auditor ?? '',
    concerns,
    praise,
    paraphrased,
    actions: (audit.actions ?? [])
      .filter((a) => a.status !== 'dropped')
      .sort((a, b) => a.when.localeCompare(b.when))
      // A letter never promises a date that has already passed: late work reads as under way.
      .map((a) => ({
        what: a.what,
        when: a.when < today ? '' : longDate(a.when),
        done: a.status === 'done',
      })),
    reportBackBy: upcoming(audit.follow_up?.report_back_by, today),
  };
}

function upcoming(date: string | null | undefined, today: string): string {
  return date && date >= today ? longDate(date) : '';
}
