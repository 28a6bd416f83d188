// Which Dockerfile frontend the simulator predicts. Learners run Docker 27 or later (BuildKit 0.15+, Dockerfile
// frontend 1.9+), so 'current' is the default; 'engine-20.10' reproduces the BuildKit built into Docker 20.10
// (v0.8-era frontend), the only engine the differential tests can run here.
//
// Every behaviour below was checked in moby/buildkit's sources (current master, convert.go blob
// 0070379b, convert_copy.go 12fa1288, shell/lex.go 0cdb0e33, solver/llbsolver/file/user_linux.go 8a369a9e)
// and, for 'engine-20.10', against the real Docker 20.10 engine (test/docker/sim-diff.test.ts).
//
// Where both frontends AGREE (verified, so the simulator keeps one behaviour and the notes say so):
// - CMD sets .Config.ArgsEscaped = true on every platform (dispatchCmd); ENTRYPOINT does not.
// - FROM scratch starts with WorkingDir "/" and the default PATH (emptyImage).
// - ONBUILD only appends to .Config.OnBuild: no history row (dispatchOnbuild never calls commitToHistory).
// - An ARG with a value after an ENV of the same name wins in later expansions (dispatchArg calls
//   state.AddEnv), although the Dockerfile reference says ENV wins; the image's Env keeps the ENV value.
// - A stage built FROM another stage can expand the parent's ARGs (init() copies the parent's state,
//   whose env holds the ARG values); the Dockerfile reference documents this since moby/buildkit#5381.
// - VOLUME only records the mount point (dispatchVolume): no directory, no layer; later RUNs keep files.
// - An empty CMD [] / ENTRYPOINT [] prints null (the image config's omitempty drops the empty list).
// - COPY: a source is cleaned against "/" so ../x reads x at the context root; a wildcard matching nothing
//   copies nothing (AllowEmptyWildcard: true); several sources onto a destination without "/" are copied
//   onto it in turn (BuildKit has no "must end with /" check, only the legacy builder); --chown with an
//   unknown user name leaves uid/gid 0 without an error (readUser only sets ids when it finds the name).
//
// Where they DIFFER (the flags of FrontendBehaviour).

export type FrontendVersion = 'current' | 'engine-20.10';

export const FRONTEND_VERSIONS: readonly FrontendVersion[] = ['current', 'engine-20.10'];

export const DEFAULT_FRONTEND: FrontendVersion = 'current';

export interface FrontendBehaviour {
  readonly version: FrontendVersion;
  /** How notes name this frontend. */
  readonly label: string;
  /**
   * `${V-w}`, `${V+w}`, `${V?w}` (no colon: only an unset V counts). Added by moby/buildkit#3611, Dockerfile
   * frontend 1.6 (BuildKit 0.12); the 20.10 frontend fails with "missing ':' in substitution".
   */
  readonly colonlessModifiers: boolean;
  /**
   * `${V#p}`, `${V##p}`, `${V%p}`, `${V%%p}` (moby/buildkit#4287) and `${V/p/r}`, `${V//p/r}`
   * (moby/buildkit#4427), Dockerfile frontend 1.7 (BuildKit 0.13).
   */
  readonly patternModifiers: boolean;
  /**
   * `COPY --from=<a stage defined later>`: frontend 1.7+ fails ("cannot copy from stage …, it needs to be
   * defined before current stage …", moby/buildkit#4568); the 20.10 frontend reads that stage's base image.
   */
  readonly copyFromLaterStage: 'error' | 'reads-base-image';
  /**
   * RUN's history text (`RUN |N K=V … cmd`) also lists the ARGs a stage inherits from its parent stage:
   * init() copies the parent's buildArgs since moby/buildkit#5048 (frontend 1.9, BuildKit 0.15); the list is
   * de-duplicated by name (runCommandString).
   */
  readonly inheritedArgsInRunHistory: boolean;
  /** RUN here-documents (`RUN <<EOF`) are understood (frontend 1.4 and later). */
  readonly heredocs: boolean;
}

const CURRENT: FrontendBehaviour = {
  version: 'current',
  label: 'current Docker (BuildKit 0.15+, Dockerfile frontend 1.9+)',
  colonlessModifiers: true,
  patternModifiers: true,
  copyFromLaterStage: 'error',
  inheritedArgsInRunHistory: true,
  heredocs: true,
};

const ENGINE_20_10: FrontendBehaviour = {
  version: 'engine-20.10',
  label: 'Docker 20.10 (built-in BuildKit v0.8 frontend)',
  colonlessModifiers: false,
  patternModifiers: false,
  copyFromLaterStage: 'reads-base-image',
  inheritedArgsInRunHistory: false,
  heredocs: false,
};

export function frontendBehaviour(version: FrontendVersion = DEFAULT_FRONTEND): FrontendBehaviour {
  return version === 'engine-20.10' ? ENGINE_20_10 : CURRENT;
}

/** Parses a user-supplied frontend name; an error message names the accepted values. */
export function parseFrontend(text: string): FrontendVersion | { readonly error: string } {
  const found = FRONTEND_VERSIONS.find((v) => v === text);
  return found ?? { error: `unknown frontend "${text}": use ${FRONTEND_VERSIONS.join(' or ')}` };
}
