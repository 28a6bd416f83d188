// The validator: every error `docker build` (BuildKit's Dockerfile frontend) raises before running any
// step — instruction parsing (instructions/parse.go) and conversion to a build graph (dockerfile2llb) —
// each reported at the exact range of the offending token. Pure; never throws.
import type { Dockerfile, Instruction, Range } from '../dockerfile/ast';
import { stagesOf } from '../dockerfile/stages';
import type { Diagnostic } from '../diagnostics';
import { checkFlags } from './flags';
import { parseGoDuration } from './duration';
import { checkPortSpec } from './ports';
import { isValidSignal } from './signals';
import { suggestKeyword } from './suggest';
import { checkImageReference } from './reference';
import { checkPlatform } from './platform';

/** Lesson each validator error links to. */
const LESSON: Record<string, string> = {
  FROM: 'from-and-arg', ARG: 'from-and-arg', RUN: 'run-and-shell', SHELL: 'run-and-shell', CMD: 'cmd-vs-entrypoint',
  ENTRYPOINT: 'cmd-vs-entrypoint', COPY: 'copy-and-add', ADD: 'copy-and-add', ENV: 'env-arg-label', LABEL: 'env-arg-label',
  MAINTAINER: 'env-arg-label', WORKDIR: 'workdir-user-expose-volume', USER: 'workdir-user-expose-volume',
  EXPOSE: 'workdir-user-expose-volume', VOLUME: 'workdir-user-expose-volume', HEALTHCHECK: 'healthcheck-stopsignal-onbuild',
  STOPSIGNAL: 'healthcheck-stopsignal-onbuild', ONBUILD: 'healthcheck-stopsignal-onbuild',
};

const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;

class Collector {
  readonly out: Diagnostic[] = [];
  add(code: string, message: string, range: Range, lesson = 'dockerfile-basics'): void {
    this.out.push({ source: 'validate', code, severity: 'error', message, range, lessonId: lesson });
  }
}

function hasVar(s: string): boolean {
  return s.includes('$');
}

function checkDuration(c: Collector, ins: Instruction, name: string): void {
  const f = ins.flags.find((x) => x.name === name);
  if (!f || f.value === null || f.value === '' || hasVar(f.value)) return;
  const r = parseGoDuration(f.value);
  const at = f.valueRange ?? f.range;
  if (!r.ok) c.add('invalid-duration', `--${name}: ${r.error}`, at, LESSON.HEALTHCHECK);
  // Current BuildKit treats 0 as "use the default" and rejects anything else under 1ms (negative
  // included). Docker 20.10's built-in frontend also rejected 0.
  else if (r.nanos !== 0 && r.nanos < 1e6) c.add('invalid-duration', `Interval "${name}" cannot be less than 1ms`, at, LESSON.HEALTHCHECK);
}

function checkHealthcheck(c: Collector, ins: Instruction): void {
  const typ = ins.healthcheckType;
  if (!typ) return;
  const t = typ.raw.toUpperCase();
  if (t === 'NONE') {
    if (ins.command) c.add('healthcheck-none-args', 'HEALTHCHECK NONE takes no arguments', ins.command.range, LESSON.HEALTHCHECK);
    return;
  }
  if (t !== 'CMD') {
    c.add('healthcheck-type', `Unknown type "${t}" in HEALTHCHECK (try CMD)`, typ.range, LESSON.HEALTHCHECK);
    return;
  }
  const cmd = ins.command;
  if (!cmd || (cmd.form === 'exec' && cmd.items.length === 0)) {
    c.add('healthcheck-missing-command', 'Missing command after HEALTHCHECK CMD', typ.range, LESSON.HEALTHCHECK);
  }
  for (const d of ['interval', 'timeout', 'start-period', 'start-interval']) checkDuration(c, ins, d);
  const retries = ins.flags.find((x) => x.name === 'retries');
  if (retries && retries.value !== null && !hasVar(retries.value)) {
    const at = retries.valueRange ?? retries.range;
    if (!/^[+-]?\d+$/.test(retries.value) || Math.abs(Number(retries.value)) > 2147483647) {
      // BuildKit passes Go's strconv.ParseInt error through unchanged.
      const why = /^[+-]?\d+$/.test(retries.value) ? 'value out of range' : 'invalid syntax';
      c.add('invalid-flag-value', `strconv.ParseInt: parsing ${JSON.stringify(retries.value)}: ${why}`, at, LESSON.HEALTHCHECK);
    } else if (Number(retries.value) < 0) {
      c.add('invalid-flag-value', `--retries cannot be negative (${retries.value})`, at, LESSON.HEALTHCHECK);
    }
  }
}

