import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { git, tempWorkspace } from './harness.js';
import { CTRL_C, ENTER, Terminal } from './terminal.js';

const TODAY = { RECOVER_TODAY: '2026-10-01' };
const ID = '2026-10-01-maple-grove';

async function answerFacts(t: Terminal): Promise<void> {
  await t.answer(/Client name/, `Maple Grove${ENTER}`);
  await t.answer(/When did the contract end/, `2026-09-15${ENTER}`);
  await t.answer(/Segment/, `skilled nursing${ENTER}`);
  await t.answer(/Region/, `Southeast${ENTER}`);
  await t.answer(/Annual contract value/, `420000${ENTER}`);
  await t.answer(/Currency/, ENTER);
  await t.answer(/Client since/, `2021-03-01${ENTER}`);
  await t.answer(/reason the client gave/, `Unstable staffing${ENTER}`);
  await t.answer(/Auditor/, ENTER);
  await t.answer(/Participants/, `CEO, Executive Director${ENTER}`);
  await t.answer(/part of the team that served/, `n${ENTER}`);
}

async function answerQuestion(t: Terminal, question: RegExp, lines: string[]): Promise<void> {
  await t.paragraph(question, lines);
  if (question.source.includes('chose us')) await t.answer(/Who or what set that expectation/, ENTER);
  await t.answer(/Ask a follow-up question/, ENTER);
  await t.answer(/What I heard/, ENTER);
}

async function finish(t: Terminal): Promise<void> {
  await t.answer(/Everything as the client meant it/, ENTER);
  // However many themes the tagger suggests, confirm each, then add none by hand.
  for (;;) {
    const which = await t.waitFor(/reflect what the client said/, /Add a theme the client raised/);
    await t.answer(/./, ENTER);
    if (which === 1) break;
  }
  await t.answer(/team's own view/, ENTER);
  await t.answer(/Add an action/, ENTER);
  await t.answer(/What will be done/, `Keep one therapy lead per building${ENTER}`);
  await t.answer(/Who owns it/, `Regional Operations Director${ENTER}`);
  await t.answer(/When is it due/, ENTER);
  await t.answer(/Where/, `Southeast region${ENTER}`);
  await t.answer(/Why/, `Staffing instability${ENTER}`);
  await t.answer(/How will it be done/, `Retention bonus${ENTER}`);
  if ((await t.waitFor(/Which themes does it address/, /Add another action/)) === 0) {
    await t.answer(/Which themes/, ENTER);
  }
  await t.answer(/Add another action/, ENTER);
  await t.answer(/report back to the client/, ENTER);
  await t.answer(/summary already been shared/, ENTER);
  await t.answer(/want this client back/, ENTER);
  await t.answer(/Next contact/, ENTER);
  await t.answer(/How likely/, ENTER);
}

function readAudit(ws: string) {
  return parse(readFileSync(join(ws, 'audits', `${ID}.yaml`), 'utf8'));
}

describe('the interview in a real terminal', () => {
  it('asks every question, shows guidance, and saves a committed, complete audit', async () => {
    const ws = tempWorkspace();
    const t = new Terminal(['audit', 'new'], ws, TODAY);
    await answerFacts(t);
    await t.waitFor(/You are here to listen, not to defend/);
    await answerQuestion(t, /When you chose us/, [
      'A stable therapy team that knew our residents.',
      'Weekly progress reports.',
    ]);
    await answerQuestion(t, /What actually happened/, [
      'By March we had met our fourth site supervisor.',
      'The phone rang out every evening.',
    ]);
    await answerQuestion(t, /What went well/, [
      'Maria, our weekend therapist, was wonderful with residents.',
    ]);
    await answerQuestion(t, /done better/, ['Keep one lead per building.']);
    await answerQuestion(t, /What should happen next/, ['Tell us in spring what you changed.']);
    await finish(t);

    expect(await t.exitCode()).toBe(0);
    expect(t.all).toContain(`Saved the audit of Maple Grove: audits/${ID}.yaml (committed)`);
    expect(t.all).toContain('Enter on an empty line: done');
    const audit = readAudit(ws);
    expect(audit.status).toBe('complete');
    expect(audit.client).toMatchObject({
      name: 'Maple Grove',
      annual_value: 420000,
      currency: 'USD',
      ended_on: '2026-09-15',
    });
    expect(audit.answers.happened.text).toBe(
      'By March we had met our fourth site supervisor.\nThe phone rang out every evening.',
    );
    expect(audit.actions[0]).toMatchObject({
      id: 'A1',
      who: 'Regional Operations Director',
      when: '2026-10-31',
    });
    expect(audit.interview.resume_at).toBeUndefined();
    expect(git(ws, ['log', '--format=%s', '-1'])).toContain('Audit of Maple Grove');
  });

  it('Ctrl-C mid-answer keeps a draft with the words typed so far; resume completes it', async () => {
    const ws = tempWorkspace();
    const t = new Terminal(['audit', 'new'], ws, TODAY);
    await answerFacts(t);
    await answerQuestion(t, /When you chose us/, ['A stable therapy team.']);
    await t.answer(/What actually happened/, 'By March we had met our fourth site supervisor.\r');
    // Still in the answer: type part of a second line, then interrupt.
    await new Promise((r) => setTimeout(r, 50));
    t.write('The phone rang');
    await t.waitFor(/The phone rang/);
    t.write(CTRL_C);
    expect(await t.exitCode()).toBe(130);
    expect(t.all).toContain(`recover audit resume ${ID}`);

    const draft = readAudit(ws);
    expect(draft.status).toBe('draft');
    expect(draft.interview.resume_at).toBe('happened');
    expect(draft.answers.expected.text).toBe('A stable therapy team.');
    expect(draft.answers.happened.text).toBe(
      'By March we had met our fourth site supervisor.\nThe phone rang',
    );

    const r = new Terminal(['audit', 'resume', ID], ws, TODAY);
    // The answer comes back as typed; finish the sentence and go on.
    await r.answer(/What actually happened/, ' out every evening.\r\r');
    await r.answer(/Ask a follow-up question/, ENTER);
    await r.answer(/What I heard/, ENTER);
    await answerQuestion(r, /What went well/, ['Maria was wonderful.']);
    await answerQuestion(r, /done better/, ['Call us back.']);
    await answerQuestion(r, /What should happen next/, ['Write to us in spring.']);
    await finish(r);
    expect(await r.exitCode()).toBe(0);

    const audit = readAudit(ws);
    expect(audit.status).toBe('complete');
    expect(audit.answers.happened.text).toBe(
      'By March we had met our fourth site supervisor.\nThe phone rang out every evening.',
    );
    expect(audit.answers.next_steps.text).toBe('Write to us in spring.');
  });
});
