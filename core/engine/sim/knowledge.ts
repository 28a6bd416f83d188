// How far the simulated filesystem of a stage can be trusted. Catalog images list their directories but
// not their files, and RUN commands we do not simulate write files we cannot see; a path missing from the
// simulation is missing from the real image only when neither could have put it there. Used before
// predicting that a build fails (COPY --from a missing path, RUN of a program that is not there), because a
// predicted failure that does not happen is a wrong answer.
import { envValue } from './config';
import type { StageState } from './simulate';
import { normalize, parentOf } from './vfs';

/** True when `path` (absolute) is certainly absent from the real stage, given that the simulation lacks it. */
export function certainlyAbsent(stage: StageState, path: string): boolean {
  if (!stage.baseKnown || stage.unknownWrites) return false;
  if (stage.baseComplete) return true;
  return createdByBuild(stage, nearestExisting(stage, normalize(path)));
}

/** True when the simulation lists everything under the directory `dir` of the real stage. */
export function contentsKnown(stage: StageState, dir: string): boolean {
  if (!stage.baseKnown || stage.unknownWrites) return false;
  return stage.baseComplete || createdByBuild(stage, normalize(dir));
}

/**
 * Why `docker run`/RUN could not start `program` in this stage (the runtime's own words), or null when it
 * may exist. Only answered for stages whose every file is known.
 */
export function missingExecutable(stage: StageState, program: string): string | null {
  if (!stage.baseKnown || !stage.baseComplete || stage.unknownWrites || program === '') return null;
  if (program.includes('/')) {
    const path = program.startsWith('/') ? program : normalize((stage.config.WorkingDir || '/') + '/' + program);
    return isProgram(stage, path) ? null : `exec: "${program}": stat ${program}: no such file or directory`;
  }
  const dirs = (envValue(stage.config.Env, 'PATH') ?? '').split(':').filter((d) => d.startsWith('/'));
  return dirs.some((d) => isProgram(stage, normalize(d + '/' + program))) ? null : `exec: "${program}": executable file not found in $PATH`;
}

function isProgram(stage: StageState, path: string): boolean {
  const entry = stage.fs.get(path);
  return entry !== undefined && entry.type !== 'dir';
}

function nearestExisting(stage: StageState, path: string): string {
  let p = path;
  while (p !== '/' && !stage.fs.exists(p)) p = parentOf(p);
  return p;
}

/** A directory some step of this build made, which the base image did not have: nothing else is in it. */
function createdByBuild(stage: StageState, dir: string): boolean {
  if (dir === '/' || stage.baseDirs.has(dir)) return false;
  const entry = stage.fs.get(dir);
  return entry !== undefined && entry.step >= 0;
}
