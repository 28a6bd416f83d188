// COPY and ADD: resolving sources in the context (or another stage), wildcards, the destination rules
// (trailing slash, existing directory, relative to WORKDIR), --chown/--chmod, ADD's URL and local-tar
// behaviour, and the history text BuildKit writes.
import type { Heredoc, Instruction } from '../dockerfile/ast';
import { lookupImage } from '../catalog/index';
import { looksLikeArchive, addEntry } from './context';
import { cleanPath, compileGlob, hasWildcard } from './match';
import { resolveOwner } from './run';
import type { Sim, StageState } from './simulate';
import { report, expandOrReport } from './simulate';
import { VirtualFs, baseName, resolveIn, type FsEntry, type Owner } from './vfs';
import { certainlyAbsent, contentsKnown } from './knowledge';

type Commit = (createdBy: string, legacyCreatedBy: string, effects: string[], cacheKey: string, sizeKnown: boolean) => number;

interface Source {
  readonly fs: VirtualFs;
  /** Label for messages: "the build context" or "stage build". */
  readonly label: string;
  readonly fromContext: boolean;
  readonly stage: number | null;
  /** False for an image we know nothing about (COPY --from=some/image). */
  readonly known: boolean;
  /** The earlier stage copied from, whose simulated files may be incomplete (see knowledge.ts). */
  readonly stageState?: StageState;
}

