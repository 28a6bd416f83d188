// Parses a docker command line against the CLI model in spec.ts, the way the docker CLI (cobra/pflag) reads
// it, and gives each command a canonical form so two spellings of the same command compare equal. Pure.
import { COMMANDS, COMPOSE_FLAGS, DOCKERD_FLAGS, GLOBAL_FLAGS, SCOUT_COMMANDS, type CommandSpec } from './spec';
import { tokenize } from './tokenize';

interface FlagDef {
  readonly long: string;
  readonly short?: string;
  readonly takesValue: boolean;
}

export interface ParsedFlag {
  /** Long name without dashes, e.g. "publish". */
  readonly name: string;
  /** The value, or null for a boolean flag. */
  readonly value: string | null;
}

export interface ParsedCommand {
  /** Canonical command path, e.g. "container run". */
  readonly path: string;
  readonly globalFlags: readonly ParsedFlag[];
  readonly flags: readonly ParsedFlag[];
  /** Positional arguments docker itself reads (image, container, names...). */
  readonly args: readonly string[];
  /** Words handed to the container's process (after the image for run, the container for exec). */
  readonly rest: readonly string[];
}

export type ParseResult = { readonly ok: true; readonly command: ParsedCommand } | { readonly ok: false; readonly message: string };

function parseFlagList(list: string): Map<string, FlagDef> {
  const byName = new Map<string, FlagDef>();
  for (const item of list.split(/\s+/).filter(Boolean)) {
    const takesValue = item.endsWith('=');
    const names = item.replace(/=$/, '').split('|');
    const long = names.find((n) => n.startsWith('--'))!.slice(2);
    const short = names.find((n) => /^-[^-]$/.test(n))?.slice(1);
    const def: FlagDef = short === undefined ? { long, takesValue } : { long, short, takesValue };
    byName.set(`--${long}`, def);
    if (short) byName.set(`-${short}`, def);
  }
  return byName;
}

const HELP: FlagDef = { long: 'help', takesValue: false };
const specIndex = new Map<string, { spec: CommandSpec; flags: Map<string, FlagDef> }>();
for (const spec of [...COMMANDS, ...SCOUT_COMMANDS]) {
  const entry = { spec, flags: parseFlagList(spec.flags) };
  specIndex.set(spec.path, entry);
  for (const alias of spec.aliases ?? []) specIndex.set(alias, entry);
}
const globalFlags = parseFlagList(GLOBAL_FLAGS);
const composeFlags = parseFlagList(COMPOSE_FLAGS);
const dockerdFlags = parseFlagList(DOCKERD_FLAGS);

type FlagsOutcome = { ok: true; flags: ParsedFlag[]; positionals: string[]; rest: string[] } | { ok: false; message: string };

/**
 * Reads flags and positionals. After `stopAfter` positionals flags are no longer parsed: the rest belongs to
 * the container (cobra's non-interspersed commands such as run and exec).
 */
function readFlags(words: readonly string[], defs: Map<string, FlagDef>, where: string, stopAfter?: number): FlagsOutcome {
  const flags: ParsedFlag[] = [];
  const positionals: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (stopAfter !== undefined && positionals.length >= stopAfter) {
      return { ok: true, flags, positionals, rest: words.slice(i) as string[] };
    }
    if (word === '--') {
      positionals.push(...words.slice(i + 1));
      break;
    }
    if (word.startsWith('--')) {
      const eq = word.indexOf('=');
      const name = eq < 0 ? word : word.slice(0, eq);
      const def = name === '--help' ? HELP : defs.get(name);
      if (!def) return { ok: false, message: `unknown flag ${name} for ${where}` };
      if (def.takesValue) {
        const value = eq < 0 ? words[++i] : word.slice(eq + 1);
        if (value === undefined) return { ok: false, message: `flag ${name} of ${where} needs a value` };
        flags.push({ name: def.long, value });
      } else {
        const raw = eq < 0 ? 'true' : word.slice(eq + 1);
        if (raw !== 'true' && raw !== 'false') return { ok: false, message: `flag ${name} of ${where} is true or false, not "${raw}"` };
        if (raw === 'true') flags.push({ name: def.long, value: null });
      }
      continue;
    }
    if (word.startsWith('-') && word.length > 1) {
      // Short flags may be combined (-it) and the last may carry its value (-p80:80, -e=X, -p 80:80).
      for (let j = 1; j < word.length; j++) {
        const def = word[j] === 'h' && !defs.has('-h') ? HELP : defs.get(`-${word[j]}`);
        if (!def) return { ok: false, message: `unknown flag -${word[j]} for ${where}` };
        if (!def.takesValue) {
          flags.push({ name: def.long, value: null });
          continue;
        }
        let value = word.slice(j + 1);
        if (value.startsWith('=')) value = value.slice(1);
        if (value === '') {
          const next = words[++i];
          if (next === undefined) return { ok: false, message: `flag -${word[j]} of ${where} needs a value` };
          value = next;
        }
        flags.push({ name: def.long, value });
        break;
      }
      continue;
    }
    positionals.push(word);
  }
  return { ok: true, flags, positionals, rest: [] };
}

