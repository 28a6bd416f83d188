// Public shapes of the build simulator: its input (build args, target, a virtual context) and its
// result (stages, the final config, history rows with their file changes, diagnostics).
import type { Range } from '../dockerfile/ast';
import type { Diagnostic } from '../diagnostics';
import type { StoredCommand } from './argv';
import type { ImageConfig } from './config';
import type { FsChange, FsEntry } from './vfs';
import type { FrontendVersion } from './frontend';

/** A file of the build context. Paths are relative to the context root, with `/` separators. */
export interface ContextFile {
  readonly path: string;
  /** Text content; its UTF-8 length is the size when `size` is absent. */
  readonly content?: string;
  readonly size?: number;
  /** Permission bits (default 0o644; 0o755 for a directory). */
  readonly mode?: number;
  readonly type?: 'file' | 'dir' | 'symlink';
  readonly target?: string;
  /** For a local archive: its members (ADD extracts them). */
  readonly archive?: readonly ContextFile[];
}

export interface BuildContext {
  readonly files: readonly ContextFile[];
  /** Text of `.dockerignore`; when absent, a `.dockerignore` among `files` is used. */
  readonly dockerignore?: string;
}

export interface SimulateOptions {
  readonly buildArgs?: Readonly<Record<string, string>>;
  readonly target?: string;
  readonly context?: BuildContext;
  /** Target platform, `os/arch[/variant]` (default linux/amd64). */
  readonly platform?: string;
  /**
   * Which Dockerfile frontend to predict: 'current' (default; Docker 27+) or 'engine-20.10' (the
   * built-in frontend of Docker 20.10, which the differential tests run against).
   */
  readonly frontend?: FrontendVersion;
}

/** Build problems use the engine's one diagnostic shape (source "validate"). */
export type SimDiagnostic = Diagnostic;

export type StepKind = 'layer' | 'metadata';

/** One row of the image history (what `docker history` prints), with what it did to the files. */
export interface HistoryRow {
  /** BuildKit's created-by text, e.g. `RUN /bin/sh -c make # buildkit`. */
  readonly createdBy: string;
  /** What the legacy builder writes for the same step (for comparison). */
  readonly legacyCreatedBy: string;
  readonly emptyLayer: boolean;
  readonly instruction: string;
  readonly range: Range;
  readonly stage: number;
  /** Bytes the layer adds, or null when it depends on a command we do not simulate. */
  readonly size: number | null;
  readonly changes: readonly FsChange[];
  /** Bytes this layer carries that later layers delete or overwrite. */
  readonly wastedBytes: number;
  /** What the step did, in words (simulated RUN effects are marked as such). */
  readonly effects: readonly string[];
  /** Cache inputs of the step (instruction text, files, variables in use). */
  readonly cacheKey: string;
  readonly kind: StepKind;
}

export interface StageResult {
  readonly index: number;
  readonly name: string | null;
  /** What FROM names after expansion: an image reference or an earlier stage's name. */
  readonly base: string;
  readonly baseStage: number | null;
  readonly baseKnown: boolean;
  /** Stages this one needs (FROM stage, COPY --from). */
  readonly dependsOn: readonly number[];
  /** False when the target does not need it: BuildKit skips it entirely. */
  readonly used: boolean;
  readonly range: Range;
  readonly config: ImageConfig;
  readonly history: readonly HistoryRow[];
  readonly files: readonly FsEntry[];
  readonly commands: { readonly entrypoint: StoredCommand | null; readonly cmd: StoredCommand | null };
}

export interface SimulationResult {
  /** False when docker build would fail (an error diagnostic). */
  readonly ok: boolean;
  /** The frontend this prediction is for. */
  readonly frontend: FrontendVersion;
  readonly stages: readonly StageResult[];
  /** Index of the stage the build produces (the target, else the last). */
  readonly target: number;
  readonly config: ImageConfig;
  /** History of the produced image: its own rows and those of the stages it is built FROM. */
  readonly history: readonly HistoryRow[];
  readonly files: readonly FsEntry[];
  readonly diagnostics: readonly SimDiagnostic[];
  /** Where BuildKit and the legacy builder behave differently for this Dockerfile. */
  readonly builderNotes: readonly string[];
}
