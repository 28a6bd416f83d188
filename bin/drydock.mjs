#!/usr/bin/env node
// The `drydock` CLI launcher: runs the TypeScript sources through tsx, so it works right after `npm ci`.
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

register();
const here = path.dirname(fileURLToPath(import.meta.url));
const { runCli } = await import(path.join(here, '..', 'main', 'cli', 'main.ts'));
const code = await runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
  stderr: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
  cwd: process.cwd(),
});
process.exitCode = code;
