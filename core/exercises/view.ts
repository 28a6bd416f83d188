// What grading reads from a simulated build: a narrow, engine-independent view so checks stay simple
// and the adapter (./fromEngine.ts) is the only place that knows the simulator's shapes. Pure.
import type { ContextFile } from './schema';

export interface ViewFile {
  readonly type: 'file' | 'dir' | 'symlink';
  /** Known text content (files from the context or simulated RUN effects); undefined when unknown. */
  readonly content?: string;
}

export interface ViewStage {
  readonly name: string | null;
  /** What the stage's FROM names (an image reference or an earlier stage's name). */
  readonly from: string;
}

export interface CacheStep {
  /** The instruction as written, e.g. "RUN npm ci". */
  readonly text: string;
  readonly hit: boolean;
  readonly reason: string;
}

export interface GradingView {
  /** Errors that would stop `docker build`, as "line N: message". Empty when the build succeeds. */
  readonly errors: readonly string[];
  /** Lint rule ids that fired. */
  readonly lintIds: readonly string[];
  readonly directives: Readonly<Record<string, string>>;
  /** The final image's .Config as `docker image inspect` prints it. */
  readonly config: Readonly<Record<string, unknown>>;
  readonly stages: readonly ViewStage[];
  /** Index into `stages` of the stage that becomes the image (the target, else the last). */
  readonly finalStage: number;
  /** Filesystem of the final image, by absolute path. */
  readonly files: ReadonlyMap<string, ViewFile>;
  /** Filesystem layers added by this Dockerfile's final stage chain (metadata-only steps excluded). */
  readonly layerCount: number;
  /** Bytes in earlier layers that later layers delete or overwrite. */
  readonly wastedBytes: number;
  /** Context paths sent to the builder after .dockerignore. */
  readonly contextSent: ReadonlySet<string>;
  /** argv of `docker run [--entrypoint E] IMAGE args…`, or an explanation when nothing can start. */
  run(args: readonly string[], entrypoint?: string): { argv: string[] } | { error: string };
  /** Cache outcome of each step when these context files change (replaced or added). */
  cacheAfter(change: readonly ContextFile[]): CacheStep[];
}
