import { type Document, isMap, isNode, isScalar, isSeq, type Node } from 'yaml';

/**
 * Writes `value` into an existing YAML document in place, so the user's comments, key order
 * and formatting survive every update the tool makes. New keys go at the end of their map;
 * keys no longer present are removed.
 */
export function updateDocument(doc: Document, value: unknown): void {
  if (!isPlainObject(value)) {
    doc.contents = doc.createNode(value);
    return;
  }
  if (!isMap(doc.contents)) {
    doc.contents = doc.createNode(value) as typeof doc.contents;
    return;
  }
  updateNode(doc, doc.contents, value);
}

function updateNode(doc: Document, node: Node, value: unknown): Node {
  if (isMap(node) && isPlainObject(value)) {
    const wanted = Object.entries(value).filter(([, v]) => v !== undefined);
    const keep = new Set(wanted.map(([k]) => k));
    node.items = node.items.filter((pair) => keep.has(keyOf(pair.key)));
    for (const [key, v] of wanted) {
      const pair = node.items.find((p) => keyOf(p.key) === key);
      if (pair?.value && isNode(pair.value)) {
        pair.value = updateNode(doc, pair.value as Node, v);
      } else if (pair) {
        pair.value = doc.createNode(v);
      } else {
        node.items.push(doc.createPair(key, v));
      }
    }
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    node.items = node.items.slice(0, value.length);
    value.forEach((v, i) => {
      const existing = node.items[i];
      node.items[i] =
        existing && typeof existing === 'object' ? updateNode(doc, existing as Node, v) : doc.createNode(v);
    });
    return node;
  }
  if (isScalar(node) && !isPlainObject(value) && !Array.isArray(value)) {
    if (node.value !== value) {
      node.value = value;
      // A changed string should be re-emitted in the style that suits its new content.
      if (typeof value === 'string') node.type = undefined;
    }
    return node;
  }
  return doc.createNode(value) as Node;
}

function keyOf(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