function needArgs(c: Collector, ins: Instruction, kind: 'one' | 'atLeastOne'): boolean {
  if (ins.args.length === 0) {
    const msg = kind === 'one' ? `${ins.keyword} requires exactly one argument` : `${ins.keyword} requires at least one argument`;
    c.add('missing-argument', msg, ins.keywordRange, LESSON[ins.keyword]);
    return false;
  }
  return true;
}

/** Checks one instruction on its own (what BuildKit's ParseInstruction and dispatch check). */
function checkInstruction(c: Collector, ins: Instruction): void {
  const lesson = LESSON[ins.keyword] ?? 'dockerfile-basics';
  if (!ins.known) {
    const guess = suggestKeyword(ins.keyword);
    // BuildKit prints the word as written and fits the suggestion to its case (util/suggest matchCase).
    const word = ins.keywordText;
    const fitted = guess && word !== word.toUpperCase() ? guess.toLowerCase() : guess;
    c.add(
      'unknown-instruction',
      `unknown instruction: ${word}${fitted ? ` (did you mean ${fitted}?)` : ''}`,
      ins.keywordRange,
    );
    return;
  }
  for (const p of checkFlags(ins)) {
    c.add(p.onValue ? 'invalid-flag-value' : 'invalid-flag', p.message, p.onValue ? (p.flag.valueRange ?? p.flag.range) : p.flag.range, lesson);
  }
  switch (ins.keyword) {
    case 'ENV':
    case 'LABEL':
      if (needArgs(c, ins, 'atLeastOne')) {
        for (const p of ins.pairs) if (p.key === '') c.add('blank-name', `${ins.keyword} names can not be blank`, p.range, lesson);
      }
      break;
    case 'ARG':
      if (needArgs(c, ins, 'atLeastOne')) {
        for (const p of ins.pairs) if (p.key === '') c.add('blank-name', 'ARG names can not be blank', p.range, lesson);
      }
      break;
    case 'MAINTAINER':
    case 'WORKDIR':
    case 'USER':
      needArgs(c, ins, 'one');
      break;
    case 'STOPSIGNAL':
      if (needArgs(c, ins, 'one')) {
        const sig = ins.args[0]!;
        if (!hasVar(sig.raw) && !isValidSignal(sig.raw)) c.add('invalid-signal', `invalid signal: ${sig.raw}`, sig.range, lesson);
      }
      break;
    case 'COPY':
    case 'ADD':
      if (ins.args.length < 2) {
        c.add(
          'missing-destination',
          `${ins.keyword} requires at least two arguments, but only one was provided. Destination could not be determined`,
          ins.argsRange ?? ins.keywordRange,
          lesson,
        );
      }
      break;
    case 'FROM': {
      const a = ins.args;
      if (a.length === 3 && a[1]!.raw.toLowerCase() === 'as') {
        const name = a[2]!.raw.toLowerCase();
        if (!STAGE_NAME.test(name)) {
          c.add('invalid-stage-name', `invalid name for build stage: "${a[2]!.raw}", name can't start with a number or contain symbols`, a[2]!.range, lesson);
        }
      } else if (a.length !== 1) {
        c.add('from-arguments', 'FROM requires either one or three arguments', ins.argsRange ?? ins.keywordRange, lesson);
      }
      const platform = ins.flags.find((f) => f.name === 'platform');
      if (platform?.value && !hasVar(platform.value)) {
        const err = checkPlatform(platform.value);
        if (err) c.add('invalid-platform', err, platform.valueRange ?? platform.range, lesson);
      }
      if (a.length >= 1 && !hasVar(a[0]!.raw)) {
        const err = a[0]!.raw === 'scratch' ? null : checkImageReference(a[0]!.value);
        if (err) c.add('invalid-reference', `failed to parse stage name ${JSON.stringify(a[0]!.value)}: ${err}`, a[0]!.range, lesson);
      }
      break;
    }
    case 'ONBUILD': {
      if (!needArgs(c, ins, 'atLeastOne')) break;
      const t = ins.trigger;
      if (t) {
        if (t.keyword === 'ONBUILD') c.add('onbuild-trigger', 'Chaining ONBUILD via `ONBUILD ONBUILD` isn\'t allowed', t.keywordRange, lesson);
        else if (t.keyword === 'FROM' || t.keyword === 'MAINTAINER') {
          c.add('onbuild-trigger', `${t.keyword} isn't allowed as an ONBUILD trigger`, t.keywordRange, lesson);
        }
      }
      break;
    }
    case 'HEALTHCHECK':
      if (needArgs(c, ins, 'atLeastOne')) checkHealthcheck(c, ins);
      break;
    case 'EXPOSE':
      if (needArgs(c, ins, 'atLeastOne')) {
        for (const w of ins.args) {
          if (hasVar(w.raw)) continue;
          const err = checkPortSpec(w.value);
          if (err) c.add('invalid-port', err, w.range, lesson);
        }
      }
      break;
    case 'VOLUME':
      if (needArgs(c, ins, 'atLeastOne')) {
        for (const w of ins.args) if (w.value.trim() === '') c.add('empty-volume', 'VOLUME specified can not be an empty string', w.range, lesson);
      }
      break;
    case 'SHELL':
      if (!ins.command || (ins.command.form === 'exec' && ins.command.items.length === 0)) {
        c.add('missing-argument', 'SHELL requires at least one argument', ins.keywordRange, lesson);
      } else if (ins.command.form !== 'exec') {
        c.add('shell-not-json', 'SHELL requires the arguments to be in JSON form', ins.command.range, lesson);
      }
      break;
    default:
      break;
  }
}

