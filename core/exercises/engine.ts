// One call that runs the whole engine on a workspace (parse, validate, lint, simulate) and the
// GradingView built from it. The worker (live preview) and main (authoritative "Check") both use it,
// so they cannot disagree. Pure; runs anywhere.
import { parse } from '../engine/dockerfile/parse';
import type { Dockerfile } from '../engine/dockerfile/ast';
import type { Diagnostic } from '../engine/diagnostics';
import { validate } from '../engine/validate/index';
import { lint as engineLint } from '../engine/lint/index';
import { simulate } from '../engine/sim/simulate';
import { previewRun } from '../engine/sim/argv';
import { toDockerConfigJson } from '../engine/sim/config';
import { cleanPath, ignoreVerdict, parseDockerignore } from '../engine/sim/match';
import type { BuildContext, HistoryRow, SimulationResult } from '../engine/sim/types';
import type { ContextFile } from './schema';
import type { CacheStep, GradingView, ViewFile } from './view';
import { grade, type GradeReport } from './grade';
import type { Check } from './schema';

export interface WorkspaceInput {
  readonly dockerfile: string;
  readonly context: readonly ContextFile[];
}

export interface BuildSettings {
  readonly buildArgs?: Readonly<Record<string, string>>;
  readonly target?: string;
}

/** A linter: by default the engine's teaching linter, told about the workspace's .dockerignore. */
export type LintFn = (doc: Dockerfile, dockerignore: string | undefined) => readonly Diagnostic[];

export const defaultLint: LintFn = (doc, dockerignore) => engineLint(doc, dockerignore !== undefined ? { dockerignore } : {});

export interface EngineRun {
  readonly ast: Dockerfile;
  /** Syntax, validation and lint diagnostics plus the simulator's, de-duplicated. */
  readonly diagnostics: readonly Diagnostic[];
  readonly sim: SimulationResult;
}

export function toBuildContext(files: readonly ContextFile[]): BuildContext {
  return {
    files: files.map((f) => ({ path: f.path, content: f.content ?? '', ...(f.size !== undefined ? { size: f.size } : {}) })),
  };
}

export function runEngine(ws: WorkspaceInput, settings: BuildSettings = {}, lint: LintFn = defaultLint): EngineRun {
  const ast = parse(ws.dockerfile);
  const sim = simulate(ast, {
    context: toBuildContext(ws.context),
    ...(settings.buildArgs ? { buildArgs: settings.buildArgs } : {}),
    ...(settings.target ? { target: settings.target } : {}),
  });
  const found: Diagnostic[] = [
    ...ast.errors.map((e): Diagnostic => ({ source: 'syntax', code: e.code, severity: 'error', message: e.message, range: e.range })),
    ...validate(ast),
    ...lint(ast, ws.context.find((f) => cleanPath(f.path) === '.dockerignore')?.content),
  ];
  // The simulator repeats syntax errors and adds its own build failures; keep one of each.
  // Same place and same code (or same message) means the same problem told twice.
  const seen = new Set(found.flatMap((d) => [`${d.range.start.offset}:${d.code}`, `${d.range.start.offset}:${d.message}`]));
  for (const d of sim.diagnostics) {
    if (seen.has(`${d.range.start.offset}:${d.code}`) || seen.has(`${d.range.start.offset}:${d.message}`)) continue;
    seen.add(`${d.range.start.offset}:${d.code}`);
    found.push({ source: 'validate', code: d.code, severity: d.severity, message: d.message, range: d.range });
  }
  return { ast, diagnostics: found, sim };
}

/** Rows that make up the produced image, in build order (the simulator already follows FROM stage links). */
function imageRows(sim: SimulationResult): readonly HistoryRow[] {
  return sim.history;
}

/** Cache outcome of `next` against `prev`: a step hits while its inputs and everything before it match. */
export function compareCache(prev: SimulationResult, next: SimulationResult): CacheStep[] {
  const before = imageRows(prev);
  const after = imageRows(next);
  let broken: string | null = null;
  return after.map((row, i): CacheStep => {
    const old = before[i];
    if (broken === null) {
      if (!old) broken = 'a new step: nothing cached for it yet';
      else if (old.instruction !== row.instruction) broken = `the instruction changed (was ${old.instruction})`;
      else if (old.cacheKey !== row.cacheKey) broken = 'its inputs changed (files it copies or variables it uses)';
      if (broken !== null) return { text: row.instruction, hit: false, reason: broken };
      return { text: row.instruction, hit: true, reason: 'same instruction, same inputs, same parent' };
    }
    return { text: row.instruction, hit: false, reason: 'an earlier step was rebuilt, so every later step is too' };
  });
}

/** Context paths sent to the builder after .dockerignore. */
export function sentPaths(files: readonly ContextFile[]): Set<string> {
  const ignore = files.find((f) => cleanPath(f.path) === '.dockerignore');
  const { rules } = parseDockerignore(ignore?.content ?? '');
  const sent = new Set<string>();
  for (const f of files) {
    const path = cleanPath(f.path);
    if (!ignoreVerdict(rules, path).excluded) sent.add(path);
  }
  return sent;
}

export function gradingView(run: EngineRun, ws: WorkspaceInput, settings: BuildSettings = {}, lint: LintFn = defaultLint): GradingView {
  const { sim, ast } = run;
  const files = new Map<string, ViewFile>();
  for (const e of sim.files) files.set(e.path, { type: e.type, ...(e.content !== undefined ? { content: e.content } : {}) });
  const target = sim.stages[sim.target];
  return {
    errors: run.diagnostics.filter((d) => d.severity === 'error').map((d) => `line ${d.range.start.line}: ${d.message}`),
    lintIds: run.diagnostics.filter((d) => d.source === 'lint').map((d) => d.code),
    directives: Object.fromEntries(ast.directives.map((d) => [d.name, d.value])),
    config: toDockerConfigJson(sim.config),
    stages: sim.stages.map((s) => ({ name: s.name, from: s.base })),
    finalStage: sim.target,
    files,
    layerCount: imageRows(sim).filter((r) => r.kind === 'layer').length,
    wastedBytes: imageRows(sim).reduce((n, r) => n + r.wastedBytes, 0),
    contextSent: sentPaths(ws.context),
    run(args, entrypoint) {
      if (!target) return { error: 'the Dockerfile has no stage to run' };
      const preview = previewRun(target.commands, { args, ...(entrypoint !== undefined ? { entrypoint } : {}) });
      return preview.ok ? { argv: [...preview.argv] } : { error: preview.error };
    },
    cacheAfter(change) {
      const byPath = new Map(ws.context.map((f) => [f.path, f]));
      for (const f of change) byPath.set(f.path, f);
      const next = runEngine({ dockerfile: ws.dockerfile, context: [...byPath.values()] }, settings, lint);
      return compareCache(sim, next.sim);
    },
  };
}

/** Grades a workspace against checks with the full engine. */
export function gradeWorkspace(checks: readonly Check[], ws: WorkspaceInput, settings: BuildSettings = {}, lint: LintFn = defaultLint): GradeReport {
  const run = runEngine(ws, settings, lint);
  return grade(checks, gradingView(run, ws, settings, lint));
}
