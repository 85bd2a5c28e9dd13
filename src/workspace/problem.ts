import type { z } from 'zod';
import { locate, type ParsedYaml } from './yaml-source.js';

/** One thing wrong with a file, pointing at the line a person has to change. */
export interface Problem {
  file: string;
  line: number;
  col: number;
  /** Dotted path such as `client.ended_on` or `actions[0].when`; empty for the whole file. */
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`;
    else out += out ? `.${String(step)}` : String(step);
  }
  return out;
}

export function formatProblem(problem: Problem): string {
  const where = `${problem.file}:${problem.line}:${problem.col}`;
  return problem.path ? `${where}  ${problem.path}  ${problem.message}` : `${where}  ${problem.message}`;
}

/** Turns schema issues into problems with file positions, one per unknown key. */
export function problemsFromIssues(
  file: string,
  parsed: ParsedYaml,
  issues: readonly z.core.$ZodIssue[],
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const at = locate(parsed, issue.path, key);
        problems.push({
          file,
          ...at,
          path: formatPath([...issue.path, key]),
          message: 'unknown field; check the spelling',
        });
      }
      continue;
    }
    const at = locate(parsed, issue.path);
    problems.push({ file, ...at, path: formatPath(issue.path), message: describeIssue(issue) });
  }
  return problems;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `must be one of: ${issue.values.map((v) => String(v)).join(', ')}`;
  }
  if (issue.code === 'invalid_type') return `must be ${article(issue.expected)}`;
  return issue.message;
}

function article(expected: string): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a set of fields',
  };
  return words[expected] ?? expected;
}

/** YAML that does not parse: one problem per error, at the line yaml reports it. */
export function syntaxProblems(file: string, parsed: ParsedYaml, what = 'YAML'): Problem[] {
  return parsed.doc.errors.map((error) => {
    const pos = error.linePos?.[0] ?? { line: 1, col: 1 };
    const message = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
    return { file, line: pos.line, col: pos.col, path: '', message: `not valid ${what}: ${message}` };
  });
}
