import type { Audit } from '../audit/schema.js';

export interface AuditFilter {
  since?: string;
  until?: string;
  segment?: string;
  region?: string;
  includeDrafts?: boolean;
}

const same = (a: string | undefined, b: string) => a?.trim().toLowerCase() === b.trim().toLowerCase();

/** Why an audit is left out of a report, in words a reader can act on; undefined when it is in. */
export function exclusionReason(audit: Audit, filter: AuditFilter): string | undefined {
  if (audit.status !== 'complete' && !filter.includeDrafts)
    return `it is ${audit.status === 'draft' ? 'a draft' : 'planned, not yet interviewed'} (add --include-drafts)`;
  const ended = audit.client.ended_on;
  if (filter.since && ended < filter.since) return `the client left before ${filter.since}`;
  if (filter.until && ended > filter.until) return `the client left after ${filter.until}`;
  if (filter.segment && !same(audit.client.segment, filter.segment))
    return `its segment is not ${filter.segment}`;
  if (filter.region && !same(audit.client.region, filter.region)) return `its region is not ${filter.region}`;
  return undefined;
}

export function filterAudits(audits: readonly Audit[], filter: AuditFilter): Audit[] {
  return audits.filter((a) => exclusionReason(a, filter) === undefined);
}
