import { stringify } from 'yaml';
import type { AuditInput } from '../../src/audit/schema.js';
import { git, writeFile } from './harness.js';

/** Audits for end-to-end scenarios, written as a person would find them: YAML with a comment. */

export type AuditSeed = Partial<Omit<AuditInput, 'client'>> & {
  id: string;
  client?: Partial<AuditInput['client']>;
};

export function auditYaml(seed: AuditSeed): string {
  const { id, client, ...rest } = seed;
  const audit = {
    schema: 'recover/audit@1',
    id,
    status: 'complete',
    client: { name: titleOf(id), ended_on: id.slice(0, 10), ...client },
    ...rest,
  };
  return `# Hand-written note: keep this comment.\n${stringify(audit)}`;
}

export function addAudits(dir: string, seeds: AuditSeed[], message = 'Add audits'): void {
  for (const seed of seeds) writeFile(dir, `audits/${seed.id}.yaml`, auditYaml(seed));
  git(dir, ['add', 'audits']);
  git(dir, ['commit', '-qm', message]);
}

export function lastCommit(dir: string): string {
  return git(dir, ['log', '-1', '--format=%s']).trim();
}

export function commitCount(dir: string): number {
  return Number(git(dir, ['rev-list', '--count', 'HEAD']).trim());
}

function titleOf(id: string): string {
  return id
    .slice(11)
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}
