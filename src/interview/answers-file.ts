import type { z } from 'zod';
import { ANSWER_KEYS } from '../audit/answers.js';
import { makeAuditId } from '../audit/id.js';
import { type Audit, auditSchema, clientSchema, interviewSchema, SCHEMA_TAG } from '../audit/schema.js';
import { EXIT, UserError } from '../errors.js';
import { formatProblem, problemsFromIssues, syntaxProblems } from '../workspace/problem.js';
import { readText } from '../workspace/read-text.js';
import { parseYaml } from '../workspace/yaml-source.js';

/** An answers file has the audit's shape; everything is optional, and unknown keys are errors. */
export const answersSeedSchema = auditSchema
  .omit({ schema: true, id: true, status: true })
  .extend({ client: clientSchema.partial(), interview: interviewSchema.partial() })
  .partial();

export type AnswersSeed = z.infer<typeof answersSeedSchema>;

/** Reads YAML or JSON (JSON is YAML); problems point at the line in the answers file. */
export function readAnswersFile(file: string): AnswersSeed {
  const read = readText(file);
  if (!read.ok) throw new UserError(`Cannot read the answers file ${file}: ${read.reason}`, EXIT.usage);
  const text = read.text;
  const parsed = parseYaml(text);
  const [syntax] = syntaxProblems(file, parsed, 'YAML or JSON');
  if (syntax) throw new UserError(formatProblem(syntax));
  const result = answersSeedSchema.safeParse(parsed.doc.toJS() ?? {});
  if (!result.success) {
    const problems = problemsFromIssues(file, parsed, result.error.issues);
    throw new UserError(
      problems.map(formatProblem).join('\n'),
      EXIT.failure,
      'Fix the answers file and run the command again.',
    );
  }
  return result.data;
}

/** The fields an interview cannot do without; anything else may stay empty. */
export function missingFields(seed: AnswersSeed, defaultAuditor?: string): string[] {
  const missing: string[] = [];
  if (!seed.client?.name) missing.push('client.name');
  if (!seed.client?.ended_on) missing.push('client.ended_on');
  if (!seed.interview?.auditor && !defaultAuditor) missing.push('interview.auditor');
  for (const key of ANSWER_KEYS) if (!seed.answers?.[key]?.text?.trim()) missing.push(`answers.${key}.text`);
  return missing;
}

/** Builds a complete audit from an answers file alone (no terminal to ask anything). */
export function auditFromSeed(
  seed: AnswersSeed,
  options: { today: string; defaultAuditor?: string; currency: string; takenIds: ReadonlySet<string> },
): Audit {
  const missing = missingFields(seed, options.defaultAuditor);
  if (missing.length) {
    throw new UserError(
      `The answers file lacks ${missing.join(', ')}, and there is no terminal to ask for ${missing.length === 1 ? 'it' : 'them'}`,
      EXIT.usage,
      'Add the missing fields to the answers file, or run the command in a terminal to be asked.',
    );
  }
  const client = seed.client as Audit['client'];
  const date = seed.interview?.date ?? options.today;
  return {
    schema: SCHEMA_TAG,
    id: makeAuditId(date, client.name, options.takenIds),
    status: 'complete',
    client: {
      ...client,
      ...(client.annual_value !== undefined && !client.currency ? { currency: options.currency } : {}),
    },
    interview: { ...seed.interview, date, auditor: seed.interview?.auditor ?? options.defaultAuditor },
    answers: seed.answers,
    ...(seed.team_view ? { team_view: seed.team_view } : {}),
    ...(seed.themes ? { themes: seed.themes } : {}),
    ...(seed.actions ? { actions: seed.actions } : {}),
    ...(seed.follow_up ? { follow_up: seed.follow_up } : {}),
    ...(seed.win_back ? { win_back: seed.win_back } : {}),
  };
}
