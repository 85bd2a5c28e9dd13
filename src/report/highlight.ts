/**
 * Marks the quotes that back a theme inside the answer they came from, so a reader sees each
 * quote in context. Output is plain segments; each template escapes and styles them its own way.
 */

export interface Mark {
  quote: string;
  start?: number;
  end?: number;
  /** Labels of the themes this quote supports. */
  labels: string[];
}

export interface Segment {
  text: string;
  mark: boolean;
  labels: string[];
}

interface Range {
  start: number;
  end: number;
  labels: string[];
}

function locate(text: string, mark: Mark): Range | undefined {
  const { start, end } = mark;
  if (start !== undefined && end !== undefined && text.slice(start, end) === mark.quote) {
    return { start, end, labels: mark.labels };
  }
  const quote = mark.quote.trim();
  if (!quote) return undefined;
  let at = text.indexOf(quote);
  if (at < 0) at = text.toLowerCase().indexOf(quote.toLowerCase());
  return at < 0 ? undefined : { start: at, end: at + quote.length, labels: mark.labels };
}

/** Overlapping quotes merge into one mark carrying every label. */
function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Range[] = [];
  for (const range of sorted) {
    const last = out[out.length - 1];
    if (last && range.start < last.end) {
      last.end = Math.max(last.end, range.end);
      for (const label of range.labels) if (!last.labels.includes(label)) last.labels.push(label);
    } else {
      out.push({ ...range, labels: [...range.labels] });
    }
  }
  return out;
}

/** Quotes not found in the text are left out here; the theme list still shows them. */
export function highlight(text: string, marks: readonly Mark[]): Segment[] {
  const ranges = merge(marks.map((m) => locate(text, m)).filter((r): r is Range => r !== undefined));
  const segments: Segment[] = [];
  let at = 0;
  for (const range of ranges) {
    // Whitespace stays outside the mark: Markdown emphasis breaks on `** text**`.
    let { start, end } = range;
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (start === end) continue;
    if (start > at) segments.push({ text: text.slice(at, start), mark: false, labels: [] });
    segments.push({ text: text.slice(start, end), mark: true, labels: range.labels });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false, labels: [] });
  return segments;
}
