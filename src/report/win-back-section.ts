import { type WinBackEntry, winBackEntries } from '../audit/follow-through.js';
import type { Audit } from '../audit/schema.js';
import { INTENT_TEXT } from './audit-view.js';
import { money, plural, shortDate } from './format.js';
import { Totals } from './totals.js';

export interface WinBackRowView {
  client: string;
  auditId: string;
  intent: string;
  likelihood: string;
  nextContact: string;
  wonOn: string;
  value: string;
}

export interface WinBackSection {
  pipeline: WinBackRowView[];
  pipelineText: string;
  won: WinBackRowView[];
  closed: number;
  pipelineValue: string;
  wonValue: string;
}

/** The clients we are working to win back, and the ones already won back, with value. */
export function winBackSection(audits: readonly Audit[], primary: string): WinBackSection {
  const wins = winBackEntries(audits);
  const winRow = (e: WinBackEntry): WinBackRowView => ({
    client: e.client,
    auditId: e.auditId,
    intent: INTENT_TEXT[e.intent],
    likelihood: e.likelihood ? `${e.likelihood} of 5` : '',
    nextContact: shortDate(e.nextContact),
    wonOn: shortDate(e.wonOn),
    value: e.annualValue ? money(e.annualValue, e.currency ?? primary) : '',
  });
  const inPipeline = wins.filter((e) => e.intent === 'pursue' || e.intent === 'nurture');
  const won = wins.filter((e) => e.intent === 'won');
  const sumOf = (entries: readonly WinBackEntry[]) => {
    const t = new Totals();
    for (const e of entries) t.add(e.annualValue || undefined, e.currency ?? primary);
    return t.text(primary);
  };
  return {
    pipeline: inPipeline.map(winRow),
    pipelineText: `${plural(inPipeline.length, 'client')} we are working to win back`,
    won: won.map(winRow),
    closed: wins.filter((e) => e.intent === 'closed').length,
    pipelineValue: sumOf(inPipeline),
    wonValue: sumOf(won),
  };
}
