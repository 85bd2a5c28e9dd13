#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { main } from '../dist/cli.js';

// `recover audit list | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
process.exitCode = await main(process.argv, version);
