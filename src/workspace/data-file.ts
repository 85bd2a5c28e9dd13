import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { EXIT, UserError } from '../errors.js';
import { fastParse } from './fast-yaml.js';
import { formatProblem, problemsFromIssues, syntaxProblems } from './problem.js';
import { readText } from './read-text.js';
import { parseYaml } from './yaml-source.js';

/**
 * Reads a YAML settings or data file (recover.yaml, questions, themes) and checks it against
 * its schema. A good file takes the fast path; a bad one is read again with positions so the
 * message points at the line: `file:line:col  field  problem`, and what to do about it.
 */
export function readDataFile<S extends z.ZodType>(file: string | URL, schema: S, hint: string): z.infer<S> {
  const shown = file instanceof URL ? fileURLToPath(file) : file;
  const read = readText(shown);
  if (!read.ok) throw new UserError(`Cannot read ${shown}: ${read.reason}`, EXIT.failure, hint);
  const fast = fastParse(read.text);
  if (fast.ok) {
    const result = schema.safeParse(fast.data ?? {});
    if (result.success) return result.data;
  }
  const parsed = parseYaml(read.text);
  const [syntax] = syntaxProblems(shown, parsed);
  if (syntax) throw new UserError(formatProblem(syntax), EXIT.failure, hint);
  const result = schema.safeParse(parsed.doc.toJS() ?? {});
  if (result.success) return result.data;
  const [first] = problemsFromIssues(shown, parsed, result.error.issues);
  throw new UserError(first ? formatProblem(first) : `${shown} is not valid`, EXIT.failure, hint);
}
