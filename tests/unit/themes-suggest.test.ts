import { describe, expect, it } from 'vitest';
import { themeSchema } from '../../src/audit/schema.js';
import { suggestThemes } from '../../src/themes/index.js';

const answers = {
  happened: {
    text: 'By the spring we were on our fourth site supervisor. Invoices charged us for cleaners who never came.',
  },
  went_well: { text: 'The night cleaner was kind and careful with our patients.' },
  improve: { text: 'Answer the phone in the evenings.' },
};

describe('suggestThemes', () => {
  it('returns audit themes with the client quote, answer and offsets', () => {
    const themes = suggestThemes(answers);
    const ids = themes.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['staffing-instability', 'billing-issues', 'caring-people']));
    for (const theme of themes) {
      expect(themeSchema.parse(theme)).toEqual(theme);
      expect(theme).toMatchObject({ source: 'auto', status: 'suggested' });
      for (const e of theme.evidence) {
        const text = answers[e.answer as keyof typeof answers].text;
        expect(text.slice(e.start, e.end)).toBe(e.quote);
      }
    }
    const staffing = themes.find((t) => t.id === 'staffing-instability');
    expect(staffing?.evidence[0]).toMatchObject({
      answer: 'happened',
      quote: 'By the spring we were on our fourth site supervisor.',
    });
  });

  it("keeps the team's own view apart", () => {
    const themes = suggestThemes(
      { happened: { text: 'We signed in 2021.' } },
      { teamView: { happened: { text: 'Honestly, the turnover on that site was terrible.' } } },
    );
    const staffing = themes.find((t) => t.id === 'staffing-instability');
    expect(staffing?.evidence[0]).toMatchObject({ answer: 'happened', view: 'team' });
  });

  it('suggests nothing for empty answers', () => {
    expect(suggestThemes({})).toEqual([]);
    expect(suggestThemes({ happened: { text: '   ' } })).toEqual([]);
  });
});

describe('suggestThemes on long answers', () => {
  it('suggests only the clearest few themes of each answer and of the audit', () => {
    const long = {
      expected: {
        text: 'We wanted a steady team, fair prices, quick answers and someone who knew our sector. We paid a premium for that.',
      },
      happened: {
        text: [
          'By the spring we were on our fourth site supervisor.',
          'Invoices charged us for cleaners who never came.',
          'Nobody told us the night shift had been cut.',
          'The phone rang out every evening.',
          'The new account manager never learned our buildings.',
          'Floors were left dirty and bins were not emptied.',
          'A cheaper firm offered to do it for less and our board took it.',
        ].join(' '),
      },
      went_well: { text: 'The night cleaner was kind and careful with our patients.' },
    };
    const themes = suggestThemes(long);
    expect(themes.length).toBeLessThanOrEqual(8);
    expect(themes.filter((t) => t.evidence.every((e) => e.answer === 'happened')).length).toBeLessThanOrEqual(
      3,
    );
    const strengths = new Set(['responsive-team', 'skilled-people', 'caring-people', 'consistent-team']);
    const fromExpected = themes.filter((t) => t.evidence.some((e) => e.answer === 'expected'));
    expect(fromExpected.filter((t) => strengths.has(t.id))).toEqual([]);
  });
});
