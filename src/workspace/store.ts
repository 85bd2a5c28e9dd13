import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { closest, distance } from 'fastest-levenshtein';
import writeFileAtomic from 'write-file-atomic';
import { Document } from 'yaml';
import { type Audit, auditIdSchema, auditSchema } from '../audit/schema.js';
import { EXIT, UserError } from '../errors.js';
import { fastParse } from './fast-yaml.js';
import { formatPath, type Problem, problemsFromIssues, syntaxProblems } from './problem.js';
import { readText } from './read-text.js';
import type { Workspace } from './workspace.js';
import { parseYaml } from './yaml-source.js';
import { updateDocument } from './yaml-update.js';

export const SCHEMA_FILE = join('schema', 'audit.schema.json');
const TO_STRING = { lineWidth: 100, minContentWidth: 40 } as const;

export interface StoredAudit {
  file: string;
  audit: Audit;
}

export type ReadResult = { ok: true; audit: Audit; text: string } | { ok: false; problems: Problem[] };

/** Reads and checks one audit file; every problem carries its file, line and field path. */
export function readAuditFile(file: string): ReadResult {
  const read = readText(file);
  if (!read.ok) return { ok: false, problems: [{ file, line: 1, col: 1, path: '', message: read.reason }] };
  const text = read.text;
  return parseAuditText(file, text);
}

export function parseAuditText(file: string, text: string): ReadResult {
  const fast = fastParse(text);
  if (fast.ok) {
    const result = auditSchema.safeParse(fast.data ?? {});
    if (result.success && idMatchesFile(file, result.data.id)) return { ok: true, audit: result.data, text };
  }
  return checkAuditText(file, text);
}

function idMatchesFile(file: string, id: string): boolean {
  return !file.endsWith('.yaml') || basename(file, '.yaml') === id;
}

/** The slow, exact path: every problem with its line, column and field. */
function checkAuditText(file: string, text: string): ReadResult {
  const parsed = parseYaml(text);
  if (parsed.doc.errors.length > 0) return { ok: false, problems: syntaxProblems(file, parsed) };
  const result = auditSchema.safeParse(parsed.doc.toJS() ?? {});
  if (!result.success) return { ok: false, problems: problemsFromIssues(file, parsed, result.error.issues) };
  const problems: Problem[] = [];
  if (!idMatchesFile(file, result.data.id)) {
    problems.push({
      file,
      ...locateId(text),
      path: 'id',
      message: `must match the file name (${basename(file, '.yaml')})`,
    });
  }
  return problems.length ? { ok: false, problems } : { ok: true, audit: result.data, text };
}

function locateId(text: string): { line: number; col: number } {
  const index = text.split('\n').findIndex((line) => line.startsWith('id:'));
  return { line: index >= 0 ? index + 1 : 1, col: 1 };
}

export function auditFiles(ws: Workspace): string[] {
  if (!existsSync(ws.auditsDir)) return [];
  return readdirSync(ws.auditsDir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => join(ws.auditsDir, name));
}

/** Every audit id in use, including files that do not validate, so a new id never collides. */
export function auditIds(ws: Workspace): Set<string> {
  return new Set(auditFiles(ws).map((f) => basename(f, '.yaml')));
}

export interface LoadedAudits {
  audits: StoredAudit[];
  problems: Problem[];
}

/** Every audit in the workspace; broken files are reported, not fatal, so one typo hides nothing. */
export function loadAudits(ws: Workspace): LoadedAudits {
  const audits: StoredAudit[] = [];
  const problems: Problem[] = [];
  for (const file of auditFiles(ws)) {
    const result = readAuditFile(file);
    if (result.ok) audits.push({ file, audit: result.audit });
    else problems.push(...result.problems);
  }
  return { audits, problems };
}

export function auditPath(ws: Workspace, id: string): string {
  if (!auditIdSchema.safeParse(id).success) {
    throw new UserError(
      `"${id}" is not an audit id`,
      EXIT.failure,
      'Audit ids look like 2026-10-02-maple-grove; `recover audit list` shows them.',
    );
  }
  const file = resolve(ws.auditsDir, `${id}.yaml`);
  // The id pattern already forbids separators; this guards the invariant if the pattern ever changes.
  if (dirname(file) !== resolve(ws.auditsDir) || file.includes(`..${sep}`)) {
    throw new UserError(`"${id}" is not an audit id`);
  }
  return file;
}

/** Loads one audit by id; an unknown id suggests the nearest ones. */
export function loadAudit(ws: Workspace, id: string): StoredAudit {
  const file = existsSync(resolve(ws.auditsDir, `${id}.yaml`)) ? auditPath(ws, id) : undefined;
  if (!file) throw unknownAudit(ws, id);
  const result = readAuditFile(file);
  if (!result.ok) {
    const first = result.problems[0];
    throw new UserError(
      `${relative(process.cwd(), file) || file} is not valid: ${first ? `line ${first.line}${first.path ? `, ${first.path}` : ''}: ${first.message}` : ''}`,
      EXIT.failure,
      `Run \`recover validate ${id}\` to see every problem, or \`recover audit edit ${id}\` to fix it.`,
    );
  }
  return { file, audit: result.audit };
}

export function unknownAudit(ws: Workspace, id: string): UserError {
  const ids = [...auditIds(ws)];
  const near = nearest(id, ids);
  const hint = near.length
    ? `Did you mean ${near.map((n) => `\`${n}\``).join(' or ')}?`
    : 'Run `recover audit list` to see the audits.';
  return new UserError(`No audit with id "${id}"`, EXIT.failure, hint);
}

export function nearest(input: string, candidates: string[], limit = 3): string[] {
  if (candidates.length === 0) return [];
  const needle = input.toLowerCase();
  const scored = candidates
    .map((c) => ({
      c,
      score: c.includes(needle) ? 0 : distance(needle, c) - Math.max(0, c.length - needle.length) * 0.6,
    }))
    .filter(({ c, score }) => c.includes(needle) || score <= Math.max(3, needle.length * 0.5))
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map(({ c }) => c);
  return scored.length
    ? scored
    : [closest(needle, candidates)].filter((c) => distance(needle, c) <= needle.length * 0.6);
}

/** The `$schema` comment that lets editors validate the file as it is typed. */
function schemaComment(ws: Workspace): string {
  const rel = relative(ws.auditsDir, join(ws.root, SCHEMA_FILE)).split(sep).join('/');
  return ` yaml-language-server: $schema=${rel}`;
}

/** Serialises an audit; when the file exists its comments and key order are kept. */
function renderAuditYaml(ws: Workspace, audit: Audit, previousText?: string): string {
  const plain = stripUndefined(audit);
  if (previousText !== undefined) {
    const parsed = parseYaml(previousText);
    if (parsed.doc.errors.length === 0) {
      updateDocument(parsed.doc, plain);
      return parsed.doc.toString(TO_STRING);
    }
  }
  const doc = new Document(plain);
  doc.commentBefore = schemaComment(ws);
  return doc.toString(TO_STRING);
}

/** Validates, then writes atomically (temp file + rename): a crash never leaves half a file. */
export async function writeAudit(ws: Workspace, audit: Audit): Promise<string> {
  const checked = auditSchema.safeParse(audit);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(
      `refusing to save an invalid audit: ${issue ? `${formatPath(issue.path)} ${issue.message}` : ''}`,
    );
  }
  const file = auditPath(ws, audit.id);
  mkdirSync(ws.auditsDir, { recursive: true });
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  await writeFileAtomic(file, renderAuditYaml(ws, checked.data, previous));
  return file;
}

function stripUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
