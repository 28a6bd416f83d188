// The build simulator: walks a parsed Dockerfile the way BuildKit's Dockerfile frontend dispatches it and
// predicts the image config, the history rows, the files of every stage, and where `docker build` would
// fail. Pure. It predicts current Docker by default; `frontend: 'engine-20.10'` reproduces the built-in
// frontend of Docker 20.10, our differential reference (see frontend.ts for what differs and why).
import type { Dockerfile, Heredoc, Instruction, Range } from '../dockerfile/ast';
import { parse } from '../dockerfile/parse';
import type { Diagnostic } from '../diagnostics';
import { lookupImage } from '../catalog/index';
import { wrapShell, type StoredCommand } from './argv';
import { DEFAULT_PATH, EMPTY_CONFIG, withEnv, type Healthcheck, type ImageConfig } from './config';
import { loadContext, type LoadedContext } from './context';
import { dispatchCopy } from './copy';
import { goDuration, goQuoteRune, goQuoteSlice, goSlice, parseGoDuration } from './gofmt';
import { simulateRun, defaultUsers, type UserDb } from './run';
import { PROXY_ARGS, StageScope, parsePlatform, platformArgs } from './scope';
import type { HistoryRow, SimulateOptions, SimulationResult, StageResult, StepKind } from './types';
import { VirtualFs, resolveIn, wastedBytes, type FsChange, type Owner } from './vfs';
import { expandWord, type Lookup } from './words';
import { frontendBehaviour, type FrontendBehaviour } from './frontend';
import { missingExecutable } from './knowledge';
import { checkImageReference } from '../validate/reference';
import { readMount } from '../validate/flags';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface Row extends Omit<HistoryRow, 'wastedBytes' | 'changes' | 'size'> {
  readonly step: number;
  readonly sizeKnown: boolean;
}

interface StageState {
  index: number;
  name: string | null;
  base: string;
  baseStage: number | null;
  baseKnown: boolean;
  range: Range;
  config: Mutable<ImageConfig>;
  scope: StageScope;
  fs: VirtualFs;
  users: UserDb;
  rows: Row[];
  cmdSet: boolean;
  commands: { entrypoint: StoredCommand | null; cmd: StoredCommand | null };
  dependsOn: Set<number>;
  instructions: Instruction[];
  from: Instruction;
  /** Every file of the base is known: FROM scratch, or a stage built on scratch. Catalog images list only directories. */
  baseComplete: boolean;
  /** Directories the base image is known to have (catalog images); empty for scratch. */
  baseDirs: ReadonlySet<string>;
  /** A step wrote files we cannot list: a RUN we do not simulate, or a copy of unknown contents. */
  unknownWrites: boolean;
}

export interface Sim {
  readonly diagnostics: Diagnostic[];
  readonly notes: Set<string>;
  readonly context: LoadedContext;
  readonly stages: StageState[];
  readonly escape: string;
  /** The Dockerfile frontend whose behaviour we predict. */
  readonly frontend: FrontendBehaviour;
  /** FROM value of every stage, known before dispatching (COPY --from may name a later stage). */
  stageBases: string[];
  step: number;
}

const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;

