// Public surface of the build simulator.
import { previewRun, type RunOptions, type RunPreview } from './argv';
import type { SimulationResult } from './types';

export { simulate } from './simulate';
export { frontendBehaviour, parseFrontend, DEFAULT_FRONTEND, FRONTEND_VERSIONS, type FrontendVersion, type FrontendBehaviour } from './frontend';
export { cacheDiff, type CacheDiff, type CacheStep, type CacheStatus } from './cache';
export { previewRun, wrapShell, DEFAULT_SHELL, type RunOptions, type RunPreview, type RunNote, type StoredCommand, type ImageCommands } from './argv';
export { toDockerConfigJson, type ConfigJsonShape, envValue, DEFAULT_PATH, type ImageConfig, type Healthcheck } from './config';
export { expandWord, mapLookup, type ExpandResult, type Lookup } from './words';
export { compileGlob, matchPath, parseDockerignore, ignoreVerdict, isIgnored, cleanPath, type IgnoreRule } from './match';
export { VirtualFs, type FsEntry, type FsChange, type ChangeKind } from './vfs';
export type { BuildContext, ContextFile, SimulateOptions, SimulationResult, StageResult, HistoryRow, StepKind } from './types';
export { lookupImage, parseImageRef, CATALOG, type CatalogImage } from '../catalog/index';

/** The process `docker run IMAGE [ARGS]` (or with `--entrypoint`) starts for the simulated image. */
export function runPreview(result: SimulationResult, options: RunOptions = {}): RunPreview {
  const stage = result.stages[result.target];
  return previewRun(stage?.commands ?? { entrypoint: null, cmd: null }, options);
}
