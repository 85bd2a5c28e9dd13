/** Which themes turn up in the same audits: a cause rarely travels alone. */

export interface Pair {
  a: string;
  b: string;
  /** Audits holding both. */
  count: number;
  /** Audit ids holding both, in input order. */
  auditIds: string[];
}

export function cooccurrence(sets: readonly { id: string; themes: readonly string[] }[]): Pair[] {
  const pairs = new Map<string, Pair>();
  for (const { id, themes } of sets) {
    const unique = [...new Set(themes)].sort();
    for (let i = 0; i < unique.length; i++) {
      for (let j = i + 1; j < unique.length; j++) {
        const a = unique[i] as string;
        const b = unique[j] as string;
        const key = `${a}\u0000${b}`;
        const pair = pairs.get(key) ?? { a, b, count: 0, auditIds: [] };
        pair.count += 1;
        pair.auditIds.push(id);
        pairs.set(key, pair);
      }
    }
  }
  return [...pairs.values()].sort(
    (x, y) => y.count - x.count || x.a.localeCompare(y.a) || x.b.localeCompare(y.b),
  );
}
