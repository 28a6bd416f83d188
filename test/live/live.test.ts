// Live runs against the real Docker engine started by scripts/docker-engine.sh: a sandbox Dockerfile is
// built with BuildKit and with the legacy builder, its .Config is compared with the simulator's prediction,
// and the image runs in its locked-down container. Also the pure parts (step parsing, config comparison).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareConfigs } from '../../core/live/compare';
import { simulate, toDockerConfigJson } from '../../core/engine';
import { liveBuild, liveRun, liveStatus, stepOf, type Reporter } from '../../main/live/liveDocker';

const ROOT = path.resolve(__dirname, '../..');
// This machine's /usr/local/bin/docker is a newer client without the buildx plugin; Debian's docker.io
// client (the one scripts/docker-engine.sh installs) builds with BuildKit on its own.
if (existsSync('/usr/bin/docker')) process.env.DRYDOCK_DOCKER_BIN ??= '/usr/bin/docker';

function startEngine(): string | null {
  const r = spawnSync('bash', [path.join(ROOT, 'scripts/docker-engine.sh')], { encoding: 'utf8', timeout: 240_000 });
  return r.status === 0 ? null : (r.stderr || `exit ${r.status}`).trim();
}

describe('stepOf', () => {
  it('reads legacy and BuildKit step lines', () => {
    expect(stepOf('Step 2/5 : RUN echo hi')).toEqual({ done: 1, total: 5, label: 'RUN echo hi' });
    expect(stepOf('#6 [2/4] RUN echo hi')).toEqual({ done: 1, total: 4, label: 'RUN echo hi' });
    expect(stepOf('#7 [build 3/3] COPY . .')).toEqual({ done: 2, total: 3, label: 'COPY . .' });
    expect(stepOf('#1 transferring context')).toBeNull();
  });
});

describe('compareConfigs', () => {
  it('treats absent, null and empty alike and reports real differences', () => {
    const rows = compareConfigs({ Cmd: ['sh'], Env: [], Labels: { a: '1', b: '2' } }, { Cmd: ['sh'], Labels: { b: '2', a: '1' }, User: 'app' });
    const byField = Object.fromEntries(rows.map((r) => [r.field, r.same]));
    expect(byField).toMatchObject({ Cmd: true, Env: true, Labels: true, User: false });
  });
});

const reason = startEngine();
if (reason) {
  if (process.env.DRYDOCK_REQUIRE_DOCKER) throw new Error(`DRYDOCK_REQUIRE_DOCKER is set but the Docker engine cannot start: ${reason}`);
  console.warn(`\n!!! SKIPPING live-run tests: no Docker engine could start here (${reason}).\n`);
}

describe.runIf(!reason)('live runs on the real engine', () => {
  const dockerfile = [
    'FROM busybox',
    'ARG GREETING=hello',
    'ENV APP_HOME=/srv/app',
    'WORKDIR $APP_HOME',
    'COPY message.txt ./',
    'EXPOSE 8080/udp 80',
    'LABEL org.opencontainers.image.title="live test"',
    'USER 1000:1000',
    'ENTRYPOINT ["cat"]',
    'CMD ["message.txt"]',
    '',
  ].join('\n');
  const context = [{ path: 'message.txt', content: 'built for real\n' }];
  const lines: string[] = [];
  const steps: number[] = [];
  const report: Reporter = { line: (l) => lines.push(l), step: (d) => steps.push(d) };

  it('reports the engine as available', async () => {
    expect(await liveStatus()).toMatchObject({ available: true });
  });

  it.each(['buildkit', 'legacy'] as const)('builds with %s and matches the simulator field by field', async (builder) => {
    const result = await liveBuild({ dockerfile, context, buildArgs: {}, builder }, report);
    if (!result.ok) throw new Error(`${result.message}\n${result.log.join('\n')}`);
    expect(result.imageId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(steps.length).toBeGreaterThan(0);
    const predicted = simulate(dockerfile, { context: { files: context.map((f) => ({ path: f.path, content: f.content })) }, frontend: 'engine-20.10' });
    const rows = compareConfigs(toDockerConfigJson(predicted.config), result.config);
    expect(rows.filter((r) => !r.same)).toEqual([]);

    const run = await liveRun(result.imageId, [], undefined, report);
    expect(run).toMatchObject({ exitCode: 0, timedOut: false });
    expect(run.output).toContain('built for real');
    const overridden = await liveRun(result.imageId, ['-c', 'id -u; pwd'], 'sh', report);
    expect(overridden.output.trim().split('\n')).toEqual(['1000', '/srv/app']);
  });

  it('reports a failing build with the engine\'s reason and keeps the log', async () => {
    const result = await liveBuild({ dockerfile: 'FROM busybox\nRUN exit 3\n', context: [], buildArgs: {}, builder: 'buildkit' }, report);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(/exit code: 3|returned a non-zero code: 3/);
    expect(result.log.length).toBeGreaterThan(0);
  });

  it('stops a container that runs past the time limit', async () => {
    const built = await liveBuild({ dockerfile: 'FROM busybox\nCMD ["sleep", "600"]\n', context: [], buildArgs: {}, builder: 'buildkit' }, report);
    if (!built.ok) throw new Error(built.message);
    const run = await liveRun(built.imageId, [], undefined, report);
    expect(run.timedOut).toBe(true);
    expect(run.exitCode).toBeNull();
  }, 60_000);
});