export function dispatchCopy(sim: Sim, state: StageState, instr: Instruction, names: ReadonlyMap<string, number>, commit: Commit): void {
  const isAdd = instr.keyword === 'ADD';
  const lookup = state.scope.lookup;
  const words = instr.command?.form === 'exec' ? instr.command.items.map((w) => ({ raw: w.value, range: w.range })) : instr.args.map((w) => ({ raw: w.raw, range: w.range }));
  if (words.length < 2) {
    report(sim, 'error', 'copy-args', `${instr.keyword} requires at least two arguments, but only one was provided. Destination could not be determined.`, instr.argsRange ?? instr.range);
    return;
  }
  const expanded = words.map((w) => expandOrReport(sim, w.raw, lookup, w.range));
  if (expanded.some((e) => e === undefined)) return;
  const values = expanded as string[];
  const destRaw = values[values.length - 1] as string;
  const sources = values.slice(0, -1);
  const flag = (name: string) => instr.flags.find((f) => f.name === name);
  for (const f of instr.flags) {
    const allowed = isAdd ? ['chown', 'chmod'] : ['chown', 'chmod', 'from'];
    if (!allowed.includes(f.name)) report(sim, 'error', 'unknown-flag', `Unknown flag: ${f.name}${f.name === 'from' && isAdd ? ' (ADD has no --from; use COPY --from)' : ''}`, f.range);
  }

  // Where the sources come from.
  const fromFlag = flag('from');
  let source: Source = { fs: sim.context.fs, label: 'the build context', fromContext: true, stage: null, known: true };
  if (fromFlag && fromFlag.value !== null) {
    const from = fromFlag.value.toLowerCase();
    const byName = names.get(from);
    const byIndex = /^\d+$/.test(from) ? Number(from) : undefined;
    const stageIdx = byName !== undefined && byName < state.index ? byName : byIndex;
    if (stageIdx !== undefined) {
      const other = sim.stages[stageIdx];
      if (!other || stageIdx >= state.index) {
        report(sim, 'error', 'copy-from-stage', `COPY --from=${fromFlag.value}: stage index ${stageIdx} is not an earlier stage of this Dockerfile`, fromFlag.range);
        return;
      }
      source = { fs: other.fs, label: `stage ${other.name ?? other.index}`, fromContext: false, stage: stageIdx, known: other.baseKnown, stageState: other };
      state.dependsOn.add(stageIdx);
    } else {
      if (byName !== undefined && sim.frontend.copyFromLaterStage === 'error') {
        // Current frontends refuse the forward reference (moby/buildkit#4568, frontend 1.7 / BuildKit 0.13:
        // dispatch() checks that the source stage was dispatched first).
        const here = state.name ?? `stage-${state.index}`;
        report(sim, 'error', 'copy-from-later-stage', `cannot copy from stage "${fromFlag.value}", it needs to be defined before current stage "${here}" (Dockerfile frontend 1.7 and later refuse this; Docker 20.10 silently read that stage's base image). Move the stage above this one.`, fromFlag.range);
        state.dependsOn.add(byName);
        return;
      }
      if (byName !== undefined) {
        // Checked on Docker 20.10: BuildKit resolves the name but reads the stage before any of its
        // instructions ran (only its base image), so files its steps create are missing.
        report(sim, 'warning', 'copy-from-later-stage', `--from=${fromFlag.value} names a stage defined after this one: the BuildKit of Docker 20.10 reads that stage as it is before its own instructions run (just its base image), so files its steps create are not there; Dockerfile frontend 1.7 and later fail instead. Define the stage before the COPY that uses it.`, fromFlag.range);
        const later = groupsBase(sim, byName);
        state.dependsOn.add(byName);
        source = { fs: VirtualFs.withDirs(lookupImage(later)?.dirs ?? []), label: `stage ${fromFlag.value} (before its steps)`, fromContext: false, stage: null, known: false };
      } else {
        source = { fs: VirtualFs.withDirs(lookupImage(fromFlag.value)?.dirs ?? []), label: `image ${fromFlag.value}`, fromContext: false, stage: null, known: false };
        report(sim, 'info', 'copy-from-image', `COPY --from=${fromFlag.value} reads from the image ${fromFlag.value}: its files are unknown to the simulator`, fromFlag.range);
      }
    }
  }

  // Ownership and mode.
  let owner: Owner = { uid: 0, gid: 0 };
  const chown = flag('chown');
  if (chown?.value) {
    const value = expandOrReport(sim, chown.value, lookup, chown.range) ?? chown.value;
    const resolved = resolveOwner(value, state.users);
    if (resolved) owner = resolved;
    // BuildKit's file op only sets the ids when it finds the name in /etc/passwd or /etc/group (readUser in
    // solver/llbsolver/file/user_linux.go, unchanged since Docker 20.10), so an unknown name means root.
    // The catalog does not list a base distribution's own accounts, so the name may exist: say both outcomes.
    else report(sim, 'warning', 'chown-unknown-user', `--chown=${value}: the simulator does not know this user or group in this stage (it knows root, nobody, accounts the image's Dockerfile adds and ones a RUN useradd/adduser made), so it shows the files as root's. If the image's /etc/passwd or /etc/group has it, BuildKit gives the files its ids; if not, BuildKit (Docker 20.10 and current releases alike) silently leaves them owned by root (uid/gid 0) and the legacy builder fails ("unable to convert uid/gid chown string to host mapping")`, chown.range);
  }
  let mode: number | undefined;
  const chmod = flag('chmod');
  if (chmod?.value) {
    if (!/^[0-7]{1,4}$/.test(chmod.value)) report(sim, 'error', 'invalid-chmod', `invalid chmod parameter "${chmod.value}": use an octal mode such as 755`, chmod.range);
    else mode = parseInt(chmod.value, 8);
    sim.notes.add('COPY/ADD --chmod needs BuildKit: the legacy builder refuses it ("the --chmod option requires BuildKit").');
  }

  const workdir = state.config.WorkingDir === '' ? '/' : state.config.WorkingDir;
  const destIsDirSyntax = destRaw.endsWith('/') || destRaw === '.' || destRaw.endsWith('/.') || destRaw === '..';
  const dest = resolveIn(workdir, destRaw);
  const step = sim.step;
  const effects: string[] = [];
  const keyParts: string[] = [];
  let sizeKnown = source.known;
  let matchedCount = 0;

  for (const [i, src] of sources.entries()) {
    const range = words[i]?.range ?? instr.range;
    const doc = sim.frontend.heredocs ? heredocSource(src, instr) : undefined;
    if (doc) {
      // dispatchCopy (convert_copy.go) writes each here-document as a file named after its delimiter
      // (mode 0644 unless --chmod) and copies it like any other source.
      const content = doc.chomp ? doc.content.replace(/^\t+/gm, '') : doc.content;
      const at = destIsDirSyntax || state.fs.isDir(dest) ? resolveIn(dest, doc.name) : dest;
      state.fs.writeFile(at, { size: new TextEncoder().encode(content).length, mode: mode ?? 0o644, content }, owner, step);
      effects.push(`writes the here-document ${doc.name} to ${at}`);
      keyParts.push(`heredoc:${doc.name}:${content}`);
      matchedCount++;
      continue;
    }
    if (isAdd && /^https?:\/\//i.test(src)) {
      let urlPath: string;
      try {
        urlPath = new URL(src).pathname;
      } catch {
        report(sim, 'error', 'invalid-url', `ADD source ${src} is not a valid URL`, range);
        continue;
      }
      const name = baseName(urlPath || '/') || 'index.html';
      const at = destIsDirSyntax ? resolveIn(dest, name) : dest;
      state.fs.writeFile(at, { size: 0, mode: mode ?? 0o600 }, owner, step);
      effects.push(`downloads ${src} to ${at} at build time (size unknown; a URL is never extracted, even a tar)`);
      keyParts.push(`url:${src}`);
      sizeKnown = false;
      matchedCount++;
      continue;
    }
    const rel = cleanPath(src);
    if (rel === '..' || rel.startsWith('../')) {
      // dispatchCopy cleans every source against "/" (system.NormalizePath), in 20.10 and current BuildKit.
      report(sim, 'warning', 'source-outside-context', `${src} points outside the build context: BuildKit (Docker 20.10 and current releases alike) resolves it inside the context root (as ${resolveIn('/', src)}); the legacy builder fails with "forbidden path outside the build context"`, range);
    }
    const abs = resolveIn('/', src);
    const matches = hasWildcard(abs) ? globMatches(source.fs, abs) : source.fs.exists(abs) ? [abs] : [];
    if (matches.length === 0) {
      if (!source.known) {
        effects.push(`copies ${src} from ${source.label} (contents unknown)`);
        sizeKnown = false;
        state.unknownWrites = true;
        continue;
      }
      if (source.stageState && !hasWildcard(abs) && !certainlyAbsent(source.stageState, abs)) {
        // The base image or a RUN we do not simulate may have made it: never predict a failure we cannot know.
        effects.push(`copies ${abs} from ${source.label}: not among the files the simulator knows there (the base image's files and the output of unsimulated RUN steps are not listed); docker fails if it is not there`);
        sizeKnown = false;
        state.unknownWrites = true;
        continue;
      }
      if (hasWildcard(abs)) {
        // AllowEmptyWildcard: true in dispatchCopy (convert_copy.go), in 20.10 and current BuildKit.
        effects.push(`${src} matches nothing: BuildKit (Docker 20.10 and current releases alike) copies nothing and goes on (the legacy builder fails: "no source files were specified")`);
        continue;
      }
      const excluded = source.fromContext && sim.context.excluded.some((e) => '/' + e.path === abs || abs.startsWith('/' + e.path + '/'));
      report(sim, 'error', 'source-not-found', `failed to compute cache key: "${abs}" not found: not found${excluded ? ' (.dockerignore excludes it)' : source.fromContext ? ' (no such file in the build context)' : ` (no such path in ${source.label})`}`, range);
      continue;
    }
    matchedCount += matches.length;
    for (const m of matches) {
      const entry = source.fs.get(m) as FsEntry;
      const archive = isAdd && source.fromContext ? sim.context.archives.get(m) : undefined;
      if (isAdd && source.fromContext && (archive || looksLikeArchive(m)) && entry.type === 'file') {
        const into = dest;
        state.fs.mkdirp(into, { uid: 0, gid: 0 }, step);
        if (archive) {
          for (const member of archive) addEntry(state.fs, resolveIn(into, member.path), member, step);
          effects.push(`extracts the archive ${m.slice(1)} into ${into} (${archive.length} entries)`);
        } else {
          effects.push(`extracts the archive ${m.slice(1)} into ${into} (its contents were not given)`);
          sizeKnown = false;
          state.unknownWrites = true;
        }
        keyParts.push(`archive:${m}:${entry.size}:${entry.content ?? ''}`);
        continue;
      }
      if (entry.type === 'dir') {
        // A directory source copies what it holds, not the directory itself.
        const target = dest;
        if (source.stageState && !contentsKnown(source.stageState, m)) {
          effects.push(`${m} in ${source.label} may hold files the simulator cannot list (from the base image or an unsimulated RUN): only the known ones are shown`);
          sizeKnown = false;
          state.unknownWrites = true;
        }
        state.fs.mkdirp(target, { uid: 0, gid: 0 }, step);
        for (const child of source.fs.under(m)) place(state, child, target + child.path.slice(m === '/' ? 0 : m.length), owner, mode, step);
        effects.push(`copies the contents of ${m === '/' ? 'the context root' : m.slice(1) + '/'} into ${target}`);
        keyParts.push(...source.fs.under(m).map((c) => `${c.path}:${c.size}:${c.mode}:${c.content ?? ''}`));
      } else {
        const target = destIsDirSyntax || state.fs.isDir(dest) || sources.length > 1 && destIsDirSyntax ? resolveIn(dest, baseName(m)) : dest;
        place(state, entry, target, owner, mode, step);
        effects.push(`copies ${source.fromContext ? m.slice(1) : m} to ${target}`);
        keyParts.push(`${m}:${entry.size}:${entry.mode}:${entry.content ?? ''}`);
      }
    }
  }
  if ((sources.length > 1 || matchedCount > 1) && !destIsDirSyntax) {
    // Only the legacy builder checks this; BuildKit (20.10 and current) adds one copy action per source.
    report(sim, 'warning', 'copy-multiple-dest', `When using ${instr.keyword} with more than one source file, the destination must be a directory and end with a /: the legacy builder fails here; BuildKit (Docker 20.10 and current releases alike) copies each source onto ${dest} in turn, so only the last one remains`, words[words.length - 1]?.range ?? instr.range);
  }
  const createdBy = `${instr.keyword} ${sources.join(' ')} ${destRaw} # buildkit`;
  const legacy = `/bin/sh -c #(nop) ${instr.keyword} ${sources.length > 1 || matchedCount > 1 ? 'multi' : 'file'}:… in ${destRaw} `;
  commit(createdBy, legacy, effects, `${createdBy}\nfrom=${source.label}\nchown=${owner.uid}:${owner.gid}\nchmod=${mode ?? ''}\n${keyParts.join('\n')}`, sizeKnown);
}

