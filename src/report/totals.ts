import type { Audit } from '../audit/schema.js';
import { money } from './format.js';

/**
 * Contract values are summed per currency: adding dollars to euros would give a number nobody
 * can act on, so a portfolio in two currencies shows two totals.
 */

export interface Amount {
  currency: string;
  amount: number;
  text: string;
}

export class Totals {
  private readonly byCurrency = new Map<string, number>();

  add(amount: number | undefined, currency: string): this {
    if (amount === undefined) return this;
    this.byCurrency.set(currency, (this.byCurrency.get(currency) ?? 0) + amount);
    return this;
  }

  get(currency: string): number {
    return this.byCurrency.get(currency) ?? 0;
  }

  /** Largest first; the primary currency first when it holds any value. */
  list(primary?: string): Amount[] {
    return [...this.byCurrency.entries()]
      .sort(([a, x], [b, y]) => Number(b === primary) - Number(a === primary) || y - x)
      .map(([currency, amount]) => ({ currency, amount, text: money(amount, currency) }));
  }

  text(primary?: string, empty = '—'): string {
    const list = this.list(primary);
    return list.length ? list.map((a) => a.text).join(' + ') : empty;
  }
}

export function currencyOf(audit: Audit, defaultCurrency: string): string {
  return audit.client.currency ?? defaultCurrency;
}

export function valueTotals(audits: readonly Audit[], defaultCurrency: string): Totals {
  const totals = new Totals();
  for (const audit of audits) totals.add(audit.client.annual_value, currencyOf(audit, defaultCurrency));
  return totals;
}
