// `npm run bench:engine`: our Dockerfile engine (parse + validate + lint) against the peer
// (dockerfile-ast parse + dockerfile-utils validate()), in one Node process, on the real Dockerfiles of
// ../shared/corpus/dockerfiles (fallback: the project's conformance fixtures). Prints throughput and the
// ratio (target >= 20x), our per-file p99 latency (target < 1 ms), time at 1x/2x/4x/8x input size up to
// ~10 MB (linear growth) and peak memory.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import os from 'node:os';
import { DockerfileParser } from 'dockerfile-ast';
import { validate as peerValidate } from 'dockerfile-utils';
import { lint, parse, validate } from '../core/engine/index';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const CORPUS = join(HERE, '..', '..', 'shared', 'corpus', 'dockerfiles');
const FIXTURES = join(HERE, '..', 'test', 'fixtures', 'dockerfile');

function loadInputs(): { source: string; files: Array<{ name: string; text: string }> } {
  if (existsSync(CORPUS)) {
    return { source: CORPUS, files: readdirSync(CORPUS).sort().map((f) => ({ name: f, text: readFileSync(join(CORPUS, f), 'utf8') })) };
  }
  const files: Array<{ name: string; text: string }> = [];
  for (const kind of ['valid', 'invalid']) {
    const dir = join(FIXTURES, kind);
    if (!existsSync(dir)) continue;
    for (const c of readdirSync(dir).sort()) files.push({ name: `${kind}/${c}`, text: readFileSync(join(dir, c, 'Dockerfile'), 'utf8') });
  }
  return { source: `${FIXTURES} (corpus absent)`, files };
}

function ours(text: string): number {
  const doc = parse(text);
  return doc.errors.length + validate(doc).length + lint(doc).length;
}

function peer(text: string): number {
  DockerfileParser.parse(text);
  return peerValidate(text).length;
}

interface Throughput {
  filesPerSec: number;
  mbPerSec: number;
}

/** Whole passes over the corpus for about `ms`; returns passes and elapsed time. */
function run(files: Array<{ text: string }>, fn: (t: string) => number, ms: number): { passes: number; ms: number; sink: number } {
  let sink = 0;
  let passes = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < ms) {
    for (const f of files) sink += fn(f.text);
    passes++;
  }
  return { passes, ms: performance.now() - t0, sink };
}

/**
 * Throughput of both engines after a warm-up of each (the JIT needs about a second), measured in
 * A-B-B-A order so a burst of load on this shared machine hits both alike. No forced GC here: forcing
 * collections ages compiled code and makes V8 recompile it, which would distort the numbers.
 */
function throughputPair(files: Array<{ text: string }>, sliceMs: number): { peer: Throughput; ours: Throughput } {
  const bytes = files.reduce((n, f) => n + f.text.length, 0);
  run(files, peer, 1500);
  run(files, ours, 1500);
  const order = [['ours', ours], ['peer', peer], ['peer', peer], ['ours', ours]] as const;
  const acc = { peer: { passes: 0, ms: 0 }, ours: { passes: 0, ms: 0 } };
  for (const [key, fn] of order) {
    const r = key === 'ours' ? run(files, fn, sliceMs) : run(files, fn, sliceMs);
    acc[key].passes += r.passes;
    acc[key].ms += r.ms;
  }
  const rate = (a: { passes: number; ms: number }): Throughput => ({
    filesPerSec: (a.passes * files.length) / (a.ms / 1000),
    mbPerSec: (a.passes * bytes) / (a.ms / 1000) / 1e6,
  });
  return { peer: rate(acc.peer), ours: rate(acc.ours) };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

interface Latency {
  /** Over all samples (every file x every repetition): includes GC pauses and scheduler noise. */
  pooledP50: number;
  pooledP99: number;
  /** Each file's median over the repetitions, then the 99th percentile across files. */
  fileP99: number;
  fileMax: number;
  worst: string;
}

/** Per-file latency: every file analysed `reps` times after a warm-up. */
function latency(files: Array<{ name: string; text: string }>, reps: number): Latency {
  const pooled: number[] = [];
  const perFile = files.map(() => [] as number[]);
  for (const f of files) for (let i = 0; i < 20; i++) ours(f.text);
  for (let r = 0; r < reps; r++) {
    files.forEach((f, i) => {
      const t0 = performance.now();
      ours(f.text);
      const t = performance.now() - t0;
      pooled.push(t);
      perFile[i]!.push(t);
    });
  }
  pooled.sort((a, b) => a - b);
  const medians = perFile.map((s, i) => ({ name: files[i]!.name, t: percentile(s.sort((a, b) => a - b), 50) }));
  const sortedMedians = medians.map((m) => m.t).sort((a, b) => a - b);
  const worst = medians.reduce((a, b) => (b.t > a.t ? b : a), { name: '', t: 0 });
  return {
    pooledP50: percentile(pooled, 50), pooledP99: percentile(pooled, 99),
    fileP99: percentile(sortedMedians, 99), fileMax: worst.t, worst: worst.name,
  };
}

function scaling(files: Array<{ text: string }>): Array<{ factor: number; mb: number; ms: number; perMb: number }> {
  const all = files.map((f) => f.text).join('\n');
  // Base size so that 8x is about 10 MB.
  const base = Math.max(1, Math.round(10e6 / 8 / all.length));
  const rows: Array<{ factor: number; mb: number; ms: number; perMb: number }> = [];
  ours(Array.from({ length: base }, () => all).join('\n')); // warm-up at 1x
  for (const factor of [1, 2, 4, 8]) {
    const text = Array.from({ length: base * factor }, () => all).join('\n');
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      ours(text);
      times.push(performance.now() - t0);
    }
    const ms = times.sort((a, b) => a - b)[1]!;
    const mb = text.length / 1e6;
    rows.push({ factor, mb, ms, perMb: ms / mb });
  }
  return rows;
}

