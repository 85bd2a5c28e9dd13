import { stripVTControlCharacters } from 'node:util';
import { money as formatMoney } from '../report/format.js';

/** A plain-text table that lines up in a terminal and stays readable when piped. */
export function table(headers: string[], rows: string[][]): string {
  const width = (s: string) => stripVTControlCharacters(s).length;
  const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - width(cell))))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Money for a terminal table: blank when there is no value. */
export function money(value: number | undefined, currency = 'USD'): string {
  return value === undefined ? '' : formatMoney(value, currency);
}
