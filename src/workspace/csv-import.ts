import { parse } from 'csv-parse/sync';
import { clientSlug, makeAuditId } from '../audit/id.js';
import { type Audit, SCHEMA_TAG } from '../audit/schema.js';
import { EXIT, UserError } from '../errors.js';
import { parseAmount, parseImportDate, type SlashOrder, slashOrder } from './csv-values.js';

/**
 * Turns a CSV of churned accounts, as a CRM exports it, into planned audits. Pure: the text,
 * the audits already in the workspace and the defaults come in; audits, skipped rows and
 * problems (by CSV line) come out. The caller writes nothing unless `problems` is empty.
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
const ALIASES: Record<ImportField, string[]> = {
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

const FIELD_HELP: Record<ImportField, string> = {
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

export interface ImportRow {
  line: number;
  audit: Audit;
}

export interface SkippedRow {
  line: number;
  client: string;
  ended: string;
  /** The audit that already covers it. */
  existingId?: string;
  reason: string;
}

export interface ImportProblem {
  line: number;
  message: string;
}

export interface ImportResult {
  rows: ImportRow[];
  skipped: SkippedRow[];
  problems: ImportProblem[];
  /** Which CSV column fills which field. */
  columns: Partial<Record<ImportField, string>>;
  /** Columns that fill nothing. */
  ignored: string[];
}

export interface ImportOptions {
  /** --map "client=Account Name,ended=Close Date" */
  map?: string;
  existing: readonly Audit[];
  /** Every id in use, including files that do not validate. */
  takenIds: ReadonlySet<string>;
  defaultCurrency: string;
  defaultAuditor?: string;
}

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

interface Parsed {
  record: string[];
  line: number;
}

function readCsv(text: string): Parsed[] {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  // European spreadsheets export with semicolons; pick whichever separator the header uses most.
  const delimiter = [',', ';', '\t'].reduce((best, d) =>
    firstLine.split(d).length > firstLine.split(best).length ? d : best,
  );
  try {
    const records = parse(text, {
      bom: true,
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    // csv-parse counts the line a record ends on; a quoted field may span several lines.
    return records.map(({ record, info }) => ({
      record,
      line: info.lines - record.reduce((n, field) => n + (field.match(/\r?\n/g)?.length ?? 0), 0),
    }));
  } catch (error) {
    const err = error as Error & { lines?: number };
    const reason = err.message.replace(/^[A-Za-z ]+: /, '').split(':')[0] ?? err.message;
    throw new UserError(
      `The file is not valid CSV${err.lines ? ` near line ${err.lines}` : ''}: ${reason}`,
      EXIT.failure,
      'Check for a quote (") that is opened but never closed, then run the import again.',
    );
  }
}

export function planImport(text: string, options: ImportOptions): ImportResult {
  const parsed = readCsv(text);
  const [head, ...body] = parsed;
  if (!head) throw new UserError('The file is empty: it needs a header row and one row per client.');
  const header = head.record;
  const { index, columns, ignored } = mapColumns(header, parseMap(options.map));
  for (const field of ['client', 'ended'] as const) {
    if (index[field] === undefined) {
      throw new UserError(
        `No column for ${FIELD_HELP[field]} (looked for ${ALIASES[field]
          .slice(0, 4)
          .map((a) => `"${a}"`)
          .join(', ')}...)`,
        EXIT.failure,
        `The file's columns are ${header.map((h) => `"${h}"`).join(', ')}; name the right one with --map ${field}="Column Name".`,
      );
    }
  }

  const get = (record: string[], field: ImportField) => {
    const i = index[field];
    return i === undefined ? '' : (record[i] ?? '').trim();
  };
  const dateFields = (['ended', 'start'] as const).filter((f) => index[f] !== undefined);
  const orders = new Map<ImportField, SlashOrder>(
    dateFields.map((f) => [f, slashOrder(body.map((row) => get(row.record, f)))]),
  );

  const seen = new Map<string, string>();
  for (const audit of options.existing)
    seen.set(`${clientSlug(audit.client.name)}|${audit.client.ended_on}`, audit.id);
  const fromFile = new Map<string, number>();
  const taken = new Set(options.takenIds);
  const result: ImportResult = { rows: [], skipped: [], problems: [], columns, ignored };

  for (const { record, line } of body) {
    if (record.every((cell) => cell.trim() === '')) continue;
    const problems: string[] = [];
    if (record.length > header.length && record.slice(header.length).some((c) => c.trim())) {
      problems.push(
        `has ${record.length} fields but the header has ${header.length}; put quotes around values that contain a comma`,
      );
    }
    const name = get(record, 'client');
    if (!name) problems.push(`${columns.client} is empty`);
    const date = (field: 'ended' | 'start', required: boolean) => {
      const raw = get(record, field);
      if (!raw) {
        if (required) problems.push(`${columns[field]} is empty`);
        return undefined;
      }
      const parsedDate = parseImportDate(raw, orders.get(field) ?? 'unknown');
      if (!parsedDate.ok) problems.push(`${columns[field]} ${parsedDate.error}`);
      return parsedDate.ok ? parsedDate.date : undefined;
    };
    const ended = date('ended', true);
    const start = date('start', false);
    let value: number | undefined;
    let currency = get(record, 'currency').toUpperCase() || undefined;
    const rawValue = get(record, 'value');
    if (rawValue) {
      const amount = parseAmount(rawValue);
      if (!amount.ok) problems.push(`${columns.value} ${amount.error}`);
      else {
        value = amount.value;
        currency ??= amount.currency;
      }
    }
    if (currency && !/^[A-Z]{3}$/.test(currency)) {
      problems.push(
        `${columns.currency ?? 'currency'} "${currency}" is not a three-letter code such as USD or EUR`,
      );
    }
    if (problems.length > 0 || !name || !ended) {
      result.problems.push(...problems.map((message) => ({ line, message })));
      continue;
    }

    const key = `${clientSlug(name)}|${ended}`;
    const existingId = seen.get(key);
    if (existingId) {
      result.skipped.push({
        line,
        client: name,
        ended,
        existingId,
        reason: `already recorded as ${existingId}`,
      });
      continue;
    }
    const earlier = fromFile.get(key);
    if (earlier !== undefined) {
      result.skipped.push({ line, client: name, ended, reason: `same client and date as line ${earlier}` });
      continue;
    }
    fromFile.set(key, line);

    const id = makeAuditId(ended, name, taken);
    taken.add(id);
    const optional = (s: string) => s || undefined;
    const auditor = optional(get(record, 'auditor')) ?? options.defaultAuditor;
    const audit: Audit = {
      schema: SCHEMA_TAG,
      id,
      status: 'planned',
      client: {
        name,
        segment: optional(get(record, 'segment')),
        region: optional(get(record, 'region')),
        annual_value: value,
        currency: value !== undefined || currency ? (currency ?? options.defaultCurrency) : undefined,
        relationship_start: start,
        ended_on: ended,
        stated_reason: optional(get(record, 'reason')),
      },
      ...(auditor ? { interview: { auditor } } : {}),
    };
    result.rows.push({ line, audit });
  }
  return result;
}
