// `drydock inspect FILE [--target T] [--build-arg K=V]... [--context DIR] [--frontend current|engine-20.10]`:
// prints the predicted image
// as {"Config": …, "History": […]} with Config exactly as `docker image inspect` shows it. Also holds the
// shared pieces of the simulator commands: argument parsing and reading a build context from disk.
import { readFileSync, readdirSync, lstatSync, readlinkSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { CliIo } from '../main';
import { parseFrontend, simulate, toDockerConfigJson, type ContextFile, type FrontendVersion, type SimulationResult } from '../../../core/engine/sim/index';

const TEXT_LIMIT = 64 * 1024;

/** A context file that cannot be read: `docker build` fails on it too ("error from sender"). */
export class ContextReadError extends Error {}

/**
 * Reads a directory as a build context: every file (text kept when small), modes, symlinks, tar members.
 * Special files follow BuildKit (checked on Docker 20.10): a named pipe is left out, a socket or device
 * node becomes an empty file; none is ever opened (reading a pipe would block), each is reported through
 * `note`. Only small files and .tar archives are read.
 */
export function readContextDir(dir: string, note: (message: string) => void = () => {}): ContextFile[] {
  const files: ContextFile[] = [];
  const walk = (abs: string) => {
    let names: string[];
    try {
      names = readdirSync(abs).sort();
    } catch (e) {
      throw new ContextReadError(`cannot list ${relative(dir, abs) || '.'} in the build context: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    for (const name of names) {
      const full = join(abs, name);
      const rel = relative(dir, full).split(sep).join('/');
      const st = lstatSync(full);
      const mode = st.mode & 0o7777;
      if (st.isSymbolicLink()) files.push({ path: rel, type: 'symlink', target: readlinkSync(full), mode });
      else if (st.isDirectory()) {
        files.push({ path: rel, type: 'dir', mode });
        walk(full);
      } else if (st.isFIFO()) {
        note(`${rel}: a named pipe; BuildKit leaves it out of the build context (the legacy builder sends it as a pipe)`);
      } else if (!st.isFile()) {
        // Checked on Docker 20.10: BuildKit's context transfer sends sockets and device nodes as empty
        // regular files with their permission bits; the legacy builder skips sockets.
        note(`${rel}: a ${st.isSocket() ? 'socket' : 'device file'}; BuildKit sends it as an empty file${st.isSocket() ? ' (the legacy builder leaves sockets out)' : ''}`);
        files.push({ path: rel, size: 0, mode, content: '' });
      } else {
        const isTar = /\.tar$/i.test(name);
        let bytes: Buffer | undefined;
        if (st.size <= TEXT_LIMIT || isTar) {
          try {
            bytes = readFileSync(full);
          } catch (e) {
            throw new ContextReadError(`cannot read ${rel} in the build context: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
          }
        }
        const archive = bytes && isTar ? listTar(bytes) : undefined;
        const text = bytes && bytes.length <= TEXT_LIMIT && !bytes.includes(0) ? bytes.toString('utf8') : undefined;
        files.push({ path: rel, size: st.size, mode, ...(text !== undefined ? { content: text } : {}), ...(archive ? { archive } : {}) });
      }
    }
  };
  walk(dir);
  return files;
}