export function simulate(input: Dockerfile | string, options: SimulateOptions = {}): SimulationResult {
  const ast = typeof input === 'string' ? parse(input) : input;
  const sim: Sim = { diagnostics: [], notes: new Set(), context: loadContext(options.context), stages: [], escape: ast.escape, frontend: frontendBehaviour(options.frontend), stageBases: [], step: 0 };
  for (const issue of ast.errors) report(sim, 'error', issue.code, issue.message, issue.range);
  for (const e of sim.context.ignoreErrors) report(sim, 'warning', 'dockerignore-pattern', `.dockerignore line ${e.line}: ${e.message}`, ast.range);

  const buildArgs = new Map(Object.entries(options.buildArgs ?? {}));
  const platform = parsePlatform(options.platform);
  const autoArgs = platformArgs(platform);
  const consumed = new Set<string>();

  // Global scope: ARGs before the first FROM are visible only to FROM lines.
  const globalArgs = new Map<string, string | undefined>();
  const globalLookup: Lookup = (name) => (globalArgs.has(name) ? globalArgs.get(name) : autoArgs.get(name));
  const groups: { from: Instruction; body: Instruction[] }[] = [];
  for (const instr of ast.instructions) {
    if (instr.keyword === 'FROM') groups.push({ from: instr, body: [] });
    else if (groups.length > 0) (groups[groups.length - 1] as { body: Instruction[] }).body.push(instr);
    else if (instr.keyword === 'ARG') {
      for (const pair of instr.pairs) {
        const provided = buildArgs.get(pair.key);
        if (provided !== undefined) consumed.add(pair.key);
        const dflt = pair.rawValue === null ? undefined : expandOrReport(sim, pair.rawValue, globalLookup, pair.valueRange ?? pair.range);
        globalArgs.set(pair.key, provided ?? dflt ?? undefined);
      }
    } else report(sim, 'error', 'instruction-before-from', `${instr.keyword} cannot come before the first FROM (only ARG can)`, instr.keywordRange);
  }
  if (groups.length === 0) {
    if (ast.errors.length === 0) report(sim, 'error', 'no-from', 'the Dockerfile has no FROM instruction: there is nothing to build', ast.range);
    return finish(sim, 0, buildArgs, consumed);
  }

  // First pass: names and FROM bases, so dependencies and the target are known before dispatching.
  const names = new Map<string, number>();
  const stageInfo = groups.map((g, index) => {
    const words = g.from.args.map((w) => w.raw);
    const asIdx = words.findIndex((w) => w.toLowerCase() === 'as');
    const rawName = asIdx >= 0 ? words[asIdx + 1] : undefined;
    const name = rawName ? rawName.toLowerCase() : null;
    const rawBase = words[0] ?? '';
    const base = rawBase === '' ? '' : (expandOrReport(sim, rawBase, globalLookup, g.from.args[0]?.range ?? g.from.range) ?? rawBase);
    if (rawBase === '') report(sim, 'error', 'from-missing-image', 'FROM requires the name of a base image or stage', g.from.range);
    for (const w of g.from.args.slice(0, 1)) {
      const used = expandWord(w.raw, globalLookup, sim.escape, sim.frontend.version);
      if (used.ok) for (const n of used.used) if (!globalArgs.has(n) && !autoArgs.has(n)) report(sim, 'warning', 'undefined-arg-in-from', `FROM uses $${n}, which no ARG before the first FROM declares: it expands to an empty string`, w.range);
    }
    // BuildKit (addState in dockerfile2llb) looks FROM up among the stages defined so far, by the name as
    // written (stage names are stored lower-cased, so `FROM Build` is an image reference, not stage build),
    // before this stage's own name is added: with duplicate names, the most recent earlier one.
    const earlier = names.get(base);
    const baseStage = earlier !== undefined ? earlier : null;
    if (baseStage === null && base !== '' && base.toLowerCase() !== 'scratch' && !base.includes('$')) {
      const err = checkImageReference(base);
      if (err) report(sim, 'error', 'invalid-reference', `failed to parse stage name ${JSON.stringify(base)}: ${err}`, g.from.args[0]?.range ?? g.from.range);
    }
    if (name !== null) {
      if (!STAGE_NAME.test(name)) report(sim, 'error', 'invalid-stage-name', `invalid name for build stage: "${rawName}", name can't start with a number or contain symbols`, g.from.argsRange ?? g.from.range);
      else {
        // Current BuildKit and Docker 20.10's only warn (the DuplicateStageName check) and build: later
        // lookups find the newest stage of that name. The legacy builder refuses the file.
        const previous = names.get(name);
        // Same code and place as the lint rule, so the editor shows it once.
        if (previous !== undefined) report(sim, 'warning', 'DuplicateStageName', `stage name "${name}" is already used by stage ${previous}: BuildKit builds anyway (DuplicateStageName warning), and FROM, COPY --from and --target then find the most recent stage of that name; the legacy builder fails on it`, g.from.args[asIdx + 1]?.range ?? g.from.range);
        names.set(name, index);
      }
    }
    return { name, base, baseStage, rawName };
  });

  sim.stageBases = stageInfo.map((s) => s.base);
  let target = groups.length - 1;
  if (options.target !== undefined) {
    const t = names.get(options.target.toLowerCase());
    if (t === undefined) {
      report(sim, 'error', 'unknown-target', `target stage ${options.target} could not be found: --target takes a stage name (FROM … AS name)`, ast.range);
      return finish(sim, target, buildArgs, consumed);
    }
    target = t;
  }

  // Dispatch every stage in order; each records the stages it needs.
  for (const [index, g] of groups.entries()) {
    const info = stageInfo[index] as (typeof stageInfo)[number];
    const state = startStage(sim, index, info.name, info.base, info.baseStage, g.from);
    sim.stages.push(state);
    state.instructions = g.body;
    const denv: DispatchEnv = { buildArgs, consumed, globalArgs, autoArgs, names };
    for (const trigger of pendingTriggers.get(state) ?? []) dispatch(sim, state, trigger, denv);
    pendingTriggers.delete(state);
    for (const instr of g.body) dispatch(sim, state, instr, denv);
  }
  return finish(sim, target, buildArgs, consumed);
}

interface DispatchEnv {
  readonly buildArgs: Map<string, string>;
  readonly consumed: Set<string>;
  readonly globalArgs: Map<string, string | undefined>;
  readonly autoArgs: Map<string, string>;
  readonly names: Map<string, number>;
}

export function report(sim: Sim, severity: Diagnostic['severity'], code: string, message: string, range: Range): void {
  sim.diagnostics.push({ source: 'validate', code, severity, message, range });
}

