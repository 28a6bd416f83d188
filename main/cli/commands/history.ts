// `drydock history FILE [--target T] [--build-arg K=V]... [--context DIR]`: the predicted
// `docker history` of the image, newest row first, with sizes where the simulator knows them.
import { resolve } from 'node:path';
import type { CliIo } from '../main';
import { parseSimArgs, runSimulation, usageError } from './inspect';

export function formatSize(bytes: number | null): string {
  if (bytes === null) return '?';
  if (bytes < 1000) return `${bytes}B`;
  const units = ['kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 'B';
  for (const u of units) {
    if (value < 1000) break;
    value /= 1000;
    unit = u;
  }
  return `${Number(value.toPrecision(3))}${unit}`;
}

export const history = async (args: string[], io: CliIo): Promise<number> => {
  const parsed = parseSimArgs(args, io, false);
  if (typeof parsed === 'string') return usageError(io, 'history', parsed, 'FILE [--target T] [--build-arg K=V]... [--context DIR] [--frontend current|engine-20.10]');
  const result = runSimulation(parsed, io, args.find((a) => !a.startsWith('-') && resolve(io.cwd, a) === parsed.file) ?? parsed.file);
  if (typeof result === 'number') return result;
  const rows = [...result.history].reverse().map((h) => ({
    by: h.createdBy,
    size: formatSize(h.size),
    note: h.emptyLayer ? 'metadata only' : h.wastedBytes > 0 ? `${formatSize(h.wastedBytes)} wasted` : h.size === null ? 'size unknown (RUN not simulated)' : '',
  }));
  const byWidth = Math.min(72, Math.max(10, ...rows.map((r) => r.by.length)));
  const cut = (s: string) => (s.length > byWidth ? s.slice(0, byWidth - 1) + '…' : s);
  const lines = [`${'CREATED BY'.padEnd(byWidth)}  ${'SIZE'.padStart(8)}  COMMENT`];
  for (const r of rows) lines.push(`${cut(r.by).padEnd(byWidth)}  ${r.size.padStart(8)}  ${r.note}`.trimEnd());
  const base = result.stages[result.target];
  if (base && base.baseStage === null) lines.push(`${cut(`(layers of ${base.base})`).padEnd(byWidth)}  ${'?'.padStart(8)}  base image`);
  io.stdout(lines.join('\n') + '\n');
  return 0;
};
