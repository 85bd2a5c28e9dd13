import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/themes/analyze.js';
import { type TagOptions, tagText } from '../../src/themes/index.js';

const ids = (text: string, options?: TagOptions) => tagText(text, options).map((h) => h.id);

describe('tagText: negation and contrast', () => {
  it('does not raise a problem the client denies', () => {
    expect(ids('Turnover was never a concern.')).not.toContain('staffing-instability');
    expect(ids('Price was not the reason we left.')).not.toContain('price-value');
    expect(ids('We never had a single billing error with them.')).not.toContain('billing-issues');
  });

  it('reads the clause after a contrast on its own', () => {
    const found = ids("Cost isn't what drove us away — the service did.");
    expect(found).not.toContain('price-value');
    const mixed = ids('The price was fine, but the carers changed every single week.');
    expect(mixed).toContain('staffing-instability');
    expect(mixed).not.toContain('price-value');
  });

  it('reads a sentence that ends on "cannot", a word the language model gives no lemma there', () => {
    expect(() => tagText('Halal food for our workers, they say the kitchen cannot.')).not.toThrow();
    expect(ids('We asked to change the rota and they said they cannot.')).toContain('inflexibility');
  });

  it('reads "were never filled in" as something not done, not as a denial of its subject', () => {
    expect(ids('A resident fell twice in one week and the incident forms were never filled in.')).toContain(
      'safety-compliance',
    );
    expect(ids('The incident forms were never wrong.')).not.toContain('safety-compliance');
  });

  it('hears a flat "no" as the answer to the question before it', () => {
    const owner = 'The account director leaving? No, honestly, her replacement was better if anything.';
    expect(ids(owner)).not.toContain('relationship-owner-change');
    expect(ids('Billing? No, no complaints there.')).not.toContain('billing-issues');
    // A question answered with a story is not denied.
    expect(ids('Billing? We were charged twice for the same week, three months running.')).toContain(
      'billing-issues',
    );
  });

  it('knows that some problems are said with a negation', () => {
    expect(ids("They didn't care about us once the contract was signed.")).toContain(
      'perceived-indifference',
    );
    expect(ids('Nobody told us the night shift had been cut.')).toContain('poor-communication');
  });

  it('hears praise as a strength, not as the problem it mentions', () => {
    const found = ids('They got back to us the very same afternoon.');
    expect(found).toContain('responsive-team');
    expect(found).not.toContain('slow-response');
  });
});

describe('tagText: hedges and counterfactuals', () => {
  it('reads what would have happened as what did not', () => {
    expect(ids("Honestly we'd have paid more for a team that turned up.")).not.toContain('price-value');
    expect(ids('We would have stayed if the same two cleaners had stayed on.')).not.toContain(
      'consistent-team',
    );
    expect(ids("We would have renewed if they hadn't swapped the drivers every fortnight.")).toContain(
      'staffing-instability',
    );
  });

  it('hears a wish for what was missing as a complaint', () => {
    expect(ids('We would have liked more regular updates on the night shifts.')).toContain(
      'poor-communication',
    );
  });

  it('takes no strength from a wish for what was missing, but does from a hope', () => {
    expect(ids('We would have liked more regular updates on the night shifts.')).not.toContain(
      'clear-communication',
    );
    expect(
      ids('I would love to work with them again: their weekly updates were clear and honest.'),
    ).toContain('clear-communication');
  });

  it('hears a hedged denial as a denial, not a refusal', () => {
    const hedged = ids("I wouldn't call them unhelpful on the phone.");
    expect(hedged).not.toContain('inflexibility');
    expect(hedged).not.toContain('slow-response');
    expect(ids('They would not budge on the minimum order.')).toContain('inflexibility');
  });

  it('hears "nobody would say" as the same hedge, even over a negation of its own', () => {
    expect(ids("Nobody would say their engineers weren't qualified.")).toEqual([]);
  });

  it('reads one of two opposite themes from a sentence, not both', () => {
    const hits = ids('If anything, they were quick to pick up the phone.');
    expect(hits).toContain('responsive-team');
    expect(hits).not.toContain('slow-response');
    // The same people throughout is not a change of owner, though it names one.
    const kept = ids('The relationship manager never changed in six years.');
    expect(kept).toContain('consistent-team');
    expect(kept).not.toContain('relationship-owner-change');
  });

  it('does not take praise from too much of a good thing', () => {
    expect(ids('The engineers were too quick to mark jobs as done.')).not.toContain('responsive-team');
  });
});

