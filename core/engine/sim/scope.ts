// Build-argument scope: the predefined proxy ARGs, BuildKit's automatic platform ARGs, and the
// variables an instruction sees (a stage's ARGs and ENVs; ENV wins over an ARG of the same name).

/** Usable in RUN without an ARG line when passed with --build-arg; kept out of the image history. */
export const PROXY_ARGS: readonly string[] = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy'];

export interface Platform {
  readonly os: string;
  readonly arch: string;
  readonly variant: string;
}

export function parsePlatform(text: string | undefined): Platform {
  const [os = 'linux', arch = 'amd64', variant = ''] = (text ?? 'linux/amd64').split('/');
  return { os, arch, variant };
}

/** BuildKit defines these in the global scope; a stage sees one only after `ARG NAME` (no value needed). */
export function platformArgs(target: Platform, build: Platform = { os: 'linux', arch: 'amd64', variant: '' }): Map<string, string> {
  const fmt = (p: Platform) => `${p.os}/${p.arch}${p.variant ? '/' + p.variant : ''}`;
  return new Map([
    ['TARGETPLATFORM', fmt(target)],
    ['TARGETOS', target.os],
    ['TARGETARCH', target.arch],
    ['TARGETVARIANT', target.variant],
    ['BUILDPLATFORM', fmt(build)],
    ['BUILDOS', build.os],
    ['BUILDARCH', build.arch],
    ['BUILDVARIANT', build.variant],
  ]);
}

/** One declared ARG of a stage, in declaration order (RUN's history text lists them). */
export interface DeclaredArg {
  readonly key: string;
  /** Its value in this build (build-arg, default or global value), or undefined when unset. */
  readonly value: string | undefined;
}

/**
 * Variables visible to expansion inside a stage. The reference says ENV always wins over an ARG of the
 * same name; BuildKit instead lets the latest ENV or valued ARG win (dispatchArg adds the ARG to the
 * build state's env, in Docker 20.10 and in current moby/buildkit convert.go alike; the image's Env keeps
 * the ENV value either way), which is what this scope follows.
 */
export class StageScope {
  readonly args: DeclaredArg[] = [];
  private readonly vars = new Map<string, string>();
  private readonly env = new Map<string, string>();

  constructor(env: readonly string[] | null) {
    for (const entry of env ?? []) this.setEnv(...splitEnv(entry));
  }

  /**
   * The scope of a stage built FROM another stage. BuildKit carries the parent's ARG values along, so `$V`
   * still expands in the child (documented since moby/buildkit#5381). With `keepArgs` (frontend 1.9+,
   * moby/buildkit#5048: init() copies the parent's buildArgs) they stay declared, so RUN's history lists
   * them; Docker 20.10 drops them from that list. The legacy builder drops them altogether.
   */
  static inherit(parent: StageScope, keepArgs: boolean): StageScope {
    const scope = new StageScope(null);
    for (const [k, v] of parent.env) scope.env.set(k, v);
    for (const [k, v] of parent.vars) scope.vars.set(k, v);
    if (keepArgs) scope.args.push(...parent.args);
    return scope;
  }

  setEnv(key: string, value: string): void {
    this.env.set(key, value);
    this.vars.set(key, value);
  }

  declareArg(key: string, value: string | undefined): void {
    this.args.push({ key, value });
    if (value !== undefined) this.vars.set(key, value);
  }

  hasEnv(key: string): boolean {
    return this.env.has(key);
  }

  lookup = (name: string): string | undefined => this.vars.get(name);

  /**
   * The ARGs RUN's history text lists (`|N K=V`), in declaration order. Current frontends list a name once
   * (runCommandString keeps its first position); Docker 20.10 listed every declaration.
   */
  runArgs(dedupe: boolean): DeclaredArg[] {
    if (!dedupe) return [...this.args];
    const seen = new Set<string>();
    return this.args.filter((a) => !seen.has(a.key) && seen.add(a.key) !== undefined);
  }

  /** The value RUN's history text shows for a declared ARG: the current variable's, else the ARG's. */
  runValue(arg: DeclaredArg): string {
    return this.vars.get(arg.key) ?? arg.value ?? '';
  }
}

export function splitEnv(entry: string): [string, string] {
  const eq = entry.indexOf('=');
  return eq < 0 ? [entry, ''] : [entry.slice(0, eq), entry.slice(eq + 1)];
}
