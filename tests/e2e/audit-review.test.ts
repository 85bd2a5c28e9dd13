import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { git, recover, tempWorkspace, writeFile } from './harness.js';

const ANSWERS = `client: { name: Harbor Point Clinics, ended_on: 2026-08-31 }
interview: { auditor: Jordan Reyes, auditor_independent: true }
answers:
  expected: { text: One therapist per clinic who knew our patients. }
  happened: { text: By June we had met our fourth therapist at the Elm Street clinic. Our calls went unanswered for days. }
  went_well: { text: Weekend coverage was reliable. }
  improve: { text: Tell us before you move people. }
  next_steps: { text: Write to us in spring. }
`;
const ID = '2026-09-20-harbor-point-clinics';

describe('recover audit review', () => {
  it('without a terminal, saves suggested themes; a review file then confirms, rejects and adds the team view', () => {
    const ws = tempWorkspace();
    writeFile(ws, 'answers.yaml', ANSWERS);
    expect(
      recover(['audit', 'new', '--answers', 'answers.yaml'], {
        cwd: ws,
        env: { RECOVER_TODAY: '2026-09-20' },
      }).code,
    ).toBe(0);
    const file = join(ws, 'audits', `${ID}.yaml`);
    const suggested = parse(readFileSync(file, 'utf8')).themes as {
      id: string;
      status: string;
      source: string;
    }[];
    expect(suggested.length).toBeGreaterThan(0);
    expect(suggested.every((t) => t.status === 'suggested' && t.source === 'auto')).toBe(true);
    const [first, ...rest] = suggested.map((t) => t.id);
    // The interviewer adds by hand a theme the tagger did not suggest.
    const manual = ['poor-communication', 'billing-issues', 'safety-compliance'].find(
      (id) => !suggested.some((t) => t.id === id),
    );

    writeFile(
      ws,
      'review.yaml',
      [
        'themes:',
        `  - { id: ${first}, source: auto, status: confirmed }`,
        ...rest.map((id) => `  - { id: ${id}, source: auto, status: rejected }`),
        `  - id: ${manual}`,
        '    source: manual',
        '    status: confirmed',
        '    evidence: [{ answer: improve, quote: Tell us before you move people. }]',
        'team_view:',
        '  happened: { text: Two therapists resigned in April and we backfilled with agency staff. }',
      ].join('\n'),
    );
    const review = recover(['audit', 'review', ID, '--answers', 'review.yaml'], { cwd: ws });
    expect(review.code).toBe(0);
    const audit = parse(readFileSync(file, 'utf8'));
    expect(audit.themes.find((t: { id: string }) => t.id === first).status).toBe('confirmed');
    expect(audit.themes.find((t: { id: string }) => t.id === manual)).toMatchObject({
      source: 'manual',
      status: 'confirmed',
    });
    expect(audit.team_view.happened.text).toContain('agency staff');
    expect(audit.answers.happened.text).toContain('Elm Street');
    expect(git(ws, ['log', '-1', '--format=%s'])).toBe('Review audit of Harbor Point Clinics\n');
  });

  it('without a terminal and without --answers: names --answers, exit 2', () => {
    const ws = tempWorkspace();
    writeFile(ws, 'answers.yaml', ANSWERS);
    recover(['audit', 'new', '--answers', 'answers.yaml'], { cwd: ws, env: { RECOVER_TODAY: '2026-09-20' } });
    const result = recover(['audit', 'review', ID], { cwd: ws });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--answers');
  });
});
