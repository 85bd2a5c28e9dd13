import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { checkExamples } from '../../src/themes/examples.js';
import { loadTaxonomy, tagText } from '../../src/themes/index.js';
import { configSchema } from '../../src/workspace/config.js';
import type { Workspace } from '../../src/workspace/workspace.js';

const PROBLEMS = [
  'staffing-instability',
  'expertise-gap',
  'perceived-indifference',
  'broken-promises',
  'poor-communication',
  'slow-response',
  'quality-issues',
  'relationship-owner-change',
  'price-value',
  'competitor-offer',
  'client-side-change',
  'billing-issues',
  'inflexibility',
  'safety-compliance',
];

function workspaceWith(themesYaml: string, mode: 'extend' | 'replace' = 'extend'): Workspace {
  const root = mkdtempSync(join(tmpdir(), 'recover-themes-'));
  writeFileSync(join(root, 'themes.yaml'), themesYaml);
  return {
    root,
    config: configSchema.parse({ themes: 'themes.yaml', themes_mode: mode }),
    auditsDir: join(root, 'audits'),
    reportsDir: join(root, 'reports'),
    themesFile: join(root, 'themes.yaml'),
  };
}

const OWN_THEME = `themes:
  - id: late-deliveries
    label: Late deliveries
    description: Goods arrived after the promised slot.
    kind: problem
    patterns: [deliver* .. late, missed .. slot]
    examples:
      match: [Half the pallets were delivered late.]
      no_match: [Deliveries were always on time.]
`;

describe('the built-in taxonomy', () => {
  it('has the fourteen problem themes and at least five strengths, each with examples that pass', () => {
    const taxonomy = loadTaxonomy();
    expect(taxonomy.themes.filter((t) => t.kind === 'problem').map((t) => t.id)).toEqual(PROBLEMS);
    expect(taxonomy.themes.filter((t) => t.kind === 'strength').length).toBeGreaterThanOrEqual(5);
    for (const theme of taxonomy.themes) {
      expect(theme.examples.match.length, theme.id).toBeGreaterThan(0);
      expect(theme.examples.no_match.length, theme.id).toBeGreaterThan(0);
    }
    expect(checkExamples(taxonomy).failures).toEqual([]);
  });
});

describe('a workspace taxonomy', () => {
  it('extends the built-in themes, and its own themes are found by their patterns', () => {
    const taxonomy = loadTaxonomy(workspaceWith(OWN_THEME));
    expect(taxonomy.byId.has('late-deliveries')).toBe(true);
    expect(taxonomy.byId.has('staffing-instability')).toBe(true);
    const hits = tagText('Half the pallets were delivered late, every week.', { taxonomy });
    expect(hits.map((h) => h.id)).toContain('late-deliveries');
    expect(tagText('Deliveries were never late.', { taxonomy }).map((h) => h.id)).not.toContain(
      'late-deliveries',
    );
  });

  it('replaces the built-in themes when asked to', () => {
    const taxonomy = loadTaxonomy(workspaceWith(OWN_THEME, 'replace'));
    expect(taxonomy.themes.map((t) => t.id)).toEqual(['late-deliveries']);
    expect(tagText('By March we had met our fourth site supervisor.', { taxonomy })).toEqual([]);
  });

  it('reports a pattern that cannot work, naming the theme', () => {
    const taxonomy = loadTaxonomy(workspaceWith(OWN_THEME.replace('deliver* .. late', '.. late')));
    expect(() => tagText('anything', { taxonomy })).toThrow(UserError);
    expect(() => tagText('anything', { taxonomy })).toThrow(/late-deliveries/);
  });

  it('has its examples checked, so a failing one is caught', () => {
    const broken = OWN_THEME.replace(
      'no_match: [Deliveries were always on time.]',
      'no_match: [It was delivered late again.]',
    );
    const { failures } = checkExamples(loadTaxonomy(workspaceWith(broken)));
    const own = failures.filter((f) => f.theme === 'late-deliveries');
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({
      theme: 'late-deliveries',
      expected: false,
      text: 'It was delivered late again.',
    });
  });
});
