// Which `--flags` each instruction takes in current BuildKit, their kinds, and checks of their values.
import type { Flag, Instruction } from '../dockerfile/ast';

export type FlagKind = 'string' | 'bool' | 'list';

export const FLAG_SPECS: Readonly<Record<string, Readonly<Record<string, FlagKind>>>> = {
  ADD: { chown: 'string', chmod: 'string', link: 'bool', 'keep-git-dir': 'bool', checksum: 'string', exclude: 'list', unpack: 'bool' },
  COPY: { from: 'string', chown: 'string', chmod: 'string', link: 'bool', parents: 'bool', exclude: 'list' },
  FROM: { platform: 'string' },
  RUN: { mount: 'list', network: 'string', security: 'string', device: 'list' },
  HEALTHCHECK: { interval: 'string', timeout: 'string', 'start-period': 'string', 'start-interval': 'string', retries: 'string' },
};

export interface FlagProblem {
  readonly flag: Flag;
  readonly message: string;
  /** Whether the problem is in the value (point at it) or the whole flag. */
  readonly onValue: boolean;
}

const MOUNT_TYPES = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'];
const MOUNT_KEYS = new Set([
  'type', 'target', 'dst', 'destination', 'source', 'src', 'from', 'ro', 'readonly', 'rw', 'readwrite', 'id',
  'sharing', 'mode', 'uid', 'gid', 'required', 'size', 'env',
]);

/** The fields of a RUN --mount value that decide where and what it mounts (type defaults to bind). */
export interface MountFields {
  readonly type: string;
  /** The type as written, for messages. */
  readonly rawType: string;
  /** target=, dst= or destination=; '' when absent. */
  readonly target: string;
}

/** Reads a RUN --mount value (`type=cache,target=/root/.cache,...`), or says which field is wrong. */
export function readMount(value: string): MountFields | { readonly error: string } {
  let type = 'bind';
  let rawType = 'bind';
  let target = '';
  for (const field of value.split(',')) {
    if (field === '') continue;
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    const val = eq < 0 ? '' : field.slice(eq + 1);
    if (!MOUNT_KEYS.has(key)) return { error: `unexpected key '${key}' in '${field}'` };
    if (key === 'type') {
      type = val.toLowerCase();
      rawType = val;
    }
    if (key === 'target' || key === 'dst' || key === 'destination') target = val;
    if (key === 'sharing' && !['shared', 'private', 'locked'].includes(val.toLowerCase())) {
      return { error: `unsupported sharing value "${val}"` };
    }
  }
  return { type, rawType, target };
}

/**
 * Checks a RUN --mount value. A missing target is not an error here: BuildKit mounts at the working
 * directory and fails only when that is "/" (checked on Docker 20.10), which the simulator knows and reports.
 */
export function checkMount(value: string): string | null {
  const m = readMount(value);
  if ('error' in m) return m.error;
  return MOUNT_TYPES.includes(m.type) ? null : `unsupported mount type "${m.rawType}"`;
}

/** Octal like 755/0644, or (Dockerfile 1.14+) symbolic like u+x,g-w. */
export function isValidChmod(v: string): boolean {
  return /^[0-7]{1,4}$/.test(v) || /^[ugoa]*[-+=][rwxXst]*(,[ugoa]*[-+=][rwxXst]*)*$/.test(v);
}

function hasVariable(v: string): boolean {
  return v.includes('$');
}

/** Problems with the flags of one instruction, in BuildKit's order: unknown, duplicates, values. */
export function checkFlags(ins: Instruction): FlagProblem[] {
  const problems: FlagProblem[] = [];
  const spec = FLAG_SPECS[ins.keyword] ?? {};
  // HEALTHCHECK NONE takes no options at all.
  // BuildKit never reads the options of `HEALTHCHECK NONE`, so they are not errors there.
  if (ins.keyword === 'HEALTHCHECK' && ins.healthcheckType?.raw.toUpperCase() === 'NONE') return problems;
  const seen = new Set<string>();
  for (const f of ins.flags) {
    const kind = spec[f.name];
    if (!kind) {
      problems.push({ flag: f, message: `unknown flag: --${f.name}`, onValue: false });
      continue;
    }
    if (kind !== 'list') {
      if (seen.has(f.name)) {
        problems.push({ flag: f, message: `duplicate flag specified: --${f.name}`, onValue: false });
        continue;
      }
      seen.add(f.name);
    }
    if (kind === 'bool') {
      if (f.value !== null && !/^(true|false)$/i.test(f.value)) {
        problems.push({ flag: f, message: `expecting boolean value for flag --${f.name}, not: ${f.value}`, onValue: true });
      }
      continue;
    }
    if (f.value === null) {
      problems.push({ flag: f, message: `missing a value on flag: --${f.name}`, onValue: false });
      continue;
    }
    const v = f.value;
    if (hasVariable(v)) continue;
    const bad = (message: string): void => {
      problems.push({ flag: f, message, onValue: true });
    };
    switch (`${ins.keyword} ${f.name}`) {
      case 'RUN network':
        if (!['default', 'none', 'host'].includes(v)) bad(`invalid network mode "${v}"`);
        break;
      case 'RUN security':
        if (!['insecure', 'sandbox'].includes(v)) bad(`security "${v}" is not valid`);
        break;
      case 'RUN mount': {
        const m = checkMount(v);
        if (m) bad(m);
        break;
      }
      case 'ADD checksum':
        if (!/^sha(256|384|512):[0-9a-f]+$/.test(v) && !/^[0-9a-f]{7,40}$/.test(v)) bad(`invalid checksum digest format: ${v}`);
        break;
      default:
        break;
    }
  }
  return problems;
}
