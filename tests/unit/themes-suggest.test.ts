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
      { teamView: { happened: { text: 'Honestly, our turnover on that site was terrible.' } } },
    );
    const staffing = themes.find((t) => t.id === 'staffing-instability');
    expect(staffing?.evidence[0]).toMatchObject({ answer: 'happened', view: 'team' });
  });

  it('suggests nothing for empty answers', () => {
    expect(suggestThemes({})).toEqual([]);
    expect(suggestThemes({ happened: { text: '   ' } })).toEqual([]);
  });
});
