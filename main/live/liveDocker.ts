// Live builds and runs of sandbox Dockerfiles on the learner's engine: writes the virtual context to a
// temporary folder, builds with BuildKit or the legacy builder, reads back .Config and history, and runs the
// image in a locked-down container (no network, capped memory and processes, a time limit). Node only.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LiveBuildResult, LiveRunResult, LiveStatus } from '../../core/api/live';
import { runDocker } from './dockerCli';

export interface BuildRequest {
  readonly dockerfile: string;
  readonly context: readonly { path: string; content?: string }[];
  readonly buildArgs: Record<string, string>;
  readonly target?: string | undefined;
  readonly builder: 'buildkit' | 'legacy';
}

export interface Reporter {
  line(text: string, stream: 'stdout' | 'stderr'): void;
  step(done: number, total: number, label: string): void;
}

const BUILD_TIMEOUT_MS = 180_000;
const RUN_TIMEOUT_MS = 15_000;
const LOG_TAIL = 400;

export async function liveStatus(): Promise<LiveStatus> {
  const r = await runDocker(['version', '--format', '{{.Server.Version}}'], { timeoutMs: 8_000 });
  if (r.code === 0 && r.stdout.trim()) return { available: true, serverVersion: r.stdout.trim() };
  if (r.code === null && !r.timedOut) return { available: false, reason: 'the docker command is not installed on this computer' };
  const why = r.timedOut ? 'the Docker engine did not answer within 8 s' : r.stderr.trim().split('\n').pop() || 'the Docker engine is not running';
  return { available: false, reason: why };
}

/** "Step 2/5 : RUN ..." (legacy) or "#6 [2/4] RUN ..." (BuildKit) -> step numbers for progress. */
export function stepOf(line: string): { done: number; total: number; label: string } | null {
  const legacy = /^Step (\d+)\/(\d+) : (.*)$/.exec(line);
  if (legacy) return { done: Number(legacy[1]) - 1, total: Number(legacy[2]), label: legacy[3]! };
  const kit = /^#\d+ \[(?:[\w.-]+ )?(\d+)\/(\d+)\] (.*)$/.exec(line);
  if (kit) return { done: Number(kit[1]) - 1, total: Number(kit[2]), label: kit[3]! };
  return null;
}

function writeContext(dir: string, request: BuildRequest): { contextDir: string; dockerfilePath: string } {
  const contextDir = path.join(dir, 'context');
  mkdirSync(contextDir);
  for (const file of request.context) {
    // The schema already refuses absolute paths and "..": resolve again so nothing can land outside.
    const target = path.resolve(contextDir, file.path);
    if (!target.startsWith(contextDir + path.sep)) throw new Error(`context file ${file.path} would leave the build context`);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.content ?? '');
  }
  const dockerfilePath = path.join(dir, 'Dockerfile');
  writeFileSync(dockerfilePath, request.dockerfile);
  return { contextDir, dockerfilePath };
}

export async function liveBuild(request: BuildRequest, report: Reporter): Promise<LiveBuildResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'drydock-live-'));
  const log: string[] = [];
  const keep = (line: string, stream: 'stdout' | 'stderr') => {
    log.push(line);
    if (log.length > LOG_TAIL) log.shift();
    report.line(line, stream);
    const step = stepOf(line);
    if (step) report.step(step.done, step.total, step.label);
  };
  try {
    let files;
    try {
      files = writeContext(dir, request);
    } catch (err) {
      return { ok: false, message: (err as Error).message, log };
    }
    const iidFile = path.join(dir, 'iid');
    const args = ['build', '--iidfile', iidFile, '-f', files.dockerfilePath, '-t', 'drydock-sandbox:live'];
    if (request.builder === 'buildkit') args.push('--progress=plain');
    for (const [k, v] of Object.entries(request.buildArgs)) args.push('--build-arg', `${k}=${v}`);
    if (request.target) args.push('--target', request.target);
    args.push(files.contextDir);
    const started = Date.now();
    const built = await runDocker(args, {
      timeoutMs: BUILD_TIMEOUT_MS,
      env: { DOCKER_BUILDKIT: request.builder === 'buildkit' ? '1' : '0' },
      onLine: keep,
    });
    const durationMs = Date.now() - started;
    if (built.timedOut) return { ok: false, message: `the build took longer than ${BUILD_TIMEOUT_MS / 1000} s and was stopped`, log };
    if (built.code !== 0) {
      const reason = [...log].reverse().find((l) => /error|failed/i.test(l)) ?? `docker build exited with code ${built.code ?? 'unknown'}`;
      return { ok: false, message: reason.trim(), log };
    }
    const imageId = readFileSync(iidFile, 'utf8').trim();
    const inspected = await runDocker(['image', 'inspect', '--format', '{{json .Config}}', imageId], { timeoutMs: 15_000 });
    const history = await runDocker(['history', '--no-trunc', '--human=false', '--format', '{{json .}}', imageId], { timeoutMs: 15_000 });
    if (inspected.code !== 0 || history.code !== 0) return { ok: false, message: `the image was built but could not be inspected: ${inspected.stderr || history.stderr}`.trim(), log };
    const rows = history.stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { CreatedBy: string; Size: string | number })
      .map((r) => ({ createdBy: r.CreatedBy, size: Number(r.Size) }))
      .reverse();
    report.step(1, 1, 'built');
    return { ok: true, imageId, config: JSON.parse(inspected.stdout) as Record<string, unknown>, history: rows, durationMs, log };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function liveRun(imageId: string, args: readonly string[], entrypoint: string | undefined, report: Reporter): Promise<LiveRunResult> {
  const name = `drydock-run-${process.pid}-${Date.now()}`;
  const dockerArgs = ['run', '--rm', '--name', name, '--network', 'none', '--memory', '256m', '--pids-limit', '128'];
  if (entrypoint !== undefined) dockerArgs.push('--entrypoint', entrypoint);
  dockerArgs.push(imageId, ...args);
  let output = '';
  const r = await runDocker(dockerArgs, {
    timeoutMs: RUN_TIMEOUT_MS,
    onLine: (line, stream) => {
      if (output.length < 64 * 1024) output += `${line}\n`;
      report.line(line, stream);
    },
  });
  if (r.timedOut) await runDocker(['rm', '-f', name], { timeoutMs: 10_000 });
  return { exitCode: r.timedOut ? null : r.code, output: output || r.stderr, timedOut: r.timedOut };
}
