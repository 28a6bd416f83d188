// Reusable end-to-end helper: build once, start web mode (the real dist/main/web.mjs bundle) on a
// temporary data folder, and drive Debian's Chromium with playwright-core.
//
//   const run = await openDrydock({ contentDir: fixture('content') });   // build + server + browser + page
//   await run.page.goto(run.app.url + '#/lessons');                       // url carries the token
//   ...
//   await run.page.screenshot({ path: screenshotPath('my-feature') });
//   await run.close();                                                    // browser, then Ctrl+C to the server
//
// Lower-level pieces (buildOnce, startWebApp, launchChromium) are exported for tests that need them apart.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export function fixture(...parts: string[]): string {
  return path.join(ROOT, 'test', 'fixtures', ...parts);
}

export function screenshotPath(name: string): string {
  const dir = path.join(ROOT, 'test-results');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}

let built: Promise<void> | undefined;

/** Runs scripts/build.mjs once per test process (it skips work when dist/ is newer than the sources). */
export function buildOnce(): Promise<void> {
  built ??= promisify(execFile)(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, maxBuffer: 16 << 20 }).then(() => undefined);
  return built;
}

export interface WebAppOptions {
  /** Lessons folder root (holding lessons/); default: the repository's content/. */
  readonly contentDir?: string;
  readonly quizzesDir?: string;
  /** Default: a fresh temporary folder (removed by stop() unless you passed your own). */
  readonly dataDir?: string;
  readonly env?: NodeJS.ProcessEnv;
}

export interface RunningWebApp {
  /** http://127.0.0.1:PORT/?token=… exactly as printed. */
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  readonly token: string;
  readonly dataDir: string;
  readonly process: ChildProcess;
  output(): string;
  /** Sends SIGINT (Ctrl+C) and waits for a clean exit; resolves with the exit code. */
  stop(): Promise<number | null>;
}

export async function startWebApp(options: WebAppOptions = {}): Promise<RunningWebApp> {
  await buildOnce();
  const ownDataDir = !options.dataDir;
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'drydock-e2e-'));
  const args = [path.join(ROOT, 'dist', 'main', 'web.mjs'), '--port', '0', '--no-open', '--data-dir', dataDir];
  if (options.contentDir) args.push('--content', options.contentDir);
  if (options.quizzesDir) args.push('--quizzes', options.quizzesDir);
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web mode did not print its URL within 20 s:\n${output}`)), 20_000);
    const check = () => {
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    };
    child.stdout.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`web mode exited (code ${code}) before printing its URL:\n${output}`));
    });
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    port: Number(parsed.port),
    token: parsed.searchParams.get('token') ?? '',
    dataDir,
    process: child,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGINT');
      const code = await exited;
      if (ownDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium package or set CHROMIUM_PATH`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

export interface DrydockSession {
  readonly app: RunningWebApp;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Browser errors and failed requests seen so far: tests can assert it stays empty. */
  readonly consoleErrors: string[];
  close(): Promise<void>;
}

export async function openDrydock(options: WebAppOptions & { viewport?: { width: number; height: number } } = {}): Promise<DrydockSession> {
  const app = await startWebApp(options);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 860 } });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    const b = browser;
    return {
      app,
      browser: b,
      context,
      page,
      consoleErrors,
      async close() {
        await b.close();
        await app.stop();
      },
    };
  } catch (err) {
    await browser?.close();
    await app.stop();
    throw err;
  }
}
