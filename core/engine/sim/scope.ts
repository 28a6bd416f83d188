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
 * same name; the BuildKit of Docker 20.10 instead lets the latest ENV or valued ARG win (the image's Env
 * keeps the ENV value either way), which is what this scope follows.
 */
export class StageScope {
  readonly args: DeclaredArg[] = [];
  private readonly vars = new Map<string, string>();
  private readonly env = new Map<string, string>();

  constructor(env: readonly string[] | null) {
    for (const entry of env ?? []) this.setEnv(...splitEnv(entry));
  }

  /**
   * The scope of a stage built FROM another stage. BuildKit (Docker 20.10) carries the parent's ARG
   * values along, so `$V` still expands in the child although the reference says an ARG ends with its
   * stage; they are no longer "declared" (RUN's history shows no |N for them). The legacy builder
   * drops them.
   */
  static inherit(parent: StageScope): StageScope {
    const scope = new StageScope(null);
    for (const [k, v] of parent.env) scope.env.set(k, v);
    for (const [k, v] of parent.vars) scope.vars.set(k, v);
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

  /** The value RUN's history text shows for a declared ARG: the current variable's, else the ARG's. */
  runValue(arg: DeclaredArg): string {
    return this.vars.get(arg.key) ?? arg.value ?? '';
  }
}

export function splitEnv(entry: string): [string, string] {
  const eq = entry.indexOf('=');
  return eq < 0 ? [entry, ''] : [entry.slice(0, eq), entry.slice(eq + 1)];
}
