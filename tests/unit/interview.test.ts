import { describe, expect, it } from 'vitest';
import type { Audit, AuditTheme } from '../../src/audit/schema.js';
import { auditSchema } from '../../src/audit/schema.js';
import { auditFromSeed, missingFields } from '../../src/interview/answers-file.js';
import { runInterview } from '../../src/interview/engine.js';
import { loadQuestionSet } from '../../src/interview/questions.js';
import type { InterviewDeps } from '../../src/interview/session.js';
import { loadTaxonomy } from '../../src/themes/taxonomy.js';
import { INTERRUPT, type Step, scriptedPrompter } from '../support/scripted-prompter.js';

const NO = /^No/;

const facts: Step[] = [
  [/Client name/, 'Maple Grove'],
  [/contract end/, '2026-09-15'],
  [/Segment/, 'skilled nursing'],
  [/Region/, 'Southeast'],
  [/Annual contract value/, '420k'],
  [/Currency/, ''],
  [/Client since/, '2021-03-01'],
  [/reason the client gave/, 'Unstable staffing'],
  [/Auditor/, ''],
  [/Participants/, 'CEO, Executive Director'],
  [/part of the team that served/, false],
];

const simple = (prompt: RegExp, text: string, heard = ''): Step[] => [
  [prompt, text],
  [/follow-up/, NO],
  [/What I heard/, heard],
];

const fiveQuestions: Step[] = [
  [/When you chose us/, 'A stable therapy team.\nWeekly progress reports.'],
  [/Who or what set that expectation/, ['our sales team']],
  [/follow-up/, /sales team tell you/],
  [/sales team tell you/, 'That we would never send agency fill-ins.'],
  [/follow-up/, NO],
  [/What I heard/, 'You expected stability and reporting.'],
  ...simple(/What actually happened/, 'By March we had met our fourth site supervisor.'),
  ...simple(/What went well/, 'Maria was wonderful.'),
  ...simple(/done better/, 'Call us back the same day.'),
  ...simple(/happen next/, 'Tell us in spring what changed.'),
];

