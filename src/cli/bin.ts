#!/usr/bin/env node
import { runCli } from './main.js';

const color = process.stdout.isTTY === true && process.env['NO_COLOR'] === undefined;
process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  color,
  cwd: process.cwd(),
});
