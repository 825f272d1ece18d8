#!/usr/bin/env node
import { shouldColor } from './color.js';
import { limitHeapGrowth } from './heap.js';
import { runCli } from './main.js';
import { delayOptimization } from './tier-up.js';

limitHeapGrowth();
delayOptimization();

// `gatehouse plan | head` closes stdout early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  color: { out: shouldColor(process.stdout, process.env), err: shouldColor(process.stderr, process.env) },
  cwd: process.cwd(),
  env: process.env,
});