/** A full garbage collection between phases, so one phase's garbage is not billed to the next. */
v8.setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

function fmt(n: number, d = 1): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
}

async function main(): Promise<void> {
  const { source, files } = loadInputs();
  const bytes = files.reduce((n, f) => n + f.text.length, 0);
  console.log(`Drydock engine benchmark — ${files.length} Dockerfiles, ${fmt(bytes / 1024)} KiB, from ${source}`);
  console.log(`node ${process.version}\n`);

  const { peer: peerT, ours: ourT } = throughputPair(files, 2000);
  const ratio = ourT.filesPerSec / peerT.filesPerSec;
  console.log('Throughput (whole corpus; after warm-up, 2 s slices in A-B-B-A order)');
  console.log('| engine                                          | files/s     | MB/s   |');
  console.log('|-------------------------------------------------|-------------|--------|');
  console.log(`| dockerfile-ast parse + dockerfile-utils validate | ${fmt(peerT.filesPerSec, 0).padStart(11)} | ${fmt(peerT.mbPerSec, 2).padStart(6)} |`);
  console.log(`| drydock parse + validate + lint                  | ${fmt(ourT.filesPerSec, 0).padStart(11)} | ${fmt(ourT.mbPerSec, 2).padStart(6)} |`);
  console.log(`ratio: ${fmt(ratio, 1)}x (target >= 20x) ${ratio >= 20 ? 'PASS' : 'MISS'}\n`);

  collect();
  const lat = latency(files, 30);
  console.log('Per-file latency of drydock parse + validate + lint (30 repetitions per file)');
  console.log(`p99 across files of each file's median: ${fmt(lat.fileP99, 3)} ms (target < 1 ms) ${lat.fileP99 < 1 ? 'PASS' : 'MISS'}; slowest file ${fmt(lat.fileMax, 3)} ms (${lat.worst})`);
  console.log(`all samples pooled: p50 ${fmt(lat.pooledP50, 3)} ms, p99 ${fmt(lat.pooledP99, 3)} ms (includes GC pauses and CPU contention; load average now ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)\n`);

  // Measured before the scaling run, whose 10 MB inputs leave a large heap that slows every later GC.
  collect();
  // ---- HOOK for the build simulator (owned by the simulator engineer; edit only this section) ----
  const full = (await import('./sim.bench')).benchFullAnalysis();
  if (full) {
    const worst = [...full.files].sort((a, b) => b.p99 - a.p99)[0];
    console.log(`Per-file latency of ${full.label}`);
    const w = full.warmup;
    console.log(`measured after ${w.passes} warm-up passes over the corpus (${fmt(w.ms, 0)} ms), as a sandbox worker is after its first minute; the first, JIT-cold pass: p50 ${fmt(w.firstPassP50, 3)} ms, p99 ${fmt(w.firstPassP99, 3)} ms, max ${fmt(w.firstPassMax, 3)} ms`);
    const medians = full.files.map((f) => f.p50).sort((a, b) => a - b);
    const p99OfMedians = medians[Math.min(medians.length - 1, Math.ceil(0.99 * medians.length) - 1)] ?? 0;
    console.log(`p99 across files of each file's median: ${fmt(p99OfMedians, 3)} ms (the statistic of the row above)`);
    console.log(`p50 ${fmt(full.pooledP50, 3)} ms, p99 ${fmt(full.pooledP99, 3)} ms; per-file p99: median ${fmt(full.medianP99, 3)} ms, worst ${fmt(full.worstP99, 3)} ms (${worst?.file ?? '-'}) (target: every file's p99 < 1 ms) ${full.worstP99 < full.targetMs ? 'PASS' : 'MISS'}\n`);
  }
  // ---- END HOOK ----

  collect();
  const rows = scaling(files);
  console.log('Scaling (corpus concatenated; time should grow linearly)');
  console.log('| size | MB     | ms       | ms per MB |');
  console.log('|------|--------|----------|-----------|');
  for (const r of rows) console.log(`| ${`${r.factor}x`.padEnd(4)} | ${fmt(r.mb, 2).padStart(6)} | ${fmt(r.ms, 1).padStart(8)} | ${fmt(r.perMb, 1).padStart(9)} |`);
  const growth = rows[3]!.ms / rows[0]!.ms;
  console.log(`8x input took ${fmt(growth, 2)}x the time (linear = 8x) ${growth < 12 ? 'PASS' : 'MISS'}\n`);


  const mem = process.memoryUsage();
  console.log(`Peak memory: rss ${fmt(mem.rss / 1048576)} MiB, heap used ${fmt(mem.heapUsed / 1048576)} MiB (resourceUsage maxRSS ${fmt(process.resourceUsage().maxRSS / 1024)} MiB)`);
}

await main();
