// The engine worker's logic as a plain function (the worker file only forwards messages), so tests call
// it directly. It keeps one piece of state: the pinned cache baseline. Pure; runs anywhere.
import type { Range } from '../../core/engine/dockerfile/ast';
import type { Diagnostic } from '../../core/engine/diagnostics';
import type { SimulationResult } from '../../core/engine/sim/types';
import { previewRun } from '../../core/engine/sim/argv';
import { toDockerConfigJson } from '../../core/engine/sim/config';
import { cleanPath, ignoreVerdict, parseDockerignore } from '../../core/engine/sim/match';
import { compareCache, gradingView, runEngine, type LintFn } from '../../core/exercises/engine';
import { grade } from '../../core/exercises/grade';
import {
  PROTOCOL_VERSION,
  type AnalyzeInput,
  type ContextEntry,
  type EngineRequest,
  type EngineResponse,
  type Snapshot,
  type SnapshotDiagnostic,
  type SpanRange,
  type StageView,
} from './protocol';
import { scopesOf } from './scopes';

export function span(r: Range): SpanRange {
  return { startLine: r.start.line, startColumn: r.start.column, endLine: r.end.line, endColumn: r.end.column };
}

function toSnapshotDiagnostic(d: Diagnostic): SnapshotDiagnostic {
  return {
    source: d.source,
    code: d.code,
    severity: d.severity,
    message: d.message,
    range: span(d.range),
    ...(d.lessonId ? { lessonId: d.lessonId } : {}),
    ...(d.fix ? { fix: { title: d.fix.title, edits: d.fix.edits.map((e) => ({ range: span(e.range), text: e.newText })) } } : {}),
  };
}

function contextEntries(input: AnalyzeInput, sim: SimulationResult): ContextEntry[] {
  const ignore = input.context.find((f) => cleanPath(f.path) === '.dockerignore');
  const { rules } = parseDockerignore(ignore?.content ?? '');
  // Files COPY/ADD added in the produced image, to say where each context file lands.
  const added = sim.history.filter((r) => /^(COPY|ADD)\b/i.test(r.instruction) && !/--from/i.test(r.instruction)).flatMap((r) => r.changes.filter((c) => c.kind !== 'removed' && c.type === 'file'));
  return input.context.map((f) => {
    const path = cleanPath(f.path);
    const verdict = ignoreVerdict(rules, path);
    const size = f.size ?? new TextEncoder().encode(f.content).length;
    const base = path.slice(path.lastIndexOf('/') + 1);
    const landsAt = verdict.excluded
      ? []
      : (() => {
          const exact = added.filter((c) => c.path.endsWith('/' + path)).map((c) => c.path);
          return exact.length ? exact : added.filter((c) => c.path.endsWith('/' + base) && c.size === size).map((c) => c.path);
        })();
    return {
      path,
      size,
      sent: !verdict.excluded,
      ...(verdict.rule ? { rule: `${verdict.rule.exception ? '!' : ''}${verdict.rule.pattern} (line ${verdict.rule.line})` } : {}),
      landsAt: [...new Set(landsAt)],
    };
  });
}