/** Leading flags, up to the first word that is not a flag or a flag's value. */
function readLeadingFlags(words: readonly string[], defs: Map<string, FlagDef>, where: string) {
  const out = readFlags(words, defs, where, 1);
  if (!out.ok) return out;
  return { ok: true as const, flags: out.flags, remaining: [...out.positionals, ...out.rest] };
}

function resolveCommand(words: readonly string[]) {
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const found = specIndex.get(words.slice(0, n).join(' '));
    if (found) return { ...found, consumed: n };
  }
  return undefined;
}

function composeCommand(name: string | undefined) {
  const found = name === undefined ? undefined : specIndex.get(`compose ${name}`);
  return found && { ...found, consumed: 1 };
}

export function parseDockerCommand(line: string): ParseResult {
  const tokens = tokenize(line.trim());
  if (!tokens.ok) return { ok: false, message: `${tokens.message} (at character ${tokens.offset + 1})` };
  const words = [...tokens.words];
  if (words[0] !== 'docker') return { ok: false, message: 'a docker command starts with "docker"' };
  const lead = readLeadingFlags(words.slice(1), globalFlags, 'docker');
  if (!lead.ok) return lead;
  let remaining = lead.remaining;
  let prefix = '';
  let composeGlobal: ParsedFlag[] = [];
  if (remaining[0] === 'compose') {
    const compose = readLeadingFlags(remaining.slice(1), composeFlags, 'docker compose');
    if (!compose.ok) return compose;
    composeGlobal = compose.flags;
    remaining = compose.remaining;
    prefix = 'compose ';
  }
  const found = prefix ? composeCommand(remaining[0]) : resolveCommand(remaining);
  if (!found) {
    const what = remaining.slice(0, 2).join(' ') || '(nothing)';
    return { ok: false, message: `"docker ${prefix}${what}" is not a docker command` };
  }
  const { spec, flags: defs, consumed } = found;
  const parsed = readFlags(remaining.slice(consumed), defs, `docker ${spec.path}`, spec.restAfter);
  if (!parsed.ok) return parsed;
  const [min, max] = spec.args;
  // Words handed to the container count towards the minimum: `docker exec web sh` has its two arguments.
  const count = parsed.positionals.length + parsed.rest.length;
  const isHelp = parsed.flags.some((f) => f.name === 'help');
  if (!isHelp && count < min) return { ok: false, message: `docker ${spec.path} needs at least ${min} argument${min === 1 ? '' : 's'}, got ${count}` };
  if (parsed.positionals.length > max) return { ok: false, message: `docker ${spec.path} takes at most ${max} argument${max === 1 ? '' : 's'}, got ${parsed.positionals.length}` };
  return {
    ok: true,
    command: { path: spec.path, globalFlags: [...lead.flags, ...composeGlobal], flags: parsed.flags, args: parsed.positionals, rest: parsed.rest },
  };
}

/** Parses `dockerd [flags]`: the daemon takes flags only. */
export function parseDockerdCommand(line: string): ParseResult {
  const tokens = tokenize(line.trim());
  if (!tokens.ok) return { ok: false, message: `${tokens.message} (at character ${tokens.offset + 1})` };
  if (tokens.words[0] !== 'dockerd') return { ok: false, message: 'a daemon command starts with "dockerd"' };
  const parsed = readFlags(tokens.words.slice(1), dockerdFlags, 'dockerd');
  if (!parsed.ok) return parsed;
  if (parsed.positionals.length > 0) return { ok: false, message: `dockerd takes no arguments, got "${parsed.positionals[0]}"` };
  return { ok: true, command: { path: 'dockerd', globalFlags: [], flags: parsed.flags, args: [], rest: [] } };
}

function renderFlags(flags: readonly ParsedFlag[]): string[] {
  return [...flags]
    .map((f) => (f.value === null ? `--${f.name}` : `--${f.name}=${JSON.stringify(f.value)}`))
    .sort();
}

/** One spelling per meaning: aliases resolved, long flag names, flags sorted, quotes normalised. */
export function canonicalCommand(command: ParsedCommand): string {
  if (command.path === 'dockerd') return ['dockerd', ...renderFlags(command.flags)].join(' ');
  return ['docker', ...renderFlags(command.globalFlags), command.path, ...renderFlags(command.flags), ...command.args.map((a) => JSON.stringify(a)), ...command.rest.map((a) => JSON.stringify(a))].join(' ');
}

/** True when both lines parse and mean the same docker command. */
export function sameDockerCommand(a: string, b: string): boolean {
  const pa = parseDockerCommand(a);
  const pb = parseDockerCommand(b);
  return pa.ok && pb.ok && canonicalCommand(pa.command) === canonicalCommand(pb.command);
}
