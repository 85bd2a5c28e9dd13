import { EXIT, UserError } from '../errors.js';

/**
 * Which column of a CRM export holds which fact: --map first, then the names CRMs commonly
 * use, compared without case, spaces or punctuation.
 */

export const IMPORT_FIELDS = [
  'client',
  'ended',
  'value',
  'currency',
  'segment',
  'region',
  'reason',
  'start',
  'auditor',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Column names CRMs commonly use, compared without case, spaces or punctuation. */
export const ALIASES: Record<ImportField, string[]> = {
  client: [
    'client',
    'client name',
    'account',
    'account name',
    'company',
    'company name',
    'customer',
    'customer name',
    'organization',
    'organisation',
    'name',
  ],
  ended: [
    'ended',
    'ended on',
    'end date',
    'close date',
    'closed date',
    'churn date',
    'churned on',
    'churned date',
    'contract end',
    'contract end date',
    'cancellation date',
    'termination date',
    'lost date',
    'date lost',
  ],
  value: [
    'value',
    'annual value',
    'arr',
    'acv',
    'contract value',
    'annual contract value',
    'amount',
    'annual revenue',
    'revenue',
  ],
  currency: ['currency', 'currency code', 'currency iso code'],
  segment: ['segment', 'industry', 'vertical', 'sector', 'customer segment'],
  region: ['region', 'territory', 'area', 'market', 'geography'],
  reason: [
    'reason',
    'churn reason',
    'loss reason',
    'reason lost',
    'lost reason',
    'closed lost reason',
    'stated reason',
    'cancellation reason',
    'reason for leaving',
  ],
  start: [
    'relationship start',
    'start date',
    'customer since',
    'client since',
    'contract start',
    'contract start date',
  ],
  auditor: ['auditor', 'interviewer'],
};

export const FIELD_HELP: Record<ImportField, string> = {
  client: "the client's name",
  ended: 'the date the contract ended',
  value: 'the annual contract value',
  currency: 'the currency',
  segment: 'the segment',
  region: 'the region',
  reason: 'the reason given',
  start: 'the relationship start date',
  auditor: 'the auditor',
};

const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export function parseMap(map: string | undefined): Partial<Record<ImportField, string>> {
  const out: Partial<Record<ImportField, string>> = {};
  if (!map) return out;
  for (const pair of map.split(',')) {
    if (!pair.trim()) continue;
    const eq = pair.indexOf('=');
    const field = (eq < 0 ? pair : pair.slice(0, eq)).trim().toLowerCase();
    const column = eq < 0 ? '' : pair.slice(eq + 1).trim();
    if (!(IMPORT_FIELDS as readonly string[]).includes(field) || !column) {
      throw new UserError(
        `--map "${pair.trim()}" is not a mapping; write field=Column Name, with field one of: ${IMPORT_FIELDS.join(', ')}`,
        EXIT.usage,
      );
    }
    out[field as ImportField] = column;
  }
  return out;
}

/** Maps header columns to fields: --map first, then the common CRM names. */
export function mapColumns(
  header: readonly string[],
  map: Partial<Record<ImportField, string>>,
): {
  index: Partial<Record<ImportField, number>>;
  columns: Partial<Record<ImportField, string>>;
  ignored: string[];
} {
  const index: Partial<Record<ImportField, number>> = {};
  const used = new Set<number>();
  for (const [field, column] of Object.entries(map) as [ImportField, string][]) {
    const i = header.findIndex((h) => normalise(h) === normalise(column));
    if (i < 0) {
      throw new UserError(
        `--map ${field}="${column}": the file has no column "${column}"`,
        EXIT.usage,
        `Its columns are: ${header.map((h) => `"${h}"`).join(', ')}`,
      );
    }
    index[field] = i;
    used.add(i);
  }
  for (const field of IMPORT_FIELDS) {
    if (index[field] !== undefined) continue;
    // The order of the aliases is the preference: "Account Name" wins over a bare "Name".
    for (const alias of ALIASES[field]) {
      const i = header.findIndex((h, j) => !used.has(j) && normalise(h) === alias);
      if (i >= 0) {
        index[field] = i;
        used.add(i);
        break;
      }
    }
  }
  const columns = Object.fromEntries(
    Object.entries(index).map(([field, i]) => [field, header[i as number] ?? '']),
  ) as Partial<Record<ImportField, string>>;
  return { index, columns, ignored: header.filter((h, i) => !used.has(i) && h.trim() !== '') };
}