/** Lists the members of an uncompressed (ustar/GNU) tar archive. */
export function listTar(bytes: Buffer): ContextFile[] | undefined {
  const members: ContextFile[] = [];
  let offset = 0;
  while (offset + 512 <= bytes.length) {
    const header = bytes.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const field = (start: number, len: number) => header.subarray(start, start + len).toString('utf8').replace(/\0.*$/s, '');
    if (field(257, 5) !== 'ustar') return undefined;
    const prefix = field(345, 155);
    const name = (prefix ? prefix + '/' : '') + field(0, 100);
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const mode = parseInt(field(100, 8).trim() || '644', 8) & 0o7777;
    const type = field(156, 1);
    const body = bytes.subarray(offset + 512, offset + 512 + size);
    const path = name.replace(/^\.\//, '').replace(/\/$/, '');
    if (path !== '' && path !== '.') {
      if (type === '5') members.push({ path, type: 'dir', mode });
      else if (type === '2') members.push({ path, type: 'symlink', target: field(157, 100), mode });
      else if (type === '0' || type === '') members.push({ path, size, mode, ...(body.includes(0) ? {} : { content: body.toString('utf8') }) });
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return members;
}

export interface SimArgs {
  readonly file: string;
  readonly target?: string;
  readonly buildArgs: Record<string, string>;
  readonly contextDir: string;
  readonly entrypoint?: string;
  readonly runArgs: string[];
  /** Which Docker to predict; current Docker unless --frontend says otherwise. */
  readonly frontend?: FrontendVersion;
}

/** Parses the options shared by inspect, history and run-preview; returns an error message on bad input. */
export function parseSimArgs(args: string[], io: CliIo, allowRun: boolean): SimArgs | string {
  let file: string | undefined;
  let target: string | undefined;
  let contextDir: string | undefined;
  let entrypoint: string | undefined;
  let frontend: FrontendVersion | undefined;
  const buildArgs: Record<string, string> = {};
  const runArgs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const value = (name: string): string | undefined => {
      if (a.includes('=')) return a.slice(a.indexOf('=') + 1);
      const v = args[++i];
      if (v === undefined) throw new Error(`${name} needs a value`);
      return v;
    };
    try {
      if (a === '--') {
        if (!allowRun) return 'unexpected "--": only run-preview takes container arguments';
        runArgs.push(...args.slice(i + 1));
        break;
      } else if (a === '--target' || a.startsWith('--target=')) target = value('--target');
      else if (a === '--context' || a.startsWith('--context=')) contextDir = value('--context');
      else if (a === '--frontend' || a.startsWith('--frontend=')) {
        const parsed = parseFrontend(value('--frontend') as string);
        if (typeof parsed !== 'string') return `--frontend: ${parsed.error}`;
        frontend = parsed;
      }
      else if (allowRun && (a === '--entrypoint' || a.startsWith('--entrypoint='))) entrypoint = value('--entrypoint');
      else if (a === '--build-arg' || a.startsWith('--build-arg=')) {
        const kv = value('--build-arg') as string;
        const eq = kv.indexOf('=');
        if (eq <= 0) return `--build-arg expects KEY=VALUE, got "${kv}"`;
        buildArgs[kv.slice(0, eq)] = kv.slice(eq + 1);
      } else if (a.startsWith('-')) return `unknown option ${a}`;
      else if (file === undefined) file = a;
      else return `unexpected argument "${a}" (the Dockerfile is already ${file})`;
    } catch (error) {
      return (error as Error).message;
    }
  }
  if (file === undefined) return 'missing the Dockerfile path';
  const abs = resolve(io.cwd, file);
  return { file: abs, ...(target !== undefined ? { target } : {}), buildArgs, contextDir: resolve(io.cwd, contextDir ?? dirname(abs)), ...(entrypoint !== undefined ? { entrypoint } : {}), ...(frontend !== undefined ? { frontend } : {}), runArgs };
}

/** Reads the Dockerfile and its context and simulates the build; reports errors as FILE:LINE:COL. */
export function runSimulation(parsed: SimArgs, io: CliIo, displayName: string): SimulationResult | number {
  if (!existsSync(parsed.file)) {
    io.stderr(`drydock: ${displayName}: no such file\n`);
    return 2;
  }
  if (!existsSync(parsed.contextDir) || !lstatSync(parsed.contextDir).isDirectory()) {
    io.stderr(`drydock: context ${parsed.contextDir} is not a directory\n`);
    return 2;
  }
  const text = readFileSync(parsed.file, 'utf8');
  let files: ContextFile[];
  try {
    files = readContextDir(parsed.contextDir, (message) => io.stderr(`drydock: context: ${message}\n`));
  } catch (e) {
    if (!(e instanceof ContextReadError)) throw e;
    io.stderr(`drydock: ${e.message} (docker build would fail the same way unless .dockerignore excludes it)\n`);
    return 1;
  }
  const result = simulate(text, {
    buildArgs: parsed.buildArgs,
    ...(parsed.target !== undefined ? { target: parsed.target } : {}),
    context: { files },
    ...(parsed.frontend !== undefined ? { frontend: parsed.frontend } : {}),
  });
  for (const d of result.diagnostics) {
    if (d.severity === 'error' || d.severity === 'warning') io.stderr(`${displayName}:${d.range.start.line}:${d.range.start.column}: ${d.severity === 'warning' ? 'warning: ' : ''}${d.message}\n`);
  }
  return result.ok ? result : 1;
}

export function usageError(io: CliIo, command: string, message: string, synopsis: string): number {
  io.stderr(`drydock ${command}: ${message}\nusage: drydock ${command} ${synopsis}\n`);
  return 2;
}

export const inspect = async (args: string[], io: CliIo): Promise<number> => {
  const parsed = parseSimArgs(args, io, false);
  if (typeof parsed === 'string') return usageError(io, 'inspect', parsed, 'FILE [--target T] [--build-arg K=V]... [--context DIR] [--frontend current|engine-20.10]');
  const result = runSimulation(parsed, io, args.find((a) => !a.startsWith('-') && resolve(io.cwd, a) === parsed.file) ?? parsed.file);
  if (typeof result === 'number') return result;
  const out = {
    // Docker 20.10's CLI prints every container-config field; current CLIs print the image-spec config.
    Config: toDockerConfigJson(result.config, parsed.frontend === 'engine-20.10' ? 'engine-20.10' : 'current'),
    History: result.history.map((h) => ({ CreatedBy: h.createdBy, EmptyLayer: h.emptyLayer })),
  };
  io.stdout(JSON.stringify(out, null, 2) + '\n');
  return 0;
};
