import { parse } from 'csv-parse/sync';
import { parseAmount } from '../audit/amount.js';
import { clientSlug, makeAuditId } from '../audit/id.js';
import { type Audit, SCHEMA_TAG } from '../audit/schema.js';
import { EXIT, UserError } from '../errors.js';
import { ALIASES, FIELD_HELP, type ImportField, mapColumns, parseMap } from './csv-columns.js';
import { parseImportDate, type SlashOrder, slashOrder } from './csv-values.js';

/**
 * Turns a CSV of churned accounts, as a CRM exports it, into planned audits. Pure: the text,
 * the audits already in the workspace and the defaults come in; audits, skipped rows and
 * problems (by CSV line) come out. The caller writes nothing unless `problems` is empty.
 */

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