export function expandOrReport(sim: Sim, raw: string, lookup: Lookup, range: Range): string | undefined {
  const r = expandWord(raw, lookup, sim.escape, sim.frontend.version);
  if (r.ok) {
    for (const form of r.newerForms) {
      sim.notes.add(`${form}: this substitution needs Dockerfile frontend 1.6+ (the forms without a colon) or 1.7+ (# % / patterns), which every Docker release since 27 includes; Docker 20.10 fails with "missing ':' in substitution".`);
    }
    return r.value;
  }
  report(sim, 'error', 'bad-substitution', r.message, range);
  return undefined;
}

function startStage(sim: Sim, index: number, name: string | null, base: string, baseStage: number | null, from: Instruction): StageState {
  const parent = baseStage !== null ? sim.stages[baseStage] : undefined;
  let config: Mutable<ImageConfig>;
  let fs: VirtualFs;
  let users: UserDb;
  let baseKnown = true;
  let baseComplete = false;
  let baseDirs: ReadonlySet<string> = new Set();
  let unknownWrites = false;
  let onbuild: readonly string[] = [];
  if (parent) {
    baseKnown = parent.baseKnown;
    baseComplete = parent.baseComplete;
    baseDirs = parent.baseDirs;
    unknownWrites = parent.unknownWrites;
    onbuild = parent.config.OnBuild ?? [];
    if (parent.scope.args.length > 0) {
      sim.notes.add(
        sim.frontend.inheritedArgsInRunHistory
          ? `FROM ${base}: this stage inherits the ARGs of stage ${base} (BuildKit documents this; the legacy builder ends an ARG with its stage). Since Dockerfile frontend 1.9 (BuildKit 0.15) RUN's history also lists them (|N NAME=value); Docker 20.10 expanded them without listing them.`
          : `FROM ${base}: BuildKit lets this stage still expand the ARG values of stage ${base}; Docker 20.10's RUN history does not list them (frontend 1.9+ does). The legacy builder ends an ARG with its stage.`,
      );
    }
    config = { ...parent.config };
    fs = parent.fs.clone();
    users = { users: new Map(parent.users.users), groups: new Map(parent.users.groups) };
  } else {
    const entry = lookupImage(base);
    users = defaultUsers(entry?.accounts);
    if (base.toLowerCase() === 'scratch') {
      // BuildKit starts scratch with the default PATH and WorkingDir "/" (emptyImage in dockerfile2llb, the
      // same in Docker 20.10 and current releases); the legacy builder leaves WorkingDir empty.
      config = { ...EMPTY_CONFIG, Env: [`PATH=${DEFAULT_PATH}`], WorkingDir: '/' };
      fs = VirtualFs.withDirs([]);
      baseComplete = true;
      sim.notes.add('FROM scratch: BuildKit (Docker 20.10 and current releases alike) gives the image WorkingDir "/" and the default PATH; the legacy builder leaves WorkingDir empty.');
    } else if (entry) {
      config = { ...entry.config };
      fs = baseFs(entry.dirs);
      baseDirs = baseDirSet(entry.dirs);
      onbuild = entry.config.OnBuild ?? [];
    } else {
      baseKnown = false;
      config = { ...EMPTY_CONFIG };
      fs = VirtualFs.withDirs([]);
      if (base !== '') report(sim, 'warning', 'unknown-base-image', `the configuration of image "${base}" is unknown to the simulator: its ENV, CMD, ENTRYPOINT, WORKDIR and files are not shown`, from.args[0]?.range ?? from.range);
    }
  }
  const state: StageState = {
    index,
    name,
    base,
    baseStage,
    baseKnown,
    range: from.range,
    config,
    scope: parent ? StageScope.inherit(parent.scope, sim.frontend.inheritedArgsInRunHistory) : new StageScope(config.Env),
    fs,
    users,
    rows: parent ? [...parent.rows] : [],
    cmdSet: false,
    commands: parent ? { ...parent.commands } : { entrypoint: config.Entrypoint ? { argv: config.Entrypoint, form: 'exec' } : null, cmd: config.Cmd ? { argv: config.Cmd, form: 'exec' } : null },
    dependsOn: new Set(baseStage !== null ? [baseStage] : []),
    instructions: [],
    from,
    baseComplete,
    baseDirs,
    unknownWrites,
  };
  if (onbuild.length > 0) {
    // The base image's ONBUILD triggers run first, as if written right after FROM; the new image
    // does not inherit them.
    state.config.OnBuild = null;
    for (const trigger of onbuild) {
      const parsed = parse(`FROM scratch\n${trigger}\n`).instructions[1];
      if (!parsed) continue;
      const relocated = { ...parsed, range: from.range, keywordRange: from.range, argsRange: from.range } as Instruction;
      sim.notes.add(`ONBUILD trigger from ${base} runs at this FROM: ${trigger}`);
      pendingTriggers.set(state, [...(pendingTriggers.get(state) ?? []), relocated]);
    }
  }
  return state;
}