function stageViews(run: ReturnType<typeof runEngine>): StageView[] {
  const { sim, ast } = run;
  return sim.stages.map((s) => {
    const inStage = ast.instructions.filter((i) => i.range.start.offset >= s.range.start.offset && (sim.stages[s.index + 1] ? i.range.start.offset < sim.stages[s.index + 1]!.range.start.offset : true));
    const copiesFrom = inStage
      .filter((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && i.flags.some((f) => f.name === 'from'))
      .map((i) => {
        const words = i.command?.items.map((w) => w.value) ?? [];
        return { from: i.flags.find((f) => f.name === 'from')?.value ?? '', sources: words.slice(0, -1), dest: words[words.length - 1] ?? '', line: i.range.start.line };
      });
    return { index: s.index, name: s.name, base: s.base, baseStage: s.baseStage, baseKnown: s.baseKnown, dependsOn: s.dependsOn, used: s.used, line: s.range.start.line, copiesFrom };
  });
}

export interface EngineHandlerOptions {
  readonly lint?: LintFn;
  readonly now?: () => number;
}

export function createEngineHandler(options: EngineHandlerOptions = {}): (request: EngineRequest) => EngineResponse {
  const now = options.now ?? (() => performance.now());
  let baseline: SimulationResult | null = null;

  const analyze = (input: AnalyzeInput): Snapshot => {
    const started = now();
    const settings = { buildArgs: input.buildArgs, ...(input.target ? { target: input.target } : {}) };
    const ws = { dockerfile: input.dockerfile, context: input.context };
    const run = runEngine(ws, settings, options.lint);
    const { sim, ast } = run;
    const scopes = scopesOf(ast, input.buildArgs);
    const target = sim.stages[sim.target];
    const preview = target ? previewRun(target.commands, { args: input.run.args, ...(input.run.entrypoint ? { entrypoint: input.run.entrypoint } : {}) }) : null;
    const cache = baseline
      ? compareCache(baseline, sim).map((c, i) => ({ instruction: c.text, line: sim.history[i]?.range.start.line ?? 1, hit: c.hit, reason: c.reason }))
      : null;
    const view = input.checks ? gradingView(run, ws, settings, options.lint) : null;
    return {
      diagnostics: run.diagnostics.map(toSnapshotDiagnostic),
      instructions: ast.instructions.map((ins, i) => ({
        keyword: ins.keyword,
        range: span(ins.range),
        keywordRange: span(ins.keywordRange),
        flags: ins.flags.map((f) => ({ name: f.name, value: f.value, range: span(f.range) })),
        stage: scopes.stages[i] ?? -1,
      })),
      variables: scopes.definitions,
      stageNames: sim.stages.map((s) => s.name).filter((n): n is string => n !== null),
      buildable: sim.ok && !run.diagnostics.some((d) => d.severity === 'error'),
      config: sim.stages.length ? toDockerConfigJson(sim.config) : null,
      history: sim.history.map((r) => ({
        instruction: r.instruction,
        createdBy: r.createdBy,
        kind: r.kind,
        size: r.size,
        stage: r.stage,
        line: r.range.start.line,
        changes: r.changes.map((c) => ({ path: c.path, kind: c.kind, size: c.size })),
        wastedBytes: r.wastedBytes,
        effects: r.effects,
      })),
      stages: stageViews(run),
      target: sim.target,
      context: contextEntries(input, sim),
      cache,
      run: preview
        ? preview.ok
          ? { ok: true, argv: preview.argv, notes: preview.notes.map((n) => n.message) }
          : { ok: false, argv: [], error: preview.error, notes: preview.notes.map((n) => n.message) }
        : { ok: false, argv: [], error: 'No stage to run yet: add a FROM line.', notes: [] },
      builderNotes: sim.builderNotes,
      layerCount: sim.history.filter((r) => r.kind === 'layer').length,
      wastedBytes: sim.history.reduce((n, r) => n + r.wastedBytes, 0),
      grade: view && input.checks ? grade(input.checks, view) : null,
      elapsedMs: now() - started,
    };
  };

  return (request) => {
    if (request.protocol !== PROTOCOL_VERSION) {
      return { protocol: PROTOCOL_VERSION, type: 'error', seq: request.seq, message: `protocol ${request.protocol} is not supported (worker speaks ${PROTOCOL_VERSION})` };
    }
    try {
      switch (request.type) {
        case 'analyze':
          return { protocol: PROTOCOL_VERSION, type: 'analysis', seq: request.seq, docVersion: request.docVersion, snapshot: analyze(request.input) };
        case 'setBaseline': {
          baseline = request.input ? runEngine({ dockerfile: request.input.dockerfile, context: request.input.context }, { buildArgs: request.input.buildArgs, ...(request.input.target ? { target: request.input.target } : {}) }, options.lint).sim : null;
          return { protocol: PROTOCOL_VERSION, type: 'ack', seq: request.seq };
        }
      }
    } catch (e) {
      // The engine never throws on user input by design; if it does, say so instead of killing the worker.
      return { protocol: PROTOCOL_VERSION, type: 'error', seq: request.seq, message: `engine failure: ${e instanceof Error ? e.message : String(e)}` };
    }
  };
}
