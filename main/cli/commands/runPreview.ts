// `drydock run-preview FILE [--entrypoint X] [--target T] [--build-arg K=V]... [-- ARGS]`: the exact argv
// of the process `docker run IMAGE [ARGS]` starts, with notes (signals, ignored arguments).
import { resolve } from 'node:path';
import type { CliIo } from '../main';
import { runPreview as preview } from '../../../core/engine/sim/index';
import { parseSimArgs, runSimulation, usageError } from './inspect';

export const runPreview = async (args: string[], io: CliIo): Promise<number> => {
  const parsed = parseSimArgs(args, io, true);
  if (typeof parsed === 'string') return usageError(io, 'run-preview', parsed, 'FILE [--entrypoint X] [--target T] [--build-arg K=V]... [--context DIR] [--frontend current|engine-20.10] [-- ARGS]');
  const result = runSimulation(parsed, io, args.find((a) => !a.startsWith('-') && resolve(io.cwd, a) === parsed.file) ?? parsed.file);
  if (typeof result === 'number') return result;
  const run = preview(result, { args: parsed.runArgs, ...(parsed.entrypoint !== undefined ? { entrypoint: parsed.entrypoint } : {}) });
  if (!run.ok) {
    io.stderr(`${run.error}\n`);
    for (const n of run.notes) io.stderr(`note: ${n.message}\n`);
    return 1;
  }
  io.stdout(`${JSON.stringify(run.argv)}\n`);
  for (const n of run.notes) io.stdout(`note: ${n.message}\n`);
  return 0;
};
