import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, expect, it } from 'vitest';
import { readAuditFile } from '../../src/workspace/store.js';
import { commitCount, lastCommit } from './followthrough-helpers.js';
import { git, recover, tempWorkspace, writeFile } from './harness.js';

const env = { RECOVER_TODAY: '2026-10-01' };
let dir: string;

beforeEach(() => {
  dir = tempWorkspace();
});

const audits = () => readdirSync(join(dir, 'audits')).filter((f) => f.endsWith('.yaml'));

const GOOD = [
  'Account Name,Close Date,ARR,Industry,Territory,Churn Reason,Account Owner',
  'Maple Grove Senior Living,2026-09-15,"$420,000",skilled nursing,Southeast,"Unstable staffing, gaps",Pat',
  'Harbor View Rehab,9/30/2026,180000.00,rehab,Northeast,Price,Lee',
  'Cedar Point,10/2/2026,,,,,',
].join('\n');

it('imports every row as a planned audit in one commit, and skips them on a second run', () => {
  writeFile(dir, 'churned.csv', GOOD);
  const before = commitCount(dir);
  const result = recover(['import', 'churned.csv'], { cwd: dir, env });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('Imported 3 planned audit(s)');
  expect(result.stdout).toContain('Not used: "Account Owner"');
  expect(audits()).toEqual([
    '2026-09-15-maple-grove-senior-living.yaml',
    '2026-09-30-harbor-view-rehab.yaml',
    '2026-10-02-cedar-point.yaml',
  ]);
  const maple = readAuditFile(join(dir, 'audits', '2026-09-15-maple-grove-senior-living.yaml'));
  expect(maple.ok && maple.audit).toMatchObject({
    status: 'planned',
    client: {
      annual_value: 420000,
      currency: 'USD',
      region: 'Southeast',
      stated_reason: 'Unstable staffing, gaps',
    },
  });
  expect(commitCount(dir)).toBe(before + 1);
  expect(lastCommit(dir)).toBe('Import 3 planned audits from churned.csv');
  expect(git(dir, ['status', '--porcelain', 'audits'])).toBe('');

  const again = recover(['import', 'churned.csv'], { cwd: dir, env });
  expect(again.code).toBe(0);
  expect(again.stdout).toContain('line 2: Maple Grove Senior Living, ended 2026-09-15: already recorded');
  expect(again.stdout).toContain('Nothing new to import');
  expect(commitCount(dir)).toBe(before + 1);
});

it('writes nothing when any row is bad, and names each bad line and what is wrong', () => {
  writeFile(
    dir,
    'crm.csv',
    [
      'Company,Churn Date,Contract Value',
      'Good One,2026-09-01,1000',
      'Bad Date,2026-02-30,1000',
      ',2026-09-01,1000',
      'Bad Value,2026-09-01,lots',
    ].join('\n'),
  );
  const before = commitCount(dir);
  const result = recover(['import', 'crm.csv'], { cwd: dir, env });
  expect(result.code).toBe(1);
  expect(result.stderr).toContain(
    'crm.csv:3  Churn Date "2026-02-30" is not a real date (accepted: YYYY-MM-DD',
  );
  expect(result.stderr).toContain('crm.csv:4  Company is empty');
  expect(result.stderr).toContain('crm.csv:5  Contract Value "lots" is not an amount');
  expect(result.stderr).toContain('3 row(s) need fixing; nothing was imported');
  expect(audits()).toEqual([]);
  expect(commitCount(dir)).toBe(before);
});

it('refuses slash dates that could be read two ways', () => {
  writeFile(dir, 'ambiguous.csv', 'Client,End Date\nAcme,3/4/2026\nBeta,5/6/2026\n');
  const result = recover(['import', 'ambiguous.csv'], { cwd: dir, env });
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('ambiguous.csv:2  End Date "3/4/2026" could be 4 March or 3 April');
  expect(audits()).toEqual([]);
});

it('uses --map for unusual column names, and --dry-run writes nothing', () => {
  writeFile(dir, 'odd.csv', 'Kunde,Kündigung,Wert\nMüller GmbH,15.09.2026,"EUR 95.000,00"\n');
  const noMap = recover(['import', 'odd.csv'], { cwd: dir, env });
  expect(noMap.code).toBe(1);
  expect(noMap.stderr).toContain("No column for the client's name");
  expect(noMap.stderr).toContain('--map client=');

  const map = ['--map', 'client=Kunde,ended=Kündigung,value=Wert'];
  const dry = recover(['import', 'odd.csv', ...map, '--dry-run'], { cwd: dir, env });
  expect(dry.code).toBe(0);
  expect(dry.stdout).toContain('2026-09-15-mueller-gmbh');
  expect(dry.stdout).toContain('Dry run: 1 planned audit(s) would be created');
  expect(audits()).toEqual([]);

  const real = recover(['import', 'odd.csv', ...map], { cwd: dir, env });
  expect(real.code).toBe(0);
  const read = readAuditFile(join(dir, 'audits', '2026-09-15-mueller-gmbh.yaml'));
  expect(read.ok && read.audit.client).toMatchObject({
    name: 'Müller GmbH',
    annual_value: 95000,
    currency: 'EUR',
  });
});

it('says so when the file is missing', () => {
  const result = recover(['import', 'nope.csv'], { cwd: dir, env });
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('File not found: nope.csv');
});