/** The here-document a `<<NAME` source word stands for, if the instruction has one by that name. */
function heredocSource(src: string, instr: Instruction): Heredoc | undefined {
  const m = /^<<-?(["']?)([^\s"']+)\1$/.exec(src);
  return m ? instr.heredocs.find((h) => h.name === m[2]) : undefined;
}

/** The base image a stage (possibly not dispatched yet) starts FROM. */
function groupsBase(sim: Sim, index: number): string {
  return sim.stageBases[index] ?? '';
}

function place(state: StageState, entry: FsEntry, at: string, owner: Owner, mode: number | undefined, step: number): void {
  if (entry.type === 'dir') state.fs.mkdirp(at, owner, step, mode ?? entry.mode);
  else if (entry.type === 'symlink') state.fs.symlink(at, entry.target ?? '', owner, step);
  else state.fs.writeFile(at, { size: entry.size, mode: mode ?? entry.mode, ...(entry.content !== undefined ? { content: entry.content } : {}) }, owner, step);
  // Copied directories keep their mode; new parents belong to root.
}

/** Paths of `fs` matching an absolute wildcard pattern, one component at a time (like filepath.Glob). */
function globMatches(fs: VirtualFs, pattern: string): string[] {
  const parts = pattern.split('/').filter(Boolean);
  let current = ['/'];
  for (const part of parts) {
    const next: string[] = [];
    for (const dir of current) {
      if (!hasWildcard(part)) {
        const p = resolveIn(dir, part.replace(/\\(.)/g, '$1'));
        if (fs.exists(p)) next.push(p);
        continue;
      }
      const compiled = compileGlob(part);
      if (!compiled.ok) continue;
      for (const child of fs.under(dir)) {
        const rest = child.path.slice(dir === '/' ? 1 : dir.length + 1);
        if (!rest.includes('/') && compiled.regex.test(rest)) next.push(child.path);
      }
    }
    current = next;
  }
  return current.sort();
}
