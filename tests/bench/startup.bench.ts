import { execFileSync } from 'node:child_process';
import { bench, describe } from 'vitest';
import { BIN, REPO_ROOT } from '../e2e/harness.js';

// Start-up cost a person feels on every command, next to node itself doing nothing.
describe('start-up', () => {
  bench("node -e ''", () => {
    execFileSync(process.execPath, ['-e', '']);
  });
  bench('recover --help', () => {
    execFileSync(process.execPath, [BIN, '--help']);
  });
  bench('recover audit list (14 sample audits)', () => {
    execFileSync(process.execPath, [BIN, 'audit', 'list'], { cwd: REPO_ROOT });
  });
});
