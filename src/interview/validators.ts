import { parseAmount } from '../audit/amount.js';

/** Input checks shared by every prompt; each returns true or a message a person can act on. */

export function validDate(value: string, { optional = false } = {}): true | string {
  const v = value.trim();
  if (v === '' && optional) return true;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return 'Please enter a date as YYYY-MM-DD, e.g. 2026-09-15';
  const date = new Date(`${v}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== v) return `${v} is not a real date`;
  return true;
}

export function validAmount(value: string): true | string {
  if (value.trim() === '') return true;
  const amount = parseAmount(value);
  return amount.ok ? true : `${amount.error} (or leave it empty)`;
}

export function validCurrency(value: string): true | string {
  return /^[A-Za-z]{3}$/.test(value.trim())
    ? true
    : 'Please enter a three-letter currency code such as USD, EUR or GBP';
}

export function splitList(value: string): string[] {
  return value
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
