import { z } from 'zod';

export const CONFIG_FILE = 'recover.yaml';

/** recover.yaml: where a workspace keeps its audits and which data overrides it uses. */
export const configSchema = z.strictObject({
  audits_dir: z.string().default('audits').describe('Folder holding one YAML file per audit'),
  reports_dir: z.string().default('reports').describe('Folder where reports are written'),
  questions: z.string().optional().describe('A question set file replacing the built-in one'),
  themes: z.string().optional().describe('A themes file that extends or replaces the built-in taxonomy'),
  themes_mode: z.enum(['extend', 'replace']).default('extend'),
  templates_dir: z.string().optional().describe('Folder of report templates overriding the built-in ones'),
  default_auditor: z.string().optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, { error: 'must be a three-letter currency code such as USD' })
    .default('USD'),
  interview_window: z
    .strictObject({
      from_days: z.number().int().nonnegative().default(14),
      to_days: z.number().int().positive().default(42),
    })
    .default({ from_days: 14, to_days: 42 })
    .describe('Days after a client leaves when the audit interview is due'),
});

export type Config = z.infer<typeof configSchema>;

export function defaultConfigText(defaultAuditor?: string, currency = 'USD'): string {
  return `# recover workspace settings. Paths are relative to this file.
# Folder holding one YAML file per audit.
audits_dir: audits
# Folder where \`recover report\` writes reports (kept out of git).
reports_dir: reports
# Currency used when an audit does not name one.
currency: ${currency}
# Who runs interviews by default (must not be on the team that served the client).
${defaultAuditor ? `default_auditor: ${JSON.stringify(defaultAuditor)}` : '# default_auditor: Jordan Reyes'}
# Days after a client leaves when the audit interview is due (recover followups).
interview_window:
  from_days: 14
  to_days: 42
# Your own question set instead of the built-in one (copy templates/questions.yaml to start).
# questions: questions.yaml
# Extra themes, or your own taxonomy (themes_mode: replace).
# themes: themes.yaml
# themes_mode: extend
# Report templates overriding the built-in ones, file by file.
# templates_dir: templates
`;
}
