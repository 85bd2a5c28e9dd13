import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitFiles, fileHistory, initRepo } from '../../src/workspace/git.js';

const env = {
  GIT_AUTHOR_NAME: 'A',
  GIT_AUTHOR_EMAIL: 'a@example.com',
  GIT_COMMITTER_NAME: 'A',
  GIT_COMMITTER_EMAIL: 'a@example.com',
};
Object.assign(process.env, env);

describe('git', () => {
  it('commits only the given file, and a file already as committed is not an error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recover-git-'));
    await initRepo(dir);
    writeFileSync(join(dir, 'a.yaml'), 'one\n');
    writeFileSync(join(dir, 'other.txt'), 'not mine\n');
    expect(await commitFiles(dir, ['a.yaml'], 'First')).toBe(true);
    expect(await commitFiles(dir, ['a.yaml'], 'Again')).toBe(false);
    expect((await fileHistory(dir, 'a.yaml')).map((e) => e.message)).toEqual(['First']);
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' })).toBe(
      '?? other.txt\n',
    );
  });
});
