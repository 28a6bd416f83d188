// Differential test of the build simulator against the real Docker engine. Each case in
// test/fixtures/sim/<case>/ (Dockerfile, case.json with build args / target, context/) is built with
// BuildKit (DOCKER_BUILDKIT=1, the reference) and with the legacy builder (DOCKER_BUILDKIT=0). BuildKit's
// `docker image inspect` .Config, its history (created-by text, empty-layer flag from the saved image
// config, layer sizes from `docker history --human=false`) and whether the build fails must equal our
// prediction. Legacy differences are reported as data: "N of M cases agree" per builder.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate, toDockerConfigJson, type SimulationResult } from '../../core/engine/sim/index';
import { readContextDir } from '../../main/cli/commands/inspect';

const ROOT = join(__dirname, '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'sim');
const DOCKER = existsSync('/usr/bin/docker') ? '/usr/bin/docker' : 'docker';

interface CaseMeta {
  description: string;
  buildArgs?: Record<string, string>;
  target?: string;
}

interface Actual {
  ok: boolean;
  error: string;
  config?: Record<string, unknown>;
  history?: { createdBy: string; emptyLayer: boolean; size: number }[];
}

function startEngine(): { ok: true } | { ok: false; reason: string } {
  const r = spawnSync('bash', [join(ROOT, 'scripts', 'docker-engine.sh')], { encoding: 'utf8', timeout: 240_000 });
  if (r.status === 0) return { ok: true };
  return { ok: false, reason: (r.stderr || r.error?.message || `exit ${r.status}`).trim() };
}

const engine = startEngine();
if (!engine.ok) {
  if (process.env.DRYDOCK_REQUIRE_DOCKER) throw new Error(`DRYDOCK_REQUIRE_DOCKER is set but the Docker engine cannot start: ${engine.reason}`);
  console.warn(`\n!!! SKIPPING the simulator-vs-Docker differential test: no Docker engine could start here (${engine.reason}). Set DRYDOCK_REQUIRE_DOCKER=1 to make this a failure.\n`);
}

const cases = readdirSync(FIXTURES).filter((c) => existsSync(join(FIXTURES, c, 'Dockerfile'))).sort();

function docker(args: string[], env: Record<string, string> = {}): string {
  return execFileSync(DOCKER, args, { encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

/** History from the saved image config (empty_layer is exact there) plus sizes from docker history. */
function imageHistory(tag: string): { createdBy: string; emptyLayer: boolean; size: number }[] {
  // The engine is shared with other test suites: retry once if a concurrent operation gets in the way.
  try {
    return readHistory(tag);
  } catch {
    return readHistory(tag);
  }
}

function readHistory(tag: string): { createdBy: string; emptyLayer: boolean; size: number }[] {
  const dir = mkdtempSync(join(tmpdir(), 'drydock-simdiff-'));
  try {
    execFileSync('sh', ['-c', `"${DOCKER}" save "${tag}" | tar -x -C "${dir}"`]);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { Config: string }[];
    const config = JSON.parse(readFileSync(join(dir, manifest[0]?.Config ?? ''), 'utf8')) as { history: { created_by?: string; empty_layer?: boolean }[] };
    const sizes = docker(['history', '--no-trunc', '--human=false', '--format', '{{.Size}}', tag]).trim().split('\n').map(Number).reverse();
    return config.history.map((h, i) => ({ createdBy: h.created_by ?? '', emptyLayer: h.empty_layer ?? false, size: sizes[i] ?? -1 }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function build(name: string, meta: CaseMeta, buildkit: boolean): Actual {
  const tag = `drydock-simdiff:${name}-${buildkit ? 'bk' : 'legacy'}`;
  const args = ['build', '-q', '-f', join(FIXTURES, name, 'Dockerfile'), '-t', tag];
  for (const [k, v] of Object.entries(meta.buildArgs ?? {})) args.push('--build-arg', `${k}=${v}`);
  if (meta.target) args.push('--target', meta.target);
  args.push(join(FIXTURES, name, 'context'));
  const r = spawnSync(DOCKER, args, { encoding: 'utf8', env: { ...process.env, DOCKER_BUILDKIT: buildkit ? '1' : '0' }, timeout: 120_000 });
  if (r.status !== 0) return { ok: false, error: (r.stderr || '').trim().split('\n').slice(-2).join(' | ') };
  const config = JSON.parse(docker(['image', 'inspect', '--format', '{{json .Config}}', tag])) as Record<string, unknown>;
  return { ok: true, error: '', config, history: imageHistory(tag) };
}

function predict(name: string, meta: CaseMeta): SimulationResult {
  const text = readFileSync(join(FIXTURES, name, 'Dockerfile'), 'utf8');
  return simulate(text, { ...(meta.buildArgs ? { buildArgs: meta.buildArgs } : {}), ...(meta.target ? { target: meta.target } : {}), context: { files: readContextDir(join(FIXTURES, name, 'context')) } });
}

/** Rows the base image brings (busybox's import row); FROM scratch brings none. */
function baseRowCount(result: SimulationResult, busyboxRows: number): number {
  let stage = result.stages[result.target];
  while (stage && stage.baseStage !== null) stage = result.stages[stage.baseStage];
  return stage?.base.toLowerCase() === 'scratch' ? 0 : busyboxRows;
}

interface Comparison {
  agree: boolean;
  differences: string[];
}

function compare(pred: SimulationResult, actual: Actual, busyboxRows: number, legacy: boolean): Comparison {
  const differences: string[] = [];
  if (pred.ok !== actual.ok) {
    differences.push(`build ${actual.ok ? 'succeeds' : `fails (${actual.error})`} but we predict it ${pred.ok ? 'succeeds' : `fails: ${pred.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message).join('; ')}`}`);
    return { agree: false, differences };
  }
  if (!actual.ok || !actual.config || !actual.history) return { agree: true, differences };
  const ours = toDockerConfigJson(pred.config);
  const theirs = { ...actual.config };
  if (legacy) {
    // The legacy builder records the parent image id in Config.Image; BuildKit leaves it empty.
    theirs.Image = '';
  }
  for (const key of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
    if (JSON.stringify(ours[key]) !== JSON.stringify(theirs[key])) differences.push(`Config.${key}: docker ${JSON.stringify(theirs[key])}, predicted ${JSON.stringify(ours[key])}`);
  }
  if (JSON.stringify(Object.keys(ours)) !== JSON.stringify(Object.keys(theirs))) differences.push(`Config key order: docker ${Object.keys(theirs).join(',')}, predicted ${Object.keys(ours).join(',')}`);
  if (!legacy) {
    const rows = actual.history.slice(baseRowCount(pred, busyboxRows));
    const predicted = pred.history.map((h) => ({ createdBy: h.createdBy, emptyLayer: h.emptyLayer }));
    const got = rows.map((h) => ({ createdBy: h.createdBy, emptyLayer: h.emptyLayer }));
    if (JSON.stringify(predicted) !== JSON.stringify(got)) differences.push(`History: docker ${JSON.stringify(got)}, predicted ${JSON.stringify(predicted)}`);
    else {
      pred.history.forEach((h, i) => {
        const size = rows[i]?.size;
        if (h.size !== null && size !== undefined && h.size !== size) differences.push(`History[${i}] size of "${h.createdBy}": docker ${size} bytes, predicted ${h.size}`);
      });
    }
  }
  return { agree: differences.length === 0, differences };
}

describe.skipIf(!engine.ok)('simulator vs the real Docker engine', () => {
  const results = new Map<string, { meta: CaseMeta; pred: SimulationResult; bk: Actual; legacy: Actual }>();
  let busyboxRows = 1;

  beforeAll(() => {
    busyboxRows = imageHistory('busybox:latest').length;
    for (const name of cases) {
      const meta = JSON.parse(readFileSync(join(FIXTURES, name, 'case.json'), 'utf8')) as CaseMeta;
      results.set(name, { meta, pred: predict(name, meta), bk: build(name, meta, true), legacy: build(name, meta, false) });
    }
  }, 900_000);

  afterAll(() => {
    if (!engine.ok) return;
    const tags = docker(['images', '--format', '{{.Repository}}:{{.Tag}}', 'drydock-simdiff']).trim().split('\n').filter(Boolean);
    if (tags.length > 0) spawnSync(DOCKER, ['rmi', '-f', ...tags], { encoding: 'utf8' });
  });

  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('BuildKit agrees with the prediction: %s', (name) => {
    const r = results.get(name);
    expect(r, `case ${name} was not built`).toBeDefined();
    const { differences } = compare(r!.pred, r!.bk, busyboxRows, false);
    expect(differences, `${name}: ${r!.meta.description}`).toEqual([]);
  });

  it('reports how many cases agree per builder (legacy differences are data)', () => {
    const lines: string[] = [];
    let bkAgree = 0;
    let legacyAgree = 0;
    for (const [name, r] of results) {
      const bk = compare(r.pred, r.bk, busyboxRows, false);
      const lg = compare(r.pred, r.legacy, busyboxRows, true);
      if (bk.agree) bkAgree++;
      if (lg.agree) legacyAgree++;
      else lines.push(`  legacy ${name}: ${lg.differences.join(' ; ')}`);
    }
    console.log(`\nsimulator vs BuildKit (DOCKER_BUILDKIT=1): ${bkAgree} of ${results.size} cases agree`);
    console.log(`simulator vs legacy builder (DOCKER_BUILDKIT=0, .Config and success only): ${legacyAgree} of ${results.size} cases agree`);
    if (lines.length > 0) console.log(`legacy builder differences:\n${lines.join('\n')}`);
    expect(results.size).toBe(cases.length);
  });
});
