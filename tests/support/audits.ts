import type { Audit } from '../../src/audit/schema.js';

/** A complete, valid audit to build fixtures from; override what a test is about. */
export function sampleAudit(overrides: Partial<Audit> = {}): Audit {
  return {
    schema: 'recover/audit@1',
    id: '2026-10-01-maple-grove',
    status: 'complete',
    client: {
      name: 'Maple Grove',
      segment: 'skilled nursing',
      region: 'Southeast',
      annual_value: 420000,
      currency: 'USD',
      relationship_start: '2021-03-01',
      ended_on: '2026-09-15',
      stated_reason: 'Unstable staffing',
    },
    interview: {
      date: '2026-10-01',
      auditor: 'Jordan Reyes',
      auditor_independent: true,
      participants: [{ role: 'CEO' }],
    },
    answers: {
      expected: { text: 'A stable therapy team that knew our residents.', set_by: ['our sales team'] },
      happened: { text: 'By March we had met our fourth site supervisor. Calls went unanswered.' },
      went_well: { text: 'Maria, our weekend therapist, was wonderful.' },
      improve: { text: 'Keep one lead per building and call us back the same day.' },
      next_steps: { text: 'Tell us in spring what you changed.' },
    },
    ...overrides,
  };
}
