// The typed request/response protocol between the sandbox page and the engine worker. Every message
// carries the protocol version (a page and a worker from different builds refuse each other) and every
// analysis carries the editor's document version, so a result computed for older text is dropped.
// Plain serialisable data only. Runs in the page and in the worker.
import type { Check } from '../../core/exercises/schema';
import type { GradeReport } from '../../core/exercises/grade';
import type { SandboxFile } from '../../core/api/sandbox';
import type { StageResult } from '../../core/engine/sim/types';

export const PROTOCOL_VERSION = 1;

/** 1-based, end-exclusive, as Monaco counts. */
export interface SpanRange {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface AnalyzeInput {
  readonly dockerfile: string;
  readonly context: readonly SandboxFile[];
  readonly buildArgs: Readonly<Record<string, string>>;
  readonly target?: string;
  /** What the Run pane previews: `docker run [--entrypoint E] IMAGE args…`. */
  readonly run: { readonly args: readonly string[]; readonly entrypoint?: string };
  /** An open exercise's checks: the worker previews the grade as the learner types. */
  readonly checks?: readonly Check[];
}

export type EngineRequest =
  | { readonly protocol: number; readonly type: 'analyze'; readonly seq: number; readonly docVersion: number; readonly input: AnalyzeInput }
  /** Makes this input the cache baseline: later analyses say which steps would hit or rebuild against it. */
  | { readonly protocol: number; readonly type: 'setBaseline'; readonly seq: number; readonly input: AnalyzeInput | null };

export type EngineResponse =
  | { readonly protocol: number; readonly type: 'analysis'; readonly seq: number; readonly docVersion: number; readonly snapshot: Snapshot }
  | { readonly protocol: number; readonly type: 'ack'; readonly seq: number }
  | { readonly protocol: number; readonly type: 'error'; readonly seq: number; readonly message: string };

export interface SnapshotEdit {
  readonly range: SpanRange;
  readonly text: string;
}

export interface SnapshotDiagnostic {
  readonly source: 'syntax' | 'validate' | 'lint' | 'sim';
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'info' | 'hint';
  readonly message: string;
  readonly range: SpanRange;
  readonly lessonId?: string;
  readonly fix?: { readonly title: string; readonly edits: readonly SnapshotEdit[] };
}

export interface SnapshotFlag {
  readonly name: string;
  readonly value: string | null;
  readonly range: SpanRange;
}

export interface SnapshotVariable {
  readonly name: string;
  /** Expanded value at this instruction; null for an ARG with no value. */
  readonly value: string | null;
  readonly kind: 'arg' | 'env';
}

/** One definition on the variables timeline: visible from instruction `from` to the end of its stage. */
export interface SnapshotDefinition extends SnapshotVariable {
  /** -1 for global ARGs (before the first FROM). */
  readonly stage: number;
  /** Index of the first instruction that sees it. */
  readonly from: number;
}

export interface SnapshotInstruction {
  readonly keyword: string;
  readonly range: SpanRange;
  readonly keywordRange: SpanRange;
  readonly flags: readonly SnapshotFlag[];
  /** Stage index the instruction belongs to (-1 before the first FROM). */
  readonly stage: number;
}

export interface LayerChange {
  readonly path: string;
  readonly kind: 'added' | 'changed' | 'removed';
  readonly size: number;
}

export interface LayerRow {
  readonly instruction: string;
  readonly createdBy: string;
  readonly kind: 'layer' | 'metadata';
  readonly size: number | null;
  readonly stage: number;
  /** Line in this Dockerfile; null for rows inherited from the base image. */
  readonly line: number | null;
  readonly changes: readonly LayerChange[];
  readonly wastedBytes: number;
  readonly effects: readonly string[];
}

/** A simulator stage as the Stages pane shows it (plain data: it crosses the worker boundary). */
export interface StageView extends Pick<StageResult, 'index' | 'name' | 'base' | 'baseStage' | 'baseKnown' | 'dependsOn' | 'used'> {
  readonly line: number;
  /** Each COPY --from in this stage: where from, which sources, where to. */
  readonly copiesFrom: readonly { readonly from: string; readonly sources: readonly string[]; readonly dest: string; readonly line: number }[];
}

export interface ContextEntry {
  readonly path: string;
  readonly size: number;
  /** False when .dockerignore keeps it out of the build context. */
  readonly sent: boolean;
  /** The .dockerignore line that decided, if any. */
  readonly rule?: string;
  /** Where COPY/ADD put it in the final image (absolute paths). */
  readonly landsAt: readonly string[];
}

export interface CacheRow {
  readonly instruction: string;
  readonly line: number;
  readonly hit: boolean;
  readonly reason: string;
}

export interface RunView {
  readonly ok: boolean;
  readonly argv: readonly string[];
  readonly error?: string;
  readonly notes: readonly string[];
}

export interface Snapshot {
  readonly diagnostics: readonly SnapshotDiagnostic[];
  readonly instructions: readonly SnapshotInstruction[];
  readonly stageNames: readonly string[];
  /** Variable definitions in source order; `variablesAt` (workers/scopes.ts) gives one instruction's scope. */
  readonly variables: readonly SnapshotDefinition[];
  /** True when docker build would succeed. */
  readonly buildable: boolean;
  /** `docker image inspect` .Config of the produced image (null when nothing could be simulated). */
  readonly config: Record<string, unknown> | null;
  readonly history: readonly LayerRow[];
  readonly stages: readonly StageView[];
  readonly target: number;
  readonly context: readonly ContextEntry[];
  readonly cache: readonly CacheRow[] | null;
  readonly run: RunView;
  readonly builderNotes: readonly string[];
  readonly layerCount: number;
  readonly wastedBytes: number;
  readonly grade: GradeReport | null;
  /** Worker time spent on this analysis, in milliseconds. */
  readonly elapsedMs: number;
}
