// Differential test of the build simulator against the real Docker engine. Each case in
// test/fixtures/sim/<case>/ (Dockerfile, case.json with build args / target, context/) is built with
// BuildKit (DOCKER_BUILDKIT=1, the reference) and with the legacy builder (DOCKER_BUILDKIT=0). BuildKit's
// `docker image inspect` .Config, its history (created-by text, empty-layer flag from the saved image
// config, layer sizes from `docker history --human=false`), the files of every layer whose effect we
// predict (path, type, size, mode, owner, deletions; read from the saved layer tars) and whether the
// build fails must equal our prediction. Legacy differences are reported as data: "N of M cases agree" per builder.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDiff, simulate, toDockerConfigJson, type SimulationResult } from '../../core/engine/sim/index';
import { readContextDir } from '../../main/cli/commands/inspect';

const ROOT = join(__dirname, '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'sim');
const DOCKER = existsSync('/usr/bin/docker') ? '/usr/bin/docker' : 'docker';
/** The engine here is Docker 20.10: compare with the simulator's 20.10 mode (the default predicts current Docker). */
const ENGINE_FRONTEND = 'engine-20.10' as const;

/**
 * A Docker 28+ CLI, when one is installed beside Debian's 20.10 (DRYDOCK_CURRENT_DOCKER_CLI, else
 * /usr/local/bin/docker): it prints `.Config` in the current, image-spec shape, so every BuildKit case is
 * also compared in that shape. Without one, test/sim/config-json.test.ts still checks it on recorded output.
 */
const CURRENT_CLI = ((): { bin: string; version: string } | null => {
  for (const bin of [process.env.DRYDOCK_CURRENT_DOCKER_CLI, '/usr/local/bin/docker']) {
    if (!bin || !existsSync(bin)) continue;
    const r = spawnSync(bin, ['version', '--format', '{{.Client.Version}}'], { encoding: 'utf8' });
    const version = (r.stdout ?? '').trim();
    if (Number(version.split('.')[0]) >= 28) return { bin, version };
  }
  return null;
})();

interface CaseMeta {
  description: string;
  buildArgs?: Record<string, string>;
  target?: string;
  /** Cache cases: what changes before the second build ("{nonce}" becomes a fresh token). */
  cacheChange?: { files?: Record<string, string>; dockerfile?: [string, string][]; buildArgs?: Record<string, string> };
}

interface Saved {
  history: { createdBy: string; emptyLayer: boolean; size: number }[];
  /** Non-directory entries of each layer, as comparable strings (whiteouts as "<path> removed"). */
  layers: string[][];
}

interface Actual {
  ok: boolean;
  error: string;
  config?: Record<string, unknown>;
  /** `.Config` as the current CLI prints it (BuildKit builds, when CURRENT_CLI exists). */
  currentConfig?: string;
  history?: Saved['history'];
  layers?: string[][];
}

/** Lists a layer tar: files and symlinks with size, permission bits and owner; whiteouts as removals. */
function layerEntries(bytes: Buffer): string[] {
  const out: string[] = [];
  let offset = 0;
  let longName: string | undefined;
  while (offset + 512 <= bytes.length) {
    const h = bytes.subarray(offset, offset + 512);
    if (h.every((b) => b === 0)) break;
    const str = (a: number, n: number) => h.subarray(a, a + n).toString('utf8').replace(/\0.*$/s, '');
    const num = (a: number, n: number) => parseInt(str(a, n).trim() || '0', 8);
    const size = num(124, 12);
    const type = str(156, 1);
    const body = bytes.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === 'x') {
      const m = /\d+ path=([^\n]*)\n/.exec(body.toString('utf8'));
      longName = m?.[1];
      continue;
    }
    if (type === 'g' || type === '5') {
      longName = undefined;
      continue;
    }
    const prefix = str(345, 155);
    const name = '/' + (longName ?? (prefix ? `${prefix}/` : '') + str(0, 100)).replace(/^\.?\//, '').replace(/\/$/, '');
    longName = undefined;
    const base = name.slice(name.lastIndexOf('/') + 1);
    if (base.startsWith('.wh.')) {
      if (base !== '.wh..wh..opq') out.push(`${name.slice(0, name.lastIndexOf('/') + 1)}${base.slice(4)} removed`);
      continue;
    }
    const kind = type === '2' ? 'symlink' : 'file';
    out.push(`${name} ${kind} ${kind === 'file' ? size : 0} ${(num(100, 8) & 0o7777).toString(8)} ${num(108, 8)}:${num(116, 8)}`);
  }
  return out.sort();
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
function imageHistory(tag: string): Saved {
  // The engine is shared with other test suites: retry once if a concurrent operation gets in the way.
  try {
    return readHistory(tag);
  } catch {
    return readHistory(tag);
  }
}

function readHistory(tag: string): Saved {
  const dir = mkdtempSync(join(tmpdir(), 'drydock-simdiff-'));
  try {
    execFileSync('sh', ['-c', `"${DOCKER}" save "${tag}" | tar -x -C "${dir}"`]);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { Config: string; Layers: string[] }[];
    const config = JSON.parse(readFileSync(join(dir, manifest[0]?.Config ?? ''), 'utf8')) as { history: { created_by?: string; empty_layer?: boolean }[] };
    const sizes = docker(['history', '--no-trunc', '--human=false', '--format', '{{.Size}}', tag]).trim().split('\n').map(Number).reverse();
    return {
      history: config.history.map((h, i) => ({ createdBy: h.created_by ?? '', emptyLayer: h.empty_layer ?? false, size: sizes[i] ?? -1 })),
      layers: (manifest[0]?.Layers ?? []).map((l) => layerEntries(readFileSync(join(dir, l)))),
    };
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
  const currentConfig = buildkit && CURRENT_CLI ? execFileSync(CURRENT_CLI.bin, ['image', 'inspect', '--format', '{{json .Config}}', tag], { encoding: 'utf8' }).trim() : undefined;
  const saved = imageHistory(tag);
  return { ok: true, error: '', config, history: saved.history, layers: saved.layers, ...(currentConfig !== undefined ? { currentConfig } : {}) };
}

/**
 * Builds the changed variant of a cache case with BuildKit and reads which steps were CACHED, per stage
 * label ("" for a single stage, else the stage name or stage-N), in step order.
 */
function buildChanged(name: string, meta: CaseMeta, nonce: string): { dockerfile: string; dir: string; args: Record<string, string>; steps: Map<string, boolean[]> | string } {
  const change = meta.cacheChange ?? {};
  const dir = mkdtempSync(join(tmpdir(), 'drydock-simcache-'));
  cpSync(join(FIXTURES, name, 'context'), dir, { recursive: true });
  for (const [file, content] of Object.entries(change.files ?? {})) writeFileSync(join(dir, file), content.replaceAll('{nonce}', nonce));
  let dockerfile = readFileSync(join(FIXTURES, name, 'Dockerfile'), 'utf8');
  for (const [from, to] of change.dockerfile ?? []) dockerfile = dockerfile.replace(from, to.replaceAll('{nonce}', nonce));
  const dockerfilePath = join(tmpdir(), `drydock-simcache-${name}-${nonce}.Dockerfile`);
  writeFileSync(dockerfilePath, dockerfile);
  const args: Record<string, string> = { ...(meta.buildArgs ?? {}) };
  for (const [k, v] of Object.entries(change.buildArgs ?? {})) args[k] = v.replaceAll('{nonce}', nonce);
  const cli = ['build', '--progress=plain', '-f', dockerfilePath, '-t', `drydock-simdiff:${name}-after`];
  for (const [k, v] of Object.entries(args)) cli.push('--build-arg', `${k}=${v}`);
  if (meta.target) cli.push('--target', meta.target);
  cli.push(dir);
  const r = spawnSync(DOCKER, cli, { encoding: 'utf8', env: { ...process.env, DOCKER_BUILDKIT: '1' }, timeout: 120_000 });
  rmSync(dockerfilePath, { force: true });
  if (r.status !== 0) return { dockerfile, dir, args, steps: `build failed: ${(r.stderr || '').trim().split('\n').slice(-2).join(' | ')}` };
  // "#7 [build 3/5] COPY ..." then later "#7 CACHED" or "#7 DONE"; FROM (step 1) is not a cache step.
  const label = new Map<string, { stage: string; index: number }>();
  const cached = new Map<string, boolean>();
  for (const line of (r.stderr || '').split('\n')) {
    const step = /^#(\d+) \[(?:(\S+) )?(\d+)\/\d+\] /.exec(line);
    if (step) {
      if (Number(step[3]) > 1) label.set(step[1] as string, { stage: step[2] ?? '', index: Number(step[3]) });
      continue;
    }
    const done = /^#(\d+) (CACHED|DONE)/.exec(line);
    if (done && label.has(done[1] as string) && !cached.has(done[1] as string)) cached.set(done[1] as string, done[2] === 'CACHED');
  }
  const steps = new Map<string, boolean[]>();
  for (const [id, l] of [...label].sort((a, b) => a[1].index - b[1].index)) steps.set(l.stage, [...(steps.get(l.stage) ?? []), cached.get(id) ?? false]);
  return { dockerfile, dir, args, steps };
}

function predict(name: string, meta: CaseMeta): SimulationResult {
  const text = readFileSync(join(FIXTURES, name, 'Dockerfile'), 'utf8');
  return simulate(text, { ...(meta.buildArgs ? { buildArgs: meta.buildArgs } : {}), ...(meta.target ? { target: meta.target } : {}), context: { files: readContextDir(join(FIXTURES, name, 'context')) }, frontend: ENGINE_FRONTEND });
}

/** Rows the base image brings (busybox's import row); FROM scratch brings none. */
function baseRowCount(result: SimulationResult, busyboxRows: number): number {
  let stage = result.stages[result.target];
  while (stage && stage.baseStage !== null) stage = result.stages[stage.baseStage];
  return stage?.base.toLowerCase() === 'scratch' ? 0 : busyboxRows;
}

/** What we predict a layer tar holds: files and symlinks written, top-most paths removed. */
function predictedLayer(row: SimulationResult['history'][number]): string[] {
  const removed = row.changes.filter((c) => c.kind === 'removed').map((c) => c.path);
  const out: string[] = [];
  for (const c of row.changes) {
    if (c.kind === 'removed') {
      if (!removed.some((r) => c.path.startsWith(r + '/'))) out.push(`${c.path} removed`);
    } else if (c.type !== 'dir') {
      out.push(`${c.path} ${c.type} ${c.size} ${(c.mode ?? 0).toString(8)} ${c.uid ?? 0}:${c.gid ?? 0}`);
    }
  }
  return out.sort();
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
  const ours = toDockerConfigJson(pred.config, 'engine-20.10');
  const theirs = { ...actual.config };
  if (actual.currentConfig !== undefined) {
    currentShapeCompared++;
    const predicted = JSON.stringify(toDockerConfigJson(pred.config, 'current'));
    if (predicted !== actual.currentConfig) differences.push(`Config as docker ${CURRENT_CLI?.version} prints it: ${actual.currentConfig}, predicted ${predicted}`);
  }
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
  if (!legacy && actual.layers && differences.length === 0) {
    // Layers of the base image come first; then one per non-empty history row.
    let layer = baseRowCount(pred, 1) === 0 ? 0 : busyboxLayers;
    for (const row of pred.history) {
      if (row.emptyLayer) continue;
      const got = actual.layers[layer++] ?? [];
      // Only rows whose effect we fully know: account files (useradd) and unsimulated RUNs are skipped.
      if (row.size === null || row.changes.some((c) => c.path === '/etc/passwd')) continue;
      const want = predictedLayer(row);
      layersCompared++;
      if (JSON.stringify(want) !== JSON.stringify(got)) differences.push(`layer of "${row.createdBy}": docker ${JSON.stringify(got)}, predicted ${JSON.stringify(want)}`);
    }
  }
  return { agree: differences.length === 0, differences };
}

let busyboxLayers = 1;
/** How many layer listings were compared (reported with the totals, so a silent no-op shows). */
let layersCompared = 0;
/** How many .Config outputs of a current CLI were compared. */
let currentShapeCompared = 0;

describe.skipIf(!engine.ok)('simulator vs the real Docker engine', () => {
  const results = new Map<string, { meta: CaseMeta; bk: Comparison; legacy: Comparison }>();
  let busyboxRows = 1;

  beforeAll(() => {
    const busybox = imageHistory('busybox:latest');
    busyboxRows = busybox.history.length;
    busyboxLayers = busybox.layers.length;
    for (const name of cases) {
      const meta = JSON.parse(readFileSync(join(FIXTURES, name, 'case.json'), 'utf8')) as CaseMeta;
      const pred = predict(name, meta);
      results.set(name, { meta, bk: compare(pred, build(name, meta, true), busyboxRows, false), legacy: compare(pred, build(name, meta, false), busyboxRows, true) });
    }
  }, 900_000);

  afterAll(() => {
    if (!engine.ok) return;
    const tags = docker(['images', '--format', '{{.Repository}}:{{.Tag}}', 'drydock-simdiff']).trim().split('\n').filter(Boolean);
    if (tags.length > 0) spawnSync(DOCKER, ['rmi', '-f', ...tags], { encoding: 'utf8' });
  });

  const cacheCases = cases.filter((c) => existsSync(join(FIXTURES, c, 'case.json')) && (JSON.parse(readFileSync(join(FIXTURES, c, 'case.json'), 'utf8')) as CaseMeta).cacheChange);

  it.each(cacheCases)('BuildKit reuses exactly the cache steps we predict after a change: %s', (name) => {
    const meta = JSON.parse(readFileSync(join(FIXTURES, name, 'case.json'), 'utf8')) as CaseMeta;
    const nonce = `n${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    const before = predict(name, meta);
    const changed = buildChanged(name, meta, nonce);
    try {
      if (typeof changed.steps === 'string') throw new Error(changed.steps);
      const after = simulate(changed.dockerfile, { buildArgs: changed.args, ...(meta.target ? { target: meta.target } : {}), context: { files: readContextDir(changed.dir) }, frontend: ENGINE_FRONTEND });
      const diff = cacheDiff(before, after);
      const predicted = new Map<string, boolean[]>();
      const single = after.stages.length === 1;
      for (const step of diff.steps) {
        if (step.status === 'metadata') continue;
        const key = single ? '' : (step.stageName ?? `stage-${step.stage}`);
        predicted.set(key, [...(predicted.get(key) ?? []), step.status === 'hit']);
      }
      expect(Object.fromEntries(predicted), `${name}: ${meta.description} (true = cache hit)`).toEqual(Object.fromEntries(changed.steps));
      expect([...changed.steps.values()].flat().length, 'docker reported cache steps').toBeGreaterThan(0);
    } finally {
      rmSync(changed.dir, { recursive: true, force: true });
    }
  });

  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('BuildKit agrees with the prediction: %s', (name) => {
    const r = results.get(name);
    expect(r, `case ${name} was not built`).toBeDefined();
    expect(r!.bk.differences, `${name}: ${r!.meta.description}`).toEqual([]);
  });

  it('reports how many cases agree per builder (legacy differences are data)', () => {
    const lines: string[] = [];
    let bkAgree = 0;
    let legacyAgree = 0;
    for (const [name, r] of results) {
      if (r.bk.agree) bkAgree++;
      if (r.legacy.agree) legacyAgree++;
      else lines.push(`  legacy ${name}: ${r.legacy.differences.join(' ; ')}`);
    }
    console.log(`\nsimulator vs BuildKit (DOCKER_BUILDKIT=1): ${bkAgree} of ${results.size} cases agree (${layersCompared} layer file listings compared)`);
    console.log(CURRENT_CLI ? `.Config in the current CLI's shape (docker ${CURRENT_CLI.version}, ${CURRENT_CLI.bin}): compared for ${currentShapeCompared} successful BuildKit builds, every difference fails the case above` : '.Config in the current CLI\'s shape: no Docker 28+ CLI here; checked on recorded output by test/sim/config-json.test.ts');
    console.log(`simulator vs legacy builder (DOCKER_BUILDKIT=0, .Config and success only): ${legacyAgree} of ${results.size} cases agree`);
    if (lines.length > 0) console.log(`legacy builder differences:\n${lines.join('\n')}`);
    expect(results.size).toBe(cases.length);
    expect(layersCompared).toBeGreaterThan(20);
  });
});