/** Stage structure: FROM first, unique names, stage references without cycles. */
function checkStructure(c: Collector, doc: Dockerfile): void {
  const view = stagesOf(doc);
  for (const ins of view.preamble) {
    if (ins.keyword !== 'ARG' && ins.known) {
      c.add('no-build-stage', `no build stage in current context: ${ins.keyword} must come after a FROM (only ARG may precede the first FROM)`, ins.keywordRange, 'from-and-arg');
    }
  }
  if (view.stages.length === 0) {
    if (doc.instructions.length > 0) {
      c.add('no-stages', 'dockerfile contains no stages to build: add a FROM instruction', doc.instructions[0]!.keywordRange, 'from-and-arg');
    }
    return;
  }
  // Duplicate stage names are not an error for BuildKit (only the DuplicateStageName check warns): COPY
  // --from, RUN --mount from= and --target find the last stage of a name; FROM finds the newest earlier one,
  // by the name exactly as written (dockerfile2llb's addState / findStateByName).
  const byName = new Map<string, number>();
  for (const st of view.stages) if (st.name) byName.set(st.name, st.index);
  const fromStage = (ref: string, before: number): number | undefined => {
    for (let i = before - 1; i >= 0; i--) if (view.stages[i]!.name === ref) return i;
    return undefined;
  };
  // Dependency edges between stages: COPY --from and RUN --mount from= may point anywhere; FROM only back.
  const deps: Array<Array<{ to: number; at: Range }>> = view.stages.map(() => []);
  // COPY --from a stage defined further down: current BuildKit (Dockerfile frontend 1.7+, moby/buildkit
  // dockerfile2llb/convert.go) refuses it, because that stage has not been built yet when COPY runs.
  // Docker 20.10's frontend still accepted it. Reported only when there is no cycle, as BuildKit does.
  const laterCopies: Array<{ ref: string; self: number; at: Range }> = [];
  const resolve = (ref: string, at: Range, self: number, isCopy = false): void => {
    if (hasVar(ref)) return;
    if (/^\d+$/.test(ref)) {
      const idx = Number(ref);
      if (idx >= view.stages.length) {
        c.add('invalid-stage-index', `invalid stage index ${idx}: this Dockerfile has ${view.stages.length} stage(s), numbered from 0`, at, 'multi-stage-builds');
        return;
      }
      deps[self]!.push({ to: idx, at });
      if (isCopy && idx > self) laterCopies.push({ ref, self, at });
      return;
    }
    const idx = byName.get(ref.toLowerCase());
    if (idx === undefined) return;
    deps[self]!.push({ to: idx, at });
    if (isCopy && idx > self) laterCopies.push({ ref, self, at });
  };
  for (const st of view.stages) {
    const base = st.base;
    if (base) {
      const idx = fromStage(base.value, st.index);
      if (idx !== undefined) deps[st.index]!.push({ to: idx, at: base.range });
    }
    for (const ins of st.instructions) {
      for (const f of ins.flags) {
        if (ins.keyword === 'COPY' && f.name === 'from' && f.value) resolve(f.value, f.valueRange ?? f.range, st.index, true);
        if (ins.keyword === 'RUN' && f.name === 'mount' && f.value) {
          const m = /(?:^|,)from=([^,]+)/.exec(f.value);
          if (m) resolve(m[1]!, f.valueRange ?? f.range, st.index);
        }
      }
    }
  }
  // Depth-first search for a cycle; report it at the reference that closes the loop.
  // BuildKit (validateCircularDependency) names the stage its search started from, an unnamed one as stage-N.
  const state = new Array<number>(view.stages.length).fill(0);
  let start = 0;
  const visit = (i: number): boolean => {
    state[i] = 1;
    for (const d of deps[i]!) {
      if (state[d.to] === 1) {
        const name = view.stages[start]!.name ?? `stage-${start}`;
        c.add('circular-dependency', `circular dependency detected on stage: ${name}`, d.at, 'multi-stage-builds');
        return true;
      }
      if (state[d.to] === 0 && visit(d.to)) return true;
    }
    state[i] = 2;
    return false;
  };
  let cycle = false;
  for (let i = 0; i < view.stages.length && !cycle; i++) {
    start = i;
    if (state[i] === 0) cycle = visit(i);
  }
  if (cycle) return;
  // BuildKit quotes the --from value as written and names an unnamed current stage stage-N.
  for (const l of laterCopies) {
    const here = view.stages[l.self]!.name ?? `stage-${l.self}`;
    c.add('copy-from-later-stage', `cannot copy from stage ${JSON.stringify(l.ref)}, it needs to be defined before current stage ${JSON.stringify(here)}`, l.at, 'multi-stage-builds');
  }
}

/** All pre-build errors of a parsed Dockerfile (syntax errors are in `doc.errors`, not repeated here). */
export function validate(doc: Dockerfile): Diagnostic[] {
  const c = new Collector();
  for (const ins of doc.instructions) {
    checkInstruction(c, ins);
    if (ins.trigger && ins.trigger.known && !['ONBUILD', 'FROM', 'MAINTAINER'].includes(ins.trigger.keyword)) {
      checkInstruction(c, ins.trigger);
    }
  }
  if (doc.instructions.length > 0) checkStructure(c, doc);
  return c.out;
}

