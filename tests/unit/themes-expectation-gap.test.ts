import { describe, expect, it } from 'vitest';
import { suggestThemes } from '../../src/themes/index.js';

const brokenPromise = (answers: Parameters<typeof suggestThemes>[0]) =>
  suggestThemes(answers).find((t) => t.id === 'broken-promises');

describe('a promise in what they expected, its shortfall in what happened', () => {
  it('is a broken promise, with a quote from each answer pointing at its own text', () => {
    const answers = {
      expected: {
        text: 'We wanted one therapist per clinic. The sales team promised monthly outcome reports.',
      },
      happened: { text: 'By June we had met our fourth therapist. We got one outcome report all year.' },
    };
    const theme = brokenPromise(answers);
    expect(theme?.evidence.map((e) => [e.answer, e.quote])).toEqual([
      ['expected', 'The sales team promised monthly outcome reports.'],
      ['happened', 'We got one outcome report all year.'],
    ]);
    for (const e of theme?.evidence ?? []) {
      expect(answers[e.answer as 'expected' | 'happened'].text.slice(e.start, e.end)).toBe(e.quote);
    }
  });

  it('is not a broken promise when the promise was kept', () => {
    expect(
      brokenPromise({
        expected: { text: 'The sales team promised monthly outcome reports.' },
        happened: { text: 'The reports came every month, on time.' },
      }),
    ).toBeUndefined();
  });

  it('needs both answers', () => {
    expect(brokenPromise({ happened: { text: 'We got one outcome report all year.' } })).toBeUndefined();
  });
});
