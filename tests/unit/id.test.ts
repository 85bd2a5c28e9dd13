import { describe, expect, it } from 'vitest';
import { clientSlug, makeAuditId } from '../../src/audit/id.js';
import { auditIdSchema } from '../../src/audit/schema.js';

describe('audit ids', () => {
  it('are the date and a slug of the client name', () => {
    expect(makeAuditId('2026-10-02', 'Maple Grove Senior Living')).toBe(
      '2026-10-02-maple-grove-senior-living',
    );
  });

  it('turn accents and symbols into plain letters', () => {
    expect(clientSlug('Société Générale & Fils')).toBe('societe-generale-and-fils');
  });

  it('never contain path separators or dots, whatever the name', () => {
    for (const name of ['../../etc/passwd', 'a/b\\c', '..', '', '   ', '日本語']) {
      const id = makeAuditId('2026-01-01', name);
      expect(id).toMatch(/^2026-01-01-[a-z0-9-]+$/);
      expect(auditIdSchema.safeParse(id).success).toBe(true);
    }
  });

  it('are made unique with a counter', () => {
    const taken = new Set(['2026-10-02-acme', '2026-10-02-acme-2']);
    expect(makeAuditId('2026-10-02', 'ACME', taken)).toBe('2026-10-02-acme-3');
  });

  it('stay short for very long names', () => {
    expect(makeAuditId('2026-10-02', 'x'.repeat(300)).length).toBeLessThanOrEqual(80);
  });
});
