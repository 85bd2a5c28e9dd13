import { type Document, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';

export interface Located {
  line: number;
  col: number;
}

export interface ParsedYaml {
  doc: Document.Parsed;
  lines: LineCounter;
}

export function parseYaml(text: string): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  return { doc, lines };
}

/**
 * Where a value (or, with `key`, a map key) sits in the source, to point a person at the exact
 * line. Falls back to the nearest existing parent when the path is missing (a required field).
 */
export function locate(parsed: ParsedYaml, path: readonly PropertyKey[], key?: string): Located {
  let node: unknown = parsed.doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const step of path) {
    const next = child(node, step);
    if (next === undefined) break;
    node = next.value;
    offset = next.keyOffset ?? rangeStart(node) ?? offset;
    if (rangeStart(node) !== undefined) offset = rangeStart(node) ?? offset;
  }
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
    const start = pair && rangeStart(pair.key);
    if (start !== undefined) offset = start;
  }
  const pos = parsed.lines.linePos(offset);
  return { line: pos.line, col: pos.col };
}

function child(node: unknown, step: PropertyKey): { value: unknown; keyOffset?: number } | undefined {
  if (isMap(node)) {
    const pair = node.items.find(
      (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(step),
    );
    if (!pair) return undefined;
    return { value: pair.value ?? pair.key, keyOffset: rangeStart(pair.key) };
  }
  if (isSeq(node) && typeof step === 'number') {
    const item = node.items[step];
    return item === undefined ? undefined : { value: item };
  }
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | undefined)?.range;
  return Array.isArray(range) ? range[0] : undefined;
}
