// npm run bench:web — web mode's cold start as the user sees it, measured in Chromium:
//   1. cold page load to an interactive lesson view: a fresh browser context (empty cache) opens
//      #/lessons/<first lesson>; we time until the lesson's <h1> is visible and its "Mark as read" button
//      is enabled. Several runs; median and p95 printed. Target < 1 s.
//   2. initial JavaScript, gzipped: every script the browser fetched for that view (entry, its imports
//      and the lazily loaded lessons page), plus the entry alone; the editor and other pages' chunks are
//      never fetched on this view. Target < 300 KB.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, ROOT, startWebApp } from '../test/e2e/helpers/webApp';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)]!;
}

async function main(): Promise<void> {
  const app = await startWebApp({});
  const browser = await launchChromium();
  try {
    const list = await fetch(`${app.origin}/api/lessons.list`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Drydock-Token': app.token },
      body: '{}',
    }).then((r) => r.json() as Promise<{ ok: boolean; value: { lessons: Array<{ id: string; title: string }> } }>);
    const first = list.value.lessons[0];
    if (!first) throw new Error('no lessons in content/: nothing to measure');
    const target = `${app.url}#/lessons/${first.id}`;

    const times: number[] = [];
    const inPage: number[] = [];
    let scripts = new Map<string, number>();
    for (let run = 0; run < RUNS + 1; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
      const page = await context.newPage();
      const seen = new Map<string, number>();
      page.on('response', async (res) => {
        if (res.request().resourceType() === 'script') {
          const body = await res.body().catch(() => undefined);
          if (body) seen.set(new URL(res.url()).pathname, gzipSync(body).length);
        }
      });
      const start = performance.now();
      await page.goto(target, { waitUntil: 'commit' });
      // Polled on every animation frame inside the page: the page's own clock from navigation start.
      const seenAt = await page.waitForFunction(() => (document.querySelector('h1#lesson-title') ? performance.now() : 0), undefined, { polling: 'raf' });
      const pageMs = (await seenAt.jsonValue()) as number;
      await page.getByRole('heading', { level: 1, name: first.title }).waitFor({ state: 'visible' });
      await page.getByRole('button', { name: /mark as read|read/i }).first().waitFor({ state: 'visible' });
      const elapsed = performance.now() - start;
      // Run 0 warms the server's file cache and Chromium's process; it is not counted.
      if (run > 0) {
        times.push(elapsed);
        inPage.push(pageMs);
      }
      await page.waitForLoadState('networkidle');
      scripts = seen;
      await context.close();
    }
    times.sort((a, b) => a - b);
    inPage.sort((a, b) => a - b);

    const html = fs.readFileSync(path.join(ROOT, 'dist', 'renderer', 'index.html'), 'utf8');
    const entry = [...html.matchAll(/<script[^>]+src="\.?\/?([^"]+)"/g)].map((m) => m[1]!);
    const entryGz = entry.reduce((sum, rel) => sum + gzipSync(fs.readFileSync(path.join(ROOT, 'dist', 'renderer', rel))).length, 0);
    const fetchedGz = [...scripts.values()].reduce((a, b) => a + b, 0);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

    console.log(`web mode, lesson "${first.id}", ${RUNS} cold loads (fresh context each, first warm-up run dropped)`);
    console.log(`  cold load to interactive lesson view: median ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms, min ${times[0]!.toFixed(0)} ms, max ${times[times.length - 1]!.toFixed(0)} ms  (target < 1000 ms)`);
    console.log(`  same, by the page's own clock (navigation start to heading in the DOM): median ${inPage[Math.floor(inPage.length / 2)]!.toFixed(0)} ms, p95 ${percentile(inPage, 95).toFixed(0)} ms`);
    console.log(`  initial JS fetched for that view, gzipped: ${kb(fetchedGz)} in ${scripts.size} files  (target < 300 KB)`);
    for (const [name, size] of [...scripts.entries()].sort((a, b) => b[1] - a[1])) console.log(`    ${kb(size).padStart(9)}  ${name}`);
    console.log(`  entry script alone (index.html), gzipped: ${kb(entryGz)}`);
  } finally {
    await browser.close();
    await app.stop();
  }
}

await main();
