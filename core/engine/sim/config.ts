// The image configuration, and how `docker image inspect --format '{{json .Config}}'` prints it: the key
// order of the engine's Go struct, `omitempty` fields left out when empty, nil slices and maps as null,
// map keys sorted (Go's JSON encoder sorts them), durations in nanoseconds.

export interface Healthcheck {
  /** ["NONE"], ["CMD", ...args] or ["CMD-SHELL", command]. */
  readonly Test: readonly string[];
  readonly Interval?: number;
  readonly Timeout?: number;
  readonly StartPeriod?: number;
  readonly Retries?: number;
}

/** Our working copy of the config; `null` means "not set" (prints null or is omitted, per field). */
export interface ImageConfig {
  readonly User: string;
  readonly ExposedPorts: Readonly<Record<string, Record<string, never>>> | null;
  readonly Env: readonly string[] | null;
  readonly Cmd: readonly string[] | null;
  readonly Healthcheck: Healthcheck | null;
  readonly ArgsEscaped: boolean;
  readonly Volumes: Readonly<Record<string, Record<string, never>>> | null;
  readonly WorkingDir: string;
  readonly Entrypoint: readonly string[] | null;
  readonly OnBuild: readonly string[] | null;
  readonly Labels: Readonly<Record<string, string>> | null;
  readonly StopSignal: string;
  readonly Shell: readonly string[] | null;
}

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export const EMPTY_CONFIG: ImageConfig = {
  User: '',
  ExposedPorts: null,
  Env: null,
  Cmd: null,
  Healthcheck: null,
  ArgsEscaped: false,
  Volumes: null,
  WorkingDir: '',
  Entrypoint: null,
  OnBuild: null,
  Labels: null,
  StopSignal: '',
  Shell: null,
};

/** Builds a config from the fields a catalog entry or a test cares about. */
export function makeConfig(fields: Partial<ImageConfig>): ImageConfig {
  return { ...EMPTY_CONFIG, ...fields };
}

function sortedMap<T>(map: Readonly<Record<string, T>>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(map).sort()) out[key] = map[key] as T;
  return out;
}

function emptyMap(map: Readonly<Record<string, unknown>> | null): boolean {
  return map === null || Object.keys(map).length === 0;
}

/**
 * Which `docker` prints the JSON. The 20.10 CLI prints the engine's container-config struct: every field,
 * empty ones as "", false or null. Since Docker 28 the CLI decodes `.Config` into the image-spec config
 * (moby/moby#48457 dropped Hostname, Domainname, Attach*, Tty, OpenStdin, StdinOnce and Image, which
 * images never set) and leaves out empty fields; Docker 29's API omits them too (moby/moby#50135). Checked
 * against the 28.2 CLI reading images built by the 20.10 engine (test/sim/config-json.test.ts).
 */
export type ConfigJsonShape = 'current' | 'engine-20.10';

/** The exact JSON object `docker image inspect --format '{{json .Config}}'` prints (BuildKit-built image). */
export function toDockerConfigJson(config: ImageConfig, shape: ConfigJsonShape = 'current'): Record<string, unknown> {
  return shape === 'current' ? currentConfigJson(config) : engine2010ConfigJson(config);
}

/** Key order of the image-spec config followed by Docker's extension (dockerspec.DockerOCIImageConfig). */
function currentConfigJson(config: ImageConfig): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (config.User !== '') out.User = config.User;
  if (!emptyMap(config.ExposedPorts)) out.ExposedPorts = sortedMap(config.ExposedPorts ?? {});
  if (config.Env && config.Env.length > 0) out.Env = [...config.Env];
  if (config.Entrypoint && config.Entrypoint.length > 0) out.Entrypoint = [...config.Entrypoint];
  if (config.Cmd && config.Cmd.length > 0) out.Cmd = [...config.Cmd];
  if (!emptyMap(config.Volumes)) out.Volumes = sortedMap(config.Volumes ?? {});
  if (config.WorkingDir !== '') out.WorkingDir = config.WorkingDir;
  if (!emptyMap(config.Labels)) out.Labels = sortedMap(config.Labels ?? {});
  if (config.StopSignal !== '') out.StopSignal = config.StopSignal;
  if (config.ArgsEscaped) out.ArgsEscaped = true;
  if (config.Healthcheck) out.Healthcheck = healthcheckJson(config.Healthcheck);
  if (config.OnBuild && config.OnBuild.length > 0) out.OnBuild = [...config.OnBuild];
  if (config.Shell && config.Shell.length > 0) out.Shell = [...config.Shell];
  return out;
}

/** The Docker 20.10 CLI's shape: the engine's container.Config struct, empty fields included. */
function engine2010ConfigJson(config: ImageConfig): Record<string, unknown> {
  const out: Record<string, unknown> = {
    Hostname: '',
    Domainname: '',
    User: config.User,
    AttachStdin: false,
    AttachStdout: false,
    AttachStderr: false,
  };
  if (!emptyMap(config.ExposedPorts)) out.ExposedPorts = sortedMap(config.ExposedPorts ?? {});
  out.Tty = false;
  out.OpenStdin = false;
  out.StdinOnce = false;
  // An empty list is stored like an unset one (the image config omits it), so both print null.
  out.Env = nonEmpty(config.Env);
  out.Cmd = nonEmpty(config.Cmd);
  if (config.Healthcheck) out.Healthcheck = healthcheckJson(config.Healthcheck);
  if (config.ArgsEscaped) out.ArgsEscaped = true;
  out.Image = '';
  out.Volumes = config.Volumes ? sortedMap(config.Volumes) : null;
  out.WorkingDir = config.WorkingDir;
  out.Entrypoint = nonEmpty(config.Entrypoint);
  out.OnBuild = nonEmpty(config.OnBuild);
  out.Labels = config.Labels ? sortedMap(config.Labels) : null;
  if (config.StopSignal !== '') out.StopSignal = config.StopSignal;
  if (config.Shell && config.Shell.length > 0) out.Shell = [...config.Shell];
  return out;
}

function nonEmpty(list: readonly string[] | null): string[] | null {
  return list && list.length > 0 ? [...list] : null;
}

function healthcheckJson(h: Healthcheck): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (h.Test.length > 0) out.Test = [...h.Test];
  if (h.Interval) out.Interval = h.Interval;
  if (h.Timeout) out.Timeout = h.Timeout;
  if (h.StartPeriod) out.StartPeriod = h.StartPeriod;
  if (h.Retries) out.Retries = h.Retries;
  return out;
}

/** Reads `NAME` from a `K=V` environment list (the last definition wins, as in the engine). */
export function envValue(env: readonly string[] | null, name: string): string | undefined {
  if (!env) return undefined;
  for (let i = env.length - 1; i >= 0; i--) {
    const entry = env[i] as string;
    const eq = entry.indexOf('=');
    if ((eq < 0 ? entry : entry.slice(0, eq)) === name) return eq < 0 ? '' : entry.slice(eq + 1);
  }
  return undefined;
}

/** Sets or replaces `NAME=value` in place order (replacing keeps the original position, as docker does). */
export function withEnv(env: readonly string[] | null, name: string, value: string): string[] {
  const list = env ? [...env] : [];
  const idx = list.findIndex((e) => e === name || e.startsWith(name + '='));
  if (idx >= 0) list[idx] = `${name}=${value}`;
  else list.push(`${name}=${value}`);
  return list;
}