describe('tagText: stories', () => {
  it('finds themes that are told, not named', () => {
    expect(ids('By March we had met our fourth site supervisor.')).toContain('staffing-instability');
    expect(ids('The phone rang out every evening.')).toContain('slow-response');
    expect(ids('We were an invoice number to them.')).toContain('perceived-indifference');
  });

  it('finds mismatched bills, fixed rotas, money with nothing to show and unreported slips', () => {
    expect(ids('The invoices never matched the timesheets.')).toContain('billing-issues');
    expect(ids('Their invoices were always clear and arrived on time.')).not.toContain('billing-issues');
    expect(ids("The rota couldn't be changed.")).toContain('inflexibility');
    expect(ids("It came down to money: we couldn't point to a single lead.")).toContain('price-value');
    expect(ids('A resident was given the wrong dose and nobody reported it to us.')).toContain(
      'safety-compliance',
    );
    expect(ids('The phone would just ring and ring.')).toContain('slow-response');
  });

  it('reads the whole answer: a promise and, later, the shortfall', () => {
    const text =
      'They promised weekly reports. The first quarter was busy for everyone. We got two in the whole year.';
    const hit = tagText(text).find((h) => h.id === 'broken-promises');
    // The shortfall is evidence too: the promise alone would not show it was broken.
    const quotes = hit?.evidence.map((e) => e.quote) ?? [];
    expect(quotes).toContain('They promised weekly reports.');
    expect(quotes).toContain('We got two in the whole year.');
  });

  it('finds several themes in one paragraph, each with its own quote', () => {
    const text =
      'The invoices charged us for visits that never happened. On top of that, a new crew turned up every week.';
    const hits = tagText(text);
    const billing = hits.find((h) => h.id === 'billing-issues');
    const staffing = hits.find((h) => h.id === 'staffing-instability');
    expect(billing?.evidence[0]?.quote).toBe('The invoices charged us for visits that never happened.');
    expect(staffing?.evidence[0]?.quote).toBe('On top of that, a new crew turned up every week.');
  });
});

describe('tagText: answers and evidence', () => {
  it('expects strengths in what went well and problems elsewhere', () => {
    const praise = 'Their engineers really knew our systems.';
    expect(ids(praise, { answer: 'went_well' })).toContain('skilled-people');
    expect(ids(praise, { answer: 'went_well' })).not.toContain('expertise-gap');
    const confidence = (answer: TagOptions['answer']) =>
      tagText('They usually replied within a day.', { answer }).find((h) => h.id === 'responsive-team')
        ?.confidence ?? 0;
    expect(confidence('went_well')).toBeGreaterThan(confidence('happened'));
  });

  it('is more confident of a theme that more sentences show', () => {
    const once = 'A new crew turned up every week.';
    const twice = `${once} The cleaners changed constantly, so nobody knew the building.`;
    const confidence = (text: string) =>
      tagText(text).find((h) => h.id === 'staffing-instability')?.confidence ?? 0;
    expect(confidence(twice)).toBeGreaterThan(confidence(once));
  });

  it('gives offsets that point at the quote in the text', () => {
    const text =
      '  We signed in 2021.\n\nBy the summer, the cleaners had changed five times!  Invoices were wrong most months.\nThey were kind, though.';
    const hits = tagText(text);
    expect(hits.length).toBeGreaterThan(1);
    for (const hit of hits) {
      expect(hit.confidence).toBeGreaterThan(0);
      expect(hit.confidence).toBeLessThan(1);
      for (const e of hit.evidence) {
        expect(text.slice(e.start, e.end)).toBe(e.quote);
        expect(e.matched).not.toBe('');
      }
    }
  });

  it('reads a text the same whatever it read before', () => {
    const text = "The quartermaster's rota changed every week.";
    const words = () => analyze(text).sentences.flatMap((s) => s.tokens.map((t) => t.lemma));
    const first = words();
    expect(words()).toEqual(first);
    expect(first.slice(0, 3)).toEqual(['the', 'quartermaster', "'s"]);
  });

  it('is deterministic and suggests nothing for empty or neutral text', () => {
    const text =
      'The account manager left in May and her replacement never visited. Calls took days to return.';
    expect(tagText(text)).toEqual(tagText(text));
    expect(tagText('')).toEqual([]);
    expect(tagText('We signed a three-year contract in 2021 for our two warehouses.')).toEqual([]);
  });
});

describe('tagText: denials across sentences', () => {
  it('drops what a short reply denies, but not a complaint told in two sentences', () => {
    expect(
      ids('Staff turnover, the thing everyone warns you about with contractors? We never saw it.'),
    ).not.toContain('staffing-instability');
    expect(ids('Some say their invoices are full of errors. That was never the case for us.')).not.toContain(
      'billing-issues',
    );
    expect(ids('They promised a monthly report. We never saw it.')).toContain('broken-promises');
  });
});

describe('tagText: what each answer can show', () => {
  it('takes no strength from what the client expected', () => {
    const text = 'The same crew looked after our building for six years.';
    expect(ids(text, { answer: 'went_well' })).toContain('consistent-team');
    expect(ids('We counted on a steady crew who knew our building.', { answer: 'expected' })).toEqual([]);
    expect(ids('We would like the same crew to stay on our building.', { answer: 'improve' })).not.toContain(
      'consistent-team',
    );
  });

  it('takes a problem from what went well only when the praise turns', () => {
    const praise = 'Their invoices were always right, which is more than I can say for most suppliers.';
    expect(ids(praise, { answer: 'went_well' })).toEqual([]);
    const turn = 'The help desk was quick, until they moved it offshore and calls sat for days.';
    expect(ids(turn, { answer: 'went_well' })).toContain('slow-response');
  });

  it('does not read a bank or credit union as a billing problem', () => {
    expect(ids("We're a credit union with six branches.", { answer: 'expected' })).not.toContain(
      'billing-issues',
    );
  });
});
