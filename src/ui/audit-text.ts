import { ANSWER_KEYS, ANSWER_LABELS } from '../audit/answers.js';
import { isOverdue } from '../audit/follow-through.js';
import type { Answers, Audit } from '../audit/schema.js';
import { style } from './output.js';
import { money } from './table.js';

/** A readable terminal view of one audit (recover audit show). Pure: text in, text out. */
export function auditText(
  audit: Audit,
  labelOf: (themeId: string) => string,
  today: string,
  currency = 'USD',
): string {
  const out: string[] = [];
  const c = audit.client;
  const line = (label: string, value: string | number | undefined | null) => {
    if (value !== undefined && value !== null && value !== '')
      out.push(`  ${style.dim(label.padEnd(20))}${value}`);
  };
  out.push(style.title(`${c.name}`) + style.dim(`  ${audit.id}  (${audit.status})`));
  out.push('');
  line('Segment', c.segment);
  line('Region', c.region);
  line(
    'Annual value',
    c.annual_value === undefined ? undefined : money(c.annual_value, c.currency ?? currency),
  );
  line('Client since', c.relationship_start);
  line('Ended', c.ended_on);
  line('Reason given', c.stated_reason);
  const iv = audit.interview;
  if (iv) {
    line('Interviewed', iv.date);
    const neutral = iv.auditor_independent === false ? style.warn(' (was on the serving team)') : '';
    line('Auditor', iv.auditor ? `${iv.auditor}${neutral}` : undefined);
    line('Participants', iv.participants?.map((p) => (p.name ? `${p.name} (${p.role})` : p.role)).join(', '));
  }
  answersText(out, 'The client told us', audit.answers);
  answersText(out, "The team's own view", audit.team_view);

  const themes = (audit.themes ?? []).filter((t) => t.status !== 'rejected');
  if (themes.length) {
    out.push('', style.title('Themes'));
    for (const theme of themes) {
      const mark = theme.status === 'confirmed' ? style.good('confirmed') : style.warn('suggested');
      out.push(
        `  ${labelOf(theme.id)} ${style.dim(`(${theme.id}, ${mark}${style.dim(`, ${theme.source})`)}`)}`,
      );
      for (const ev of theme.evidence)
        out.push(
          `    ${style.quote(`“${ev.quote}”`)} ${style.dim(`(${ANSWER_LABELS[ev.answer].toLowerCase()})`)}`,
        );
    }
  }
  if (audit.actions?.length) {
    out.push('', style.title('Action plan'));
    for (const a of audit.actions) {
      const late = isOverdue(a, today) ? style.bad(' OVERDUE') : '';
      out.push(`  ${style.id(a.id)} ${a.what} ${style.dim(`[${a.status}]`)}${late}`);
      out.push(
        `     ${style.dim('who')} ${a.who}  ${style.dim('when')} ${a.when}${a.where ? `  ${style.dim('where')} ${a.where}` : ''}`,
      );
      if (a.why) out.push(`     ${style.dim('why')} ${a.why}`);
      if (a.how) out.push(`     ${style.dim('how')} ${a.how}`);
    }
  }
  const f = audit.follow_up;
  if (f) {
    out.push('', style.title('Follow-up'));
    line('Report back by', f.report_back_by);
    line('Reported back on', f.reported_back_on);
    line('Summary shared on', f.summary_shared_on ?? 'not yet');
  }
  const w = audit.win_back;
  if (w) {
    out.push('', style.title('Win-back'));
    line('Intent', w.intent);
    line('Likelihood', w.likelihood ? `${w.likelihood} of 5` : undefined);
    line('Next contact', w.next_contact);
    line('Won back on', w.won_on);
    line('Note', w.note);
  }
  return out.join('\n');
}

function answersText(out: string[], title: string, answers: Answers | undefined): void {
  if (!answers || Object.keys(answers).length === 0) return;
  out.push('', style.title(title));
  for (const key of ANSWER_KEYS) {
    const answer = answers[key];
    if (!answer) continue;
    out.push('', `  ${style.title(ANSWER_LABELS[key])}`);
    if (key === 'expected' && answers.expected?.set_by?.length) {
      out.push(`  ${style.dim(`Expectation set by: ${answers.expected.set_by.join(', ')}`)}`);
    }
    out.push(indent(answer.text, '  '));
    if (answer.heard) out.push(`  ${style.dim('What I heard:')} ${answer.heard}`);
    for (const f of answer.follow_ups ?? []) {
      out.push(`  ${style.dim(`› ${f.question}`)}`, indent(f.text, '    '));
    }
  }
}

function indent(text: string, prefix: string): string {
  return text
    .trim()
    .split('\n')
    .map((l) => prefix + l)
    .join('\n');
}
