// `drydock lint FILE... [--json] [--disable ID]... [--enable ID]... [--dockerignore FILE]`:
// syntax errors, docker build's pre-build errors and teaching advice for Dockerfiles. Node only.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CliCommand, CliIo } from '../main';
import { analyze, findRule, type Diagnostic } from '../../../core/engine/index';

const USAGE = 'usage: drydock lint FILE... [--json] [--disable ID]... [--enable ID|all]... [--dockerignore FILE]';

interface Parsed {
  files: string[];
  json: boolean;
  disable: string[];
  enable: string[];
  dockerignore: string | null;
}

function parseArgs(args: string[]): Parsed | string {
  const p: Parsed = { files: [], json: false, disable: [], enable: [], dockerignore: null };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const takeValue = (flag: string): string | null => {
      if (a.startsWith(`${flag}=`)) return a.slice(flag.length + 1);
      const v = args[i + 1];
      if (v === undefined || v.startsWith('--')) return null;
      i++;
      return v;
    };
    if (a === '--json') p.json = true;
    else if (a === '--disable' || a.startsWith('--disable=')) {
      const v = takeValue('--disable');
      if (!v) return '--disable needs a rule id (e.g. --disable DL3008)';
      p.disable.push(...v.split(','));
    } else if (a === '--enable' || a.startsWith('--enable=')) {
      const v = takeValue('--enable');
      if (!v) return '--enable needs a rule id or "all"';
      p.enable.push(...v.split(','));
    } else if (a === '--dockerignore' || a.startsWith('--dockerignore=')) {
      const v = takeValue('--dockerignore');
      if (!v) return '--dockerignore needs a file path';
      p.dockerignore = v;
    } else if (a === '--help' || a === '-h') return 'help';
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else p.files.push(a);
  }
  if (p.files.length === 0) return 'no Dockerfile given';
  return p;
}

/** Reads a file as UTF-8 text, or explains in one line why it cannot be linted. */
async function readText(file: string): Promise<{ text: string } | { error: string }> {
  try {
    const st = await stat(file);
    if (st.isDirectory()) return { error: 'is a directory, not a Dockerfile' };
    const buf = await readFile(file);
    if (buf.includes(0)) return { error: 'looks like a binary file (contains NUL bytes), not a Dockerfile' };
    const text = buf.toString('utf8');
    if (text.includes('\uFFFD') && !buf.includes(Buffer.from('\uFFFD', 'utf8'))) return { error: 'is not valid UTF-8 text' };
    return { text };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { error: 'no such file' };
    if (code === 'EACCES' || code === 'EPERM') return { error: 'permission denied' };
    return { error: `cannot read it (${code ?? (e as Error).message})` };
  }
}

function line(file: string, d: Diagnostic): string {
  return `${file}:${d.range.start.line}:${d.range.start.column} ${d.severity} ${d.code} ${d.message}`;
}

export const lint: CliCommand = async (args: string[], io: CliIo): Promise<number> => {
  const parsed = parseArgs(args);
  if (parsed === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (typeof parsed === 'string') {
    io.stderr(`drydock lint: ${parsed}\n${USAGE}`);
    return 2;
  }
  for (const id of [...parsed.disable, ...parsed.enable]) {
    if (id !== 'all' && !findRule(id)) io.stderr(`drydock lint: warning: unknown rule id "${id}"`);
  }
  let dockerignore: string | undefined;
  if (parsed.dockerignore) {
    const r = await readText(path.resolve(io.cwd, parsed.dockerignore));
    if ('error' in r) {
      io.stderr(`drydock lint: ${parsed.dockerignore}: ${r.error}`);
      return 2;
    }
    dockerignore = r.text;
  }
  let failed = false;
  let unreadable = false;
  const report: Array<{ file: string; error?: string; diagnostics?: Diagnostic[] }> = [];
  for (const file of parsed.files) {
    const r = await readText(path.resolve(io.cwd, file));
    if ('error' in r) {
      unreadable = true;
      report.push({ file, error: r.error });
      if (!parsed.json) io.stderr(`${file}: ${r.error}`);
      continue;
    }
    const result = analyze(r.text, {
      disable: parsed.disable,
      enable: parsed.enable.includes('all') ? 'all' : parsed.enable,
      ...(dockerignore !== undefined ? { dockerignore } : {}),
    });
    if (result.diagnostics.some((d) => d.severity === 'error')) failed = true;
    report.push({ file, diagnostics: [...result.diagnostics] });
    if (!parsed.json) for (const d of result.diagnostics) io.stdout(line(file, d));
  }
  if (parsed.json) io.stdout(JSON.stringify({ files: report }, null, 2));
  // Exit 1 when any file has an error or could not be read; 2 is kept for usage mistakes.
  return failed || unreadable ? 1 : 0;
};