const pendingTriggers = new WeakMap<StageState, Instruction[]>();

// The base filesystem of a catalog image is the same on every keystroke: build it once, clone per use.
const baseFsCache = new WeakMap<readonly string[], VirtualFs>();
function baseFs(dirs: readonly string[]): VirtualFs {
  let fs = baseFsCache.get(dirs);
  if (!fs) {
    fs = VirtualFs.withDirs(dirs);
    baseFsCache.set(dirs, fs);
  }
  return fs.clone();
}

const baseDirCache = new WeakMap<readonly string[], ReadonlySet<string>>();
function baseDirSet(dirs: readonly string[]): ReadonlySet<string> {
  let set = baseDirCache.get(dirs);
  if (!set) {
    set = new Set(baseFs(dirs).all().map((e) => e.path));
    baseDirCache.set(dirs, set);
  }
  return set;
}

function lookupFor(state: StageState): Lookup {
  return state.scope.lookup;
}

function addRow(sim: Sim, state: StageState, instr: Instruction, createdBy: string, legacyCreatedBy: string, kind: StepKind, effects: string[], cacheKey: string, sizeKnown = true): number {
  const step = sim.step++;
  state.rows.push({ createdBy, legacyCreatedBy, emptyLayer: kind === 'metadata', instruction: instr.text, range: instr.range, stage: state.index, effects, cacheKey, kind, step, sizeKnown });
  return step;
}

function nop(state: StageState, text: string): string {
  const shell = state.config.Shell && state.config.Shell.length > 0 ? state.config.Shell : ['/bin/sh', '-c'];
  return `${shell.join(' ')} #(nop)  ${text}`;
}

