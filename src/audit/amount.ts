export type AmountResult = { ok: true; value: number; currency?: string } | { ok: false; error: string };

const SYMBOLS: Record<string, string | undefined> = { '€': 'EUR', '£': 'GBP', $: undefined };

/**
 * An amount as people write it: "$420,000", "420000.00", "EUR 1.200.000,50", "420 000",
 * "420k", "1.2m" -> a number, and a currency when it says. Used by the interview and by
 * CSV import, so both read values the same way.
 */
export function parseAmount(raw: string): AmountResult {
  let text = raw.trim().replace(/[\s\u00a0\u202f']/g, '');
  const scale = /^(.*\d)([km])$/i.exec(text);
  if (scale) {
    const base = parseAmount(scale[1] ?? '');
    if (!base.ok) return base;
    return { ...base, value: Math.round(base.value * (scale[2]?.toLowerCase() === 'k' ? 1_000 : 1_000_000)) };
  }
  let currency: string | undefined;
  const code = /^([A-Za-z]{3})|([A-Za-z]{3})$/.exec(text);
  if (code) {
    currency = (code[1] ?? code[2] ?? '').toUpperCase();
    text = text.replace(code[0], '');
  }
  const symbol = /^[$€£]|[$€£]$/.exec(text);
  if (symbol) {
    currency ??= SYMBOLS[symbol[0]];
    text = text.replace(symbol[0], '');
  }
  const bad = (why: string): AmountResult => ({ ok: false, error: `"${raw.trim()}" ${why}` });
  let number: string | undefined;
  if (/^\d+(\.\d+)?$/.test(text) && !/^\d{1,3}\.\d{3}$/.test(text)) number = text;
  else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) number = text.replace(/,/g, '');
  else if (
    /^\d{1,3}(\.\d{3})+,\d+$/.test(text) ||
    /^\d{1,3}(\.\d{3}){2,}$/.test(text) ||
    /^\d+,\d{1,2}$/.test(text)
  ) {
    number = text.replace(/\./g, '').replace(',', '.');
  } else if (/^\d{1,3}\.\d{3}$/.test(text)) {
    return bad(`could be ${text} or ${text.replace('.', '')}; write the value without separators`);
  }
  if (text.startsWith('-')) return bad('is negative; write the annual value as a positive amount');
  if (number === undefined) return bad('is not an amount (write it like 420000 or $420,000)');
  return { ok: true, value: Number(number), ...(currency ? { currency } : {}) };
}
