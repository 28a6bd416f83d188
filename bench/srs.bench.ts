// SRS benchmark (npm run bench:srs): 20,000 cards and 1,000,000 review rows in a real on-disk database
// opened the way the app opens it; times today's queue, recording an answer, and the dashboard queries.
// Targets (issue 7): queue < 20 ms, answer p99 < 2 ms, dashboard < 100 ms.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../main/store/db';
import { createSrsContext } from '../main/quiz/context';
import { buildQueue, recordAnswer, undoLastAnswer } from '../main/quiz/review';
import { dashboard } from '../main/quiz/dashboard';
import { rebuildAggregates } from '../main/quiz/transfer';
import { idleCheckpoints } from '../main/quiz/checkpoints';
import { DOMAINS } from '../core/model/domains';
import { DAY_MS } from '../core/srs/card';
import { seededRng } from '../core/exam/rng';

const CARDS = 20_000;
const REVIEWS = 1_000_000;
const NOW = Date.parse('2026-06-01T10:00:00Z');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
function stats(samples: number[]) {
  const s = samples.slice().sort((a, b) => a - b);
  return { median: percentile(s, 50), p99: percentile(s, 99), max: s.at(-1) ?? NaN };
}
const f = (ms: number) => `${ms.toFixed(3)} ms`;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'drydock-bench-srs-'));
// SRS_BENCH_CACHE=<file> reuses a database built by an earlier run (the build takes half a minute).
const cache = process.env.SRS_BENCH_CACHE;
const cached = cache !== undefined && fs.existsSync(cache);
if (cached) fs.copyFileSync(cache, path.join(dataDir, 'drydock.sqlite'));
const { db } = openDatabase({ dataDir });
const rng = seededRng(2026);

console.log(`SRS bench: ${CARDS} cards, ${REVIEWS} review rows in ${dataDir}${cached ? ' (from cache)' : ''}`);
let t0 = performance.now();
if (!cached) {
const insertCard = db.prepare(`INSERT INTO srs_card (id, domain, lesson, section, objective, type, file, position, content, content_hash, state, due, stability, difficulty,
  scheduled_days, learning_steps, reps, lapses, last_review, flag) VALUES (@id, @domain, @lesson, NULL, @objective, 'single', 'bench.yaml', @position, @content, 'x', @state, @due,
  @stability, @difficulty, @scheduled_days, 0, @reps, @lapses, @last_review, @flag)`);
const insertReview = db.prepare(`INSERT INTO srs_review (card_id, at, day, rating, state_before, elapsed_days, scheduled_days, stability, difficulty, duration_ms, source, prev)
  VALUES (?, ?, ?, ?, 'review', ?, ?, 5, 5, 8000, 'review', NULL)`);
db.transaction(() => {
  for (let i = 0; i < CARDS; i++) {
    const domain = DOMAINS[i % DOMAINS.length]!;
    const id = `bench-${i}`;
    const seen = i % 10 !== 0; // 10% still new
    const stability = 1 + rng.next() * 200;
    // About a quarter of the seen cards are overdue, the rest due over the coming months.
    const lastReview = NOW - Math.floor(rng.next() * 1.3 * stability * DAY_MS);
    const content = JSON.stringify({
      id,
      type: 'single',
      prompt: `Benchmark question ${i}: which option is right for this ${domain.title} scenario?`,
      explanation: 'A benchmark explanation of reasonable length for the card.',
      lesson: `lesson-${i % 60}`,
      domain: domain.id,
      objective: `${domain.number}.${(i % 10) + 1}`,
      difficulty: 2,
      tags: [],
      domc: false,
      options: [0, 1, 2, 3].map((o) => ({ text: `Option ${o} text`, correct: o === 0, why: `Why option ${o} is ${o === 0 ? 'right' : 'wrong'}.` })),
    });
    insertCard.run({
      id,
      domain: domain.id,
      lesson: `lesson-${i % 60}`,
      objective: `${domain.number}.${(i % 10) + 1}`,
      position: i,
      content,
      state: seen ? 'review' : 'new',
      due: seen ? lastReview + Math.round(stability * DAY_MS) : NOW,
      stability: seen ? stability : 0,
      difficulty: seen ? 5 : 0,
      scheduled_days: seen ? Math.round(stability) : 0,
      reps: seen ? 50 : 0,
      lapses: seen ? Math.floor(rng.next() * 4) : 0,
      last_review: seen ? lastReview : null,
      flag: i % 97 === 0 ? 1 : 0,
    });
  }
  for (let r = 0; r < REVIEWS; r++) {
    // Two years of history up to yesterday, on seen cards only (every tenth card is new).
    const at = NOW - Math.floor((1 + rng.next() * 729) * DAY_MS);
    const idx = (r * 7919) % CARDS;
    insertReview.run(`bench-${idx % 10 === 0 ? idx + 1 : idx}`, at, new Date(at).toISOString().slice(0, 10), rng.next() < 0.1 ? 1 : 3, 1 + rng.next() * 60, Math.round(1 + rng.next() * 60));
  }
})();
rebuildAggregates(db);
db.pragma('optimize');
db.pragma('wal_checkpoint(TRUNCATE)');
if (cache) fs.copyFileSync(path.join(dataDir, 'drydock.sqlite'), cache);
}
console.log(`  setup: ${((performance.now() - t0) / 1000).toFixed(1)} s`);