function dispatch(sim: Sim, state: StageState, instr: Instruction, env: DispatchEnv): void {
  const lookup = lookupFor(state);
  const cfg = state.config;
  switch (instr.keyword) {
    case 'ARG': {
      const parts: string[] = [];
      for (const pair of instr.pairs) {
        let dflt: string | undefined;
        if (pair.rawValue !== null) dflt = expandOrReport(sim, pair.rawValue, lookup, pair.valueRange ?? pair.range);
        const provided = env.buildArgs.get(pair.key);
        if (provided !== undefined) env.consumed.add(pair.key);
        const fromGlobal = env.globalArgs.has(pair.key) ? env.globalArgs.get(pair.key) : env.autoArgs.get(pair.key);
        const value = provided ?? dflt ?? fromGlobal;
        if (state.scope.hasEnv(pair.key) && value !== undefined) {
          report(sim, 'info', 'arg-shadows-env', `ARG ${pair.key} comes after ENV ${pair.key}: the reference says ENV wins, but the BuildKit of Docker 20.10 expands later $${pair.key} to the ARG value (the image's Env keeps the ENV value). Avoid giving an ARG and an ENV the same name.`, pair.range);
        }
        if (provided === undefined && dflt === undefined && env.autoArgs.has(pair.key)) {
          sim.notes.add(`ARG ${pair.key}: BuildKit fills in the platform value (${env.autoArgs.get(pair.key) || 'empty'}); the legacy builder leaves it empty unless --build-arg sets it.`);
        }
        state.scope.declareArg(pair.key, value);
        parts.push(pair.rawValue !== null ? `${pair.key}=${dflt ?? ''}` : pair.key);
      }
      addRow(sim, state, instr, `ARG ${parts.join(' ')}`, nop(state, `ARG ${parts.join(' ')}`), 'metadata', [], `ARG ${parts.join(' ')}`);
      return;
    }
    case 'ENV': {
      // Every value of one ENV line is expanded with the variables as they were before the line
      // (`ENV a=1 b=$a` gives b the old a), then all are set.
      const assigned = instr.pairs.map((pair) => ({
        key: expandOrReport(sim, pair.rawKey, lookup, pair.keyRange) ?? pair.key,
        value: expandOrReport(sim, pair.rawValue ?? '', lookup, pair.valueRange ?? pair.range) ?? '',
      }));
      const parts: string[] = [];
      for (const { key, value } of assigned) {
        parts.push(`${key}=${value}`);
        cfg.Env = withEnv(cfg.Env, key, value);
        state.scope.setEnv(key, value);
      }
      addRow(sim, state, instr, `ENV ${parts.join(' ')}`, nop(state, `ENV ${parts.join(' ')}`), 'metadata', [], `ENV ${parts.join(' ')}`);
      return;
    }
    case 'LABEL': {
      const parts: string[] = [];
      const labels = { ...(cfg.Labels ?? {}) };
      for (const pair of instr.pairs) {
        const key = expandOrReport(sim, pair.rawKey, lookup, pair.keyRange) ?? pair.key;
        const value = expandOrReport(sim, pair.rawValue ?? '', lookup, pair.valueRange ?? pair.range) ?? '';
        labels[key] = value;
        parts.push(`${key}=${value}`);
      }
      cfg.Labels = labels;
      addRow(sim, state, instr, `LABEL ${parts.join(' ')}`, nop(state, `LABEL ${parts.join(' ')}`), 'metadata', [], '');
      return;
    }
    case 'MAINTAINER': {
      const text = instr.argsText;
      addRow(sim, state, instr, `MAINTAINER ${text}`, nop(state, `MAINTAINER ${text}`), 'metadata', ['sets the image Author field (not part of .Config); MAINTAINER is deprecated in favour of LABEL'], '');
      return;
    }
    case 'EXPOSE': {
      const ports = { ...(cfg.ExposedPorts ?? {}) };
      const legacy: string[] = [];
      for (const w of instr.args) {
        const value = expandOrReport(sim, w.raw, lookup, w.range);
        if (value === undefined) continue;
        legacy.push(value);
        const m = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i.exec(value);
        if (!m) {
          report(sim, 'error', 'invalid-port', `invalid port "${value}" in EXPOSE: use PORT, PORT/PROTO or START-END[/PROTO] with proto tcp, udp or sctp`, w.range);
          continue;
        }
        const lo = Number(m[1]);
        const hi = m[2] !== undefined ? Number(m[2]) : lo;
        const proto = (m[3] ?? 'tcp').toLowerCase();
        if (hi < lo || hi > 65535) {
          report(sim, 'error', 'invalid-port', `invalid port range "${value}" in EXPOSE`, w.range);
          continue;
        }
        for (let p = lo; p <= hi; p++) ports[`${p}/${proto}`] = {};
      }
      cfg.ExposedPorts = ports;
      const map = `map[${Object.keys(ports).sort().map((k) => `${k}:{}`).join(' ')}]`;
      const own = Object.keys(ports).filter((k) => legacy.length > 0 && k);
      void own;
      addRow(sim, state, instr, `EXPOSE ${map}`, nop(state, `EXPOSE ${[...legacy].sort().join(' ')}`), 'metadata', ['documents the ports; publishing needs docker run -p or -P'], '');
      return;
    }
    case 'WORKDIR': {
      const raw = instr.args[0];
      const value = raw ? expandOrReport(sim, raw.raw, lookup, raw.range) : undefined;
      if (value === undefined || value === '') {
        if (!raw) report(sim, 'error', 'workdir-missing', 'WORKDIR requires exactly one argument', instr.range);
        return;
      }
      const dir = resolveIn(cfg.WorkingDir === '' ? '/' : cfg.WorkingDir, value);
      cfg.WorkingDir = dir;
      const step = sim.step;
      const existed = state.fs.isDir(dir);
      state.fs.mkdirp(dir, ROOT_OWNER, step);
      const effects = [existed ? `working directory is now ${dir} (it already exists)` : `creates ${dir} and makes it the working directory`];
      addRow(sim, state, instr, `WORKDIR ${dir}`, nop(state, `WORKDIR ${dir}`).replace('#(nop)  ', '#(nop) '), 'layer', effects, `WORKDIR ${dir}`);
      return;
    }
    case 'USER': {
      const raw = instr.args[0];
      const value = raw ? expandOrReport(sim, raw.raw, lookup, raw.range) : undefined;
      if (value === undefined) {
        if (!raw) report(sim, 'error', 'user-missing', 'USER requires exactly one argument', instr.range);
        return;
      }
      cfg.User = value;
      const name = value.split(':')[0] ?? '';
      const effects = [`later RUN, CMD and ENTRYPOINT run as ${value}`];
      if (!/^\d+$/.test(name) && !state.users.users.has(name) && state.baseKnown) effects.push(`no user "${name}" is known in this image yet: the container fails to start unless the base image has it`);
      addRow(sim, state, instr, `USER ${value}`, nop(state, `USER ${value}`), 'metadata', effects, '');
      return;
    }
    case 'VOLUME': {
      const vols = { ...(cfg.Volumes ?? {}) };
      const list: string[] = [];
      const words = instr.command?.form === 'exec' ? instr.command.items : instr.args;
      for (const w of words) {
        const value = expandOrReport(sim, instr.command?.form === 'exec' ? w.value : w.raw, lookup, w.range);
        if (value === undefined) continue;
        if (value.trim() === '') {
          report(sim, 'error', 'volume-empty', 'VOLUME specified can not be an empty string', w.range);
          continue;
        }
        // VOLUME only records the mount point: BuildKit does not create the directory.
        vols[value] = {};
        list.push(value);
      }
      cfg.Volumes = vols;
      addRow(sim, state, instr, `VOLUME ${goSlice(list)}`, nop(state, `VOLUME ${goSlice(list)}`), 'metadata', [`marks ${list.join(', ')} as mount point(s): each container gets an anonymous volume there. BuildKit keeps what later steps write under it; the legacy builder discards changes a later RUN makes there`], '');
      return;
    }
    case 'STOPSIGNAL': {
      const raw = instr.args[0];
      const value = raw ? expandOrReport(sim, raw.raw, lookup, raw.range) : undefined;
      if (value === undefined) return;
      if (!/^(SIG[A-Z0-9+-]+|\d+)$/.test(value)) report(sim, 'error', 'invalid-signal', `invalid signal: ${value}`, raw?.range ?? instr.range);
      cfg.StopSignal = value;
      addRow(sim, state, instr, `STOPSIGNAL ${value}`, nop(state, `STOPSIGNAL ${value}`), 'metadata', [`docker stop sends ${value} first`], '');
      return;
    }
    case 'SHELL': {
      if (instr.command?.form !== 'exec') {
        report(sim, 'error', 'shell-not-json', 'SHELL requires the arguments to be in JSON form', instr.argsRange ?? instr.range);
        return;
      }
      const shell = instr.command.items.map((w) => w.value);
      const legacy = nop(state, `SHELL ${goSlice(shell)}`);
      cfg.Shell = shell;
      addRow(sim, state, instr, `SHELL ${goSlice(shell)}`, legacy.replace(/^.* #\(nop\)/, `${shell.join(' ')} #(nop)`), 'metadata', [`later shell-form RUN, CMD and ENTRYPOINT run through ${shell.join(' ')}`], '');
      return;
    }
    case 'CMD':
    case 'ENTRYPOINT': {
      if (!instr.command) return;
      const form = instr.command.form;
      const argv = form === 'exec' ? instr.command.items.map((w) => w.value) : wrapShell(instr.command.text, cfg.Shell);
      const legacy = nop(state, `${instr.keyword} ${goQuoteSlice(argv)}`);
      if (instr.keyword === 'CMD') {
        cfg.Cmd = argv;
        cfg.ArgsEscaped = true;
        // dispatchCmd sets it on every platform, in Docker 20.10 and in current BuildKit alike.
        sim.notes.add('CMD: BuildKit (Docker 20.10 and current releases alike) marks the config "ArgsEscaped": true, a flag that only matters on Windows; the legacy builder leaves it out.');
        if (state.cmdSet) sim.notes.add(`Only the last CMD counts: the CMD at line ${instr.range.start.line} replaces an earlier one.`);
        state.cmdSet = true;
        state.commands.cmd = { argv, form };
      } else {
        cfg.Entrypoint = argv;
        state.commands.entrypoint = { argv, form };
        if (!state.cmdSet) {
          cfg.Cmd = null;
          state.commands.cmd = null;
        }
      }
      const effects = instr.keyword === 'ENTRYPOINT' && !state.cmdSet ? ['resets the CMD inherited from the base image'] : [];
      addRow(sim, state, instr, `${instr.keyword} ${goQuoteSlice(argv)}`, legacy, 'metadata', effects, '');
      return;
    }
    case 'HEALTHCHECK': {
      const type = instr.healthcheckType?.value.toUpperCase();
      let hc: Healthcheck;
      if (type === 'NONE') hc = { Test: ['NONE'] };
      else if (type === 'CMD' && instr.command) {
        const test = instr.command.form === 'exec' ? ['CMD', ...instr.command.items.map((w) => w.value)] : ['CMD-SHELL', instr.command.text];
        const durations: Record<string, number> = {};
        let retries = 0;
        for (const flag of instr.flags) {
          if (['interval', 'timeout', 'start-period'].includes(flag.name)) {
            const ns = parseGoDuration(flag.value ?? '');
            if (ns === undefined) report(sim, 'error', 'invalid-duration', `time: invalid duration "${flag.value ?? ''}" in --${flag.name}`, flag.range);
            else if (ns !== 0 && ns < 1e6) report(sim, 'error', 'duration-too-short', `Interval "${flag.name}" cannot be less than 1ms`, flag.range);
            else durations[flag.name] = ns;
          } else if (flag.name === 'retries') {
            const n = Number(flag.value);
            if (!Number.isInteger(n) || n < 0) report(sim, 'error', 'invalid-retries', `--retries must be a non-negative integer, got "${flag.value ?? ''}"`, flag.range);
            else retries = n;
          } else report(sim, 'error', 'unknown-flag', `Unknown flag: ${flag.name}`, flag.range);
        }
        hc = { Test: test, ...(durations.interval ? { Interval: durations.interval } : {}), ...(durations.timeout ? { Timeout: durations.timeout } : {}), ...(durations['start-period'] ? { StartPeriod: durations['start-period'] } : {}), ...(retries ? { Retries: retries } : {}) };
      } else {
        report(sim, 'error', 'healthcheck-type', 'HEALTHCHECK needs CMD followed by a command, or NONE', instr.range);
        return;
      }
      cfg.Healthcheck = hc;
      const text = `HEALTHCHECK &{${goQuoteSlice(hc.Test)} "${goDuration(hc.Interval ?? 0)}" "${goDuration(hc.Timeout ?? 0)}" "${goDuration(hc.StartPeriod ?? 0)}" ${goQuoteRune(hc.Retries ?? 0)}}`;
      addRow(sim, state, instr, text, nop(state, text), 'metadata', [type === 'NONE' ? 'turns off any health check inherited from the base image' : 'docker runs this check inside the container; defaults: every 30s, 30s timeout, 3 retries'], '');
      return;
    }
    case 'ONBUILD': {
      const trigger = instr.argsText;
      const upper = trigger.split(/\s+/)[0]?.toUpperCase() ?? '';
      if (upper === 'ONBUILD' || upper === 'FROM' || upper === 'MAINTAINER') {
        report(sim, 'error', 'onbuild-forbidden', `${upper} isn't allowed as an ONBUILD trigger`, instr.argsRange ?? instr.range);
        return;
      }
      cfg.OnBuild = [...(cfg.OnBuild ?? []), trigger];
      sim.notes.add('ONBUILD: BuildKit (Docker 20.10 and current releases alike) records the trigger in .Config.OnBuild without a history row; the legacy builder also writes a "#(nop)  ONBUILD ..." history row.');
      return;
    }
    case 'RUN': {
      if (!instr.command) return;
      const command = instr.command;
      const form = command.form;
      let script = command.form === 'shell' ? command.text : '';
      if (instr.heredocs.length > 0 && !sim.frontend.heredocs) report(sim, 'error', 'heredoc-unsupported', 'here-documents need Dockerfile frontend 1.4 or later (built into every current Docker release, or # syntax=docker/dockerfile:1); the builder of Docker 20.10 runs this line without them', instr.range);
      else if (instr.heredocs.length > 0 && command.form === 'shell') script = heredocScript(command.text, instr.heredocs);
      const argv = command.form === 'exec' ? command.items.map((w) => w.value) : wrapShell(script, cfg.Shell);
      const declared = state.scope.runArgs(sim.frontend.inheritedArgsInRunHistory).map((a) => `${a.key}=${state.scope.runValue(a)}`);
      const prefix = declared.length > 0 ? `|${declared.length} ${declared.join(' ')} ` : '';
      const proxies = PROXY_ARGS.filter((p) => env.buildArgs.has(p));
      for (const p of proxies) env.consumed.add(p);
      for (const f of instr.flags) {
        if (f.name !== 'mount' || !f.value) continue;
        const mount = readMount(f.value);
        if ('error' in mount) continue; // the validator reports it
        // Without target= BuildKit mounts at the working directory, and refuses "/" (checked on Docker 20.10).
        const workdirIsRoot = cfg.WorkingDir === '/' || (cfg.WorkingDir === '' && state.baseKnown);
        if (mount.target === '' && mount.type !== 'secret' && mount.type !== 'ssh' && workdirIsRoot) {
          report(sim, 'error', 'invalid-mount-target', 'invalid mount target "/": without target= the mount goes to the working directory, which is / here; give it a target path', f.range);
        }
      }
      const missing = missingExecutable(state, argv[0] ?? '');
      if (missing) report(sim, 'error', 'run-no-executable', `RUN cannot start: ${missing}. Every file of this stage is known (it starts FROM scratch), and nothing put the program there: copy one in first (e.g. a static busybox) or use a base image that has it`, instr.range);
      const step = sim.step;
      const owner = ownerOf(state);
      const outcome = simulateRun(form === 'exec' ? argv : script, state.fs, step, cfg.WorkingDir || '/', owner, state.users);
      if (!outcome.complete) state.unknownWrites = true;
      const envKey = [...(cfg.Env ?? [])].join('\n');
      addRow(sim, state, instr, `RUN ${prefix}${argv.join(' ')} # buildkit`, `${prefix}${argv.join(' ')}`, 'layer', outcome.effects, `RUN ${prefix}${argv.join(' ')}\n${envKey}\nuser=${cfg.User}\nwd=${cfg.WorkingDir}`, outcome.complete);
      return;
    }
    case 'COPY':
    case 'ADD': {
      dispatchCopy(sim, state, instr, env.names, (createdBy, legacy, effects, key, sizeKnown) => addRow(sim, state, instr, createdBy, legacy, 'layer', effects, key, sizeKnown));
      return;
    }
    case 'FROM':
      return;
    default:
      report(sim, 'error', 'unknown-instruction', `unknown instruction: ${instr.keywordText}`, instr.keywordRange);
  }
}

/**
 * The command a current frontend runs for `RUN <<EOF` (dispatchRun in moby/buildkit convert.go): a line that
 * is only one here-document runs its body as the shell script (a body starting with #! is mounted at
 * /dev/pipes/NAME and run as a file instead); anything else passes the line with the bodies and their
 * terminators appended, for the shell to read. The history text shows this command.
 */
function heredocScript(line: string, heredocs: readonly Heredoc[]): string {
  const only = heredocs.length === 1 ? heredocs[0] : undefined;
  if (only && /^\d*<<-?(["']?)[^\s"']+\1$/.test(line.trim())) {
    const body = only.chomp ? only.content.replace(/^\t+/gm, '') : only.content;
    return body.startsWith('#!') ? `/dev/pipes/${only.name}` : body;
  }
  return line + heredocs.map((h) => `\n${h.content}${h.name}`).join('');
}

const ROOT_OWNER: Owner = { uid: 0, gid: 0 };

function ownerOf(state: StageState): Owner {
  const [u = '', g] = state.config.User.split(':');
  if (u === '') return ROOT_OWNER;
  const user = /^\d+$/.test(u) ? { uid: Number(u), gid: Number(u) } : state.users.users.get(u);
  if (!user) return ROOT_OWNER;
  const gid = g === undefined ? user.gid : /^\d+$/.test(g) ? Number(g) : (state.users.groups.get(g) ?? user.gid);
  return { uid: user.uid, gid };
}

export type { StageState };

// Built field by field on purpose: when these rows were made as `{ ...row, changes, size, wastedBytes }`,
// V8 (Node 20) promoted about half a megabyte to the old generation at every scavenge, tripling its pause
// and forcing frequent full collections (measured; test/sim/gc-pressure.test.ts guards it).
function historyRow(r: Row, changes: FsChange[], wastedBytes: number): HistoryRow {
  let size = 0;
  for (const c of changes) if (c.kind !== 'removed') size += c.size;
  return {
    createdBy: r.createdBy,
    legacyCreatedBy: r.legacyCreatedBy,
    emptyLayer: r.emptyLayer,
    instruction: r.instruction,
    range: r.range,
    stage: r.stage,
    size: r.kind === 'metadata' ? 0 : r.sizeKnown ? size : null,
    changes,
    wastedBytes,
    effects: r.effects,
    cacheKey: r.cacheKey,
    kind: r.kind,
  };
}

function finish(sim: Sim, target: number, buildArgs: Map<string, string>, consumed: Set<string>): SimulationResult {
  const unused = [...buildArgs.keys()].filter((k) => !consumed.has(k) && !PROXY_ARGS.includes(k));
  if (unused.length > 0) {
    const docRange = sim.stages[0]?.range ?? { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
    report(sim, 'warning', 'unused-build-arg', `build argument(s) ${unused.sort().join(', ')} were given but no ARG declares them: they are ignored ("[Warning] One or more build-args [${unused.join(' ')}] were not consumed")`, docRange);
  }

  // Stages the target needs, transitively; BuildKit skips the others.
  const needed = new Set<number>();
  const visit = (i: number) => {
    if (needed.has(i)) return;
    needed.add(i);
    for (const d of sim.stages[i]?.dependsOn ?? []) visit(d);
  };
  if (sim.stages.length > 0) visit(Math.min(target, sim.stages.length - 1));
  if (sim.stages.some((s) => !needed.has(s.index))) {
    sim.notes.add('BuildKit builds only the stages the target needs; the legacy builder builds every stage up to the target.');
  }

  const stages: StageResult[] = sim.stages.map((s) => {
    const steps = s.rows.map((r) => r.step);
    const waste = wastedBytes(s.fs, steps);
    const history: HistoryRow[] = s.rows.map((r) => historyRow(r, s.fs.changesOf(r.step), waste.get(r.step) ?? 0));
    return {
      index: s.index,
      name: s.name,
      base: s.base,
      baseStage: s.baseStage,
      baseKnown: s.baseKnown,
      dependsOn: [...s.dependsOn].sort((a, b) => a - b),
      used: needed.has(s.index),
      range: s.range,
      config: s.config,
      history,
      files: s.fs.all(),
      commands: s.commands,
    };
  });

  // Errors inside stages the target does not need do not stop a BuildKit build.
  const diagnostics = sim.diagnostics.map((d) => {
    const stage = sim.stages.find((s) => s.from.range.start.offset <= d.range.start.offset && d.range.start.offset <= (s.instructions[s.instructions.length - 1]?.range.end.offset ?? s.from.range.end.offset));
    if (stage && !needed.has(stage.index) && d.severity === 'error' && d.code !== 'bad-substitution') {
      return { ...d, severity: 'warning' as const, message: `${d.message} (in stage ${stage.name ?? stage.index}, which the target does not need: BuildKit skips it)` };
    }
    return d;
  });

  const final = stages[Math.min(target, stages.length - 1)];
  return {
    ok: !diagnostics.some((d) => d.severity === 'error'),
    frontend: sim.frontend.version,
    stages,
    target,
    config: final?.config ?? EMPTY_CONFIG,
    history: final?.history ?? [],
    files: final?.files ?? [],
    diagnostics,
    builderNotes: [...sim.notes],
  };
}