const afterQuestions: Step[] = [
  [/as the client meant it/, 'save'],
  [/reflect what the client said/, 'confirmed'],
  [/Add a theme/, NO],
  [/team's own view/, false],
  [/Add an action/, true],
  [/What will be done/, 'One lead per building'],
  [/Who owns it/, 'Regional Operations Director'],
  [/When is it due/, ''],
  [/Where/, 'Southeast region'],
  [/Why/, 'Staffing instability was the top cause'],
  [/How will it be done/, 'Retention bonus and float pool'],
  [/Which themes/, ['staffing-instability']],
  [/Add another action/, false],
  [/report back/, ''],
  [/summary already been shared/, false],
  [/want this client back/, 'pursue'],
  [/Next contact/, ''],
  [/How likely/, 4],
];

function deps(steps: Step[], saved: Audit[] = []) {
  const prompter = scriptedPrompter(steps);
  const suggestion: AuditTheme = {
    id: 'staffing-instability',
    source: 'auto',
    status: 'suggested',
    confidence: 0.9,
    evidence: [{ answer: 'happened', quote: 'By March we had met our fourth site supervisor.' }],
  };
  const d: InterviewDeps = {
    prompter,
    questions: loadQuestionSet(),
    themes: loadTaxonomy().themes,
    suggest: async () => [structuredClone(suggestion)],
    save: async (audit) => {
      saved.push(structuredClone(audit));
    },
    today: '2026-10-01',
    defaults: { auditor: 'Jordan Reyes', currency: 'USD' },
    takenIds: new Set(),
  };
  return { deps: d, prompter, saved };
}

describe('the interview', () => {
  it('asks the facts, the five questions, themes and plan, and produces a complete valid audit', async () => {
    const { deps: d, prompter, saved } = deps([...facts, ...fiveQuestions, ...afterQuestions]);
    const audit = await runInterview(d);
    expect(prompter.remaining()).toBe(0);
    expect(auditSchema.safeParse(audit).success).toBe(true);
    expect(audit).toMatchObject({
      id: '2026-10-01-maple-grove',
      status: 'complete',
      client: { name: 'Maple Grove', annual_value: 420000, currency: 'USD', ended_on: '2026-09-15' },
      interview: {
        auditor: 'Jordan Reyes',
        auditor_independent: true,
        participants: [{ role: 'CEO' }, { role: 'Executive Director' }],
      },
    });
    expect(audit.answers?.expected).toEqual({
      text: 'A stable therapy team.\nWeekly progress reports.',
      set_by: ['our sales team'],
      follow_ups: [
        {
          question: 'What did our sales team tell you that mattered most?',
          text: 'That we would never send agency fill-ins.',
        },
      ],
      heard: 'You expected stability and reporting.',
    });
    expect(audit.themes?.[0]).toMatchObject({
      id: 'staffing-instability',
      status: 'confirmed',
      source: 'auto',
    });
    expect(audit.actions?.[0]).toMatchObject({
      id: 'A1',
      when: '2026-10-31',
      themes: ['staffing-instability'],
      status: 'open',
    });
    expect(audit.follow_up).toEqual({ report_back_by: '2026-10-15', summary_shared_on: null });
    expect(audit.win_back).toEqual({ intent: 'pursue', next_contact: '2026-10-31', likelihood: 4 });
    expect(audit.interview?.resume_at).toBeUndefined();
    // Saved after every answer, so an interruption loses nothing.
    expect(saved.length).toBeGreaterThan(15);
  });

  it('keeps a half-typed answer when interrupted, and resumes at that question with it', async () => {
    const first = deps([
      ...facts,
      ...fiveQuestions.slice(0, 6),
      [/What actually happened/, { partial: 'By March we had met our fourth' }],
    ]);
    await expect(runInterview(first.deps)).rejects.toMatchObject({ name: 'ExitPromptError' });
    const draft = first.saved.at(-1) as Audit;
    expect(draft.status).toBe('draft');
    expect(draft.interview?.resume_at).toBe('happened');

    // The command writes the in-memory draft (with the partial text) on interrupt; mimic it.
    const lastState = structuredClone(draft);
    lastState.answers = { ...lastState.answers, happened: { text: 'By March we had met our fourth' } };

    const second = deps([
      [/What actually happened/, undefined], // Enter keeps the text typed before the interruption
      [/follow-up/, NO],
      [/What I heard/, ''],
      ...fiveQuestions.slice(9),
      ...afterQuestions,
    ]);
    const audit = await runInterview(second.deps, { draft: lastState });
    expect(second.prompter.remaining()).toBe(0);
    expect(audit.status).toBe('complete');
    expect(audit.answers?.happened?.text).toBe('By March we had met our fourth');
    expect(audit.answers?.expected?.heard).toBe('You expected stability and reporting.');
  });

  it('stops for a non-neutral auditor unless they confirm, and records it when they do', async () => {
    const refuse = deps([
      ...facts.slice(0, -1),
      [/part of the team/, true],
      [/Run it yourself anyway/, false],
    ]);
    await expect(runInterview(refuse.deps)).rejects.toMatchObject({ name: 'NeutralAuditorRequired' });
    expect(refuse.prompter.said.join('\n')).toContain('neutral auditor from outside Operations');

    const accept = deps([
      ...facts.slice(0, -1),
      [/part of the team/, true],
      [/Run it yourself anyway/, true],
      [/When you chose us/, INTERRUPT],
    ]);
    await expect(runInterview(accept.deps)).rejects.toThrow();
    expect(accept.saved.at(-1)?.interview?.auditor_independent).toBe(false);
  });

  it('skips what an answers file already holds', async () => {
    const { deps: d, prompter } = deps([
      [/Segment/, ''],
      [/Region/, ''],
      [/Annual contract value/, ''],
      [/Client since/, ''],
      [/reason the client gave/, ''],
      [/Participants/, 'COO'],
      [/part of the team/, false],
      ...afterQuestions,
    ]);
    const audit = await runInterview(d, {
      seed: {
        client: { name: 'Acme', ended_on: '2026-08-01' },
        interview: { auditor: 'Sam Ortiz' },
        answers: {
          expected: { text: 'a' },
          happened: { text: 'b' },
          went_well: { text: 'c' },
          improve: { text: 'd' },
          next_steps: { text: 'e' },
        },
      },
    });
    expect(prompter.remaining()).toBe(0);
    expect(prompter.asked.some((q) => /When you chose us/.test(q))).toBe(false);
    expect(audit.interview?.auditor).toBe('Sam Ortiz');
  });
});

describe('answers files without a terminal', () => {
  it('names every missing field', () => {
    expect(missingFields({ client: { name: 'Acme' }, answers: { expected: { text: 'x' } } })).toEqual([
      'client.ended_on',
      'interview.auditor',
      'answers.happened.text',
      'answers.went_well.text',
      'answers.improve.text',
      'answers.next_steps.text',
    ]);
  });

  it('refuses an incomplete file with exit code 2', () => {
    expect(() =>
      auditFromSeed(
        { client: { name: 'Acme' } },
        { today: '2026-10-01', currency: 'USD', takenIds: new Set() },
      ),
    ).toThrow(expect.objectContaining({ exitCode: 2 }));
  });
});

describe('starting from a planned audit', () => {
  it('keeps its id and facts, and asks only for what the plan lacks', async () => {
    const planned: Audit = {
      schema: 'recover/audit@1',
      id: '2026-09-15-maple-grove',
      status: 'planned',
      client: {
        name: 'Maple Grove',
        ended_on: '2026-09-15',
        annual_value: 420000,
        currency: 'USD',
        segment: 'skilled nursing',
      },
      interview: { auditor: 'Jordan Reyes' },
    };
    const { deps: d, prompter } = deps([
      [/Region/, 'Southeast'],
      [/Client since/, ''],
      [/reason the client gave/, ''],
      [/Participants/, 'CEO'],
      [/part of the team/, false],
      ...fiveQuestions,
      ...afterQuestions,
    ]);
    const audit = await runInterview(d, { draft: structuredClone(planned), fromPlan: true });
    expect(prompter.remaining()).toBe(0);
    expect(prompter.asked.some((q) => /Client name|Annual contract value|Segment/.test(q))).toBe(false);
    expect(audit).toMatchObject({
      id: '2026-09-15-maple-grove',
      status: 'complete',
      client: { region: 'Southeast', annual_value: 420000 },
    });
  });
});