let clock = NOW;
const ctx = createSrsContext(db, () => new Date(clock), () => 0);

// Today's queue (default limits: 200 reviews, 20 new).
buildQueue(ctx);
const queueTimes: number[] = [];
let queueSize = 0;
for (let i = 0; i < 50; i++) {
  t0 = performance.now();
  queueSize = buildQueue(ctx).cards.length;
  queueTimes.push(performance.now() - t0);
}
const q = stats(queueTimes);

// Recording answers: each one a full IMMEDIATE transaction (card, log row, daily and retention aggregates).
// As in the app, WAL checkpoints run at idle moments once 500 writes have piled up (here: untimed,
// between bursts of 500 answers); the first answer after each pays for restarting the WAL.
const checkpoints = idleCheckpoints(db);
const ids = buildQueue(ctx, {}, 200).cards.map((c) => c.id);
const answerTimes: number[] = [];
// CPU time of this process for the same calls: the code's own cost, without time spent descheduled
// while other processes had the cores (what drives wall-clock p99 on a shared machine).
const answerCpu: number[] = [];
for (let i = 0; i < 5000; i++) {
  if (i % 500 === 0) checkpoints.runNow();
  clock += 1000;
  const id = ids[i % ids.length]!;
  const c0 = process.cpuUsage();
  t0 = performance.now();
  recordAnswer(ctx, id, ((i % 4) + 1) as 1 | 2 | 3 | 4, 6000);
  answerTimes.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  answerCpu.push((c.user + c.system) / 1000);
}
const a = stats(answerTimes);
const aCpu = stats(answerCpu);
checkpoints.runNow();
const undoTimes: number[] = [];
for (let i = 0; i < 200; i++) {
  t0 = performance.now();
  undoLastAnswer(ctx);
  undoTimes.push(performance.now() - t0);
}
const u = stats(undoTimes);

// Dashboard: all its queries together.
dashboard(ctx, {});
const dashTimes: number[] = [];
for (let i = 0; i < 20; i++) {
  t0 = performance.now();
  dashboard(ctx, {});
  dashTimes.push(performance.now() - t0);
}
const d = stats(dashTimes);

const rows: Array<[string, string, string, number, number]> = [
  [`today's queue (${queueSize} cards)`, f(q.median), f(q.p99), q.median, 20],
  ['record an answer', f(a.median), f(a.p99), a.p99, 2],
  ['undo an answer', f(u.median), f(u.p99), u.p99, 2],
  ['dashboard queries together', f(d.median), f(d.p99), d.median, 100],
];
console.log(`\n  machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} (p99 suffers when other work shares the cores)`);
console.log('\n  measure                          median        p99           target');
let failed = false;
for (const [name, med, p99, value, target] of rows) {
  const ok = value < target;
  failed ||= !ok;
  console.log(`  ${name.padEnd(32)} ${med.padEnd(13)} ${p99.padEnd(13)} < ${target} ms ${ok ? 'ok' : 'MISSED'}`);
}
checkpoints.stop();
db.close();
fs.rmSync(dataDir, { recursive: true, force: true });
console.log(`\n  record an answer, CPU time only: median ${f(aCpu.median)}, p99 ${f(aCpu.p99)}`);
process.exitCode = failed ? 1 : 0;
