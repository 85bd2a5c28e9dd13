import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditJsonSchemaText } from '../../src/audit/json-schema.js';
import { auditSchema } from '../../src/audit/schema.js';
import { sampleAudit } from '../support/audits.js';

describe('audit schema', () => {
  it('accepts a complete audit with themes, actions, follow-up and win-back', () => {
    const audit = sampleAudit({
      themes: [
        {
          id: 'staffing-instability',
          source: 'auto',
          status: 'confirmed',
          confidence: 0.91,
          evidence: [
            {
              answer: 'happened',
              quote: 'By March we had met our fourth site supervisor.',
              start: 0,
              end: 47,
            },
          ],
        },
      ],
      actions: [
        { id: 'A1', what: 'One lead per building', who: 'Ops Director', when: '2026-12-15', status: 'open' },
      ],
      follow_up: { report_back_by: '2026-10-15', summary_shared_on: null },
      win_back: { intent: 'pursue', next_contact: '2027-01-15', likelihood: 3 },
    });
    expect(auditSchema.safeParse(audit).success).toBe(true);
  });

  it('reports unknown keys instead of dropping them', () => {
    const result = auditSchema.safeParse({ ...sampleAudit(), clinet: { name: 'typo' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['clinet'] });
  });

  it('rejects unknown answer keys, impossible dates and out-of-range likelihood', () => {
    const audit = sampleAudit();
    const bad = {
      ...audit,
      answers: { ...audit.answers, feelings: { text: 'x' } },
      client: { ...audit.client, ended_on: '2026-02-30' },
      win_back: { intent: 'pursue', likelihood: 9 },
    };
    const result = auditSchema.safeParse(bad);
    const paths = result.error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths).toEqual(expect.arrayContaining(['answers', 'client.ended_on', 'win_back.likelihood']));
  });

  it('requires the client name and end date', () => {
    const { name: _n, ended_on: _e, ...client } = sampleAudit().client;
    const result = auditSchema.safeParse({ ...sampleAudit(), client });
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'client.ended_on',
      'client.name',
    ]);
  });

  it('matches the published JSON Schema file (run `npm run schema` after changing the schema)', () => {
    const published = readFileSync(new URL('../../schema/audit.schema.json', import.meta.url), 'utf8');
    expect(published).toBe(auditJsonSchemaText());
  });
});
