// End-to-end: web mode served for real and driven in Chromium — open a lesson, search (hit highlighted),
// mark it read, reload, still marked. Screenshots go to test-results/.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, fixture, openDrydock, ROOT, screenshotPath, type DrydockSession } from './helpers/webApp';

describe('lesson reader in web mode', () => {
  let s: DrydockSession;

  beforeAll(async () => {
    s = await openDrydock({ contentDir: fixture('content') });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows the outline by domain and reports the bad content file', async () => {
    await s.page.goto(s.app.url);
    const outline = s.page.getByRole('navigation', { name: 'Course outline' });
    await outline.getByText('CMD versus ENTRYPOINT').waitFor();
    const domains = await outline.locator('.outline-domain-title > span:first-child').allTextContents();
    expect(domains).toEqual(['2. Image Creation, Management, and Registry', '6. Storage and Volumes']);
    const problems = s.page.locator('.content-problems');
    await expect.poll(() => problems.textContent()).toContain('lessons/images/bad-front-matter.md: domain');
    // The token was moved out of the address bar into sessionStorage.
    expect(s.page.url()).not.toContain('token=');
    await s.page.screenshot({ path: screenshotPath('lessons-overview') });
  });

  it('opens a lesson with highlighted code, a broken-on-purpose badge and heading anchors', async () => {
    await s.page.getByRole('navigation', { name: 'Course outline' }).getByText('Parser directives: syntax and escape').click();
    await s.page.getByRole('heading', { level: 1, name: 'Parser directives: syntax and escape' }).waitFor();
    expect(await s.page.locator('.code-block .hljs-keyword').count()).toBeGreaterThan(0);
    await expect.poll(() => s.page.locator('.badge-broken').count()).toBe(1);
    expect(await s.page.locator('h2#where-directives-must-go').count()).toBe(1);
    expect(await s.page.locator('.lesson-body table th').count()).toBe(2);
    await s.page.screenshot({ path: screenshotPath('lesson-page'), fullPage: false });
  });

  it('searches with "/" and highlights the hit, then follows it to the section', async () => {
    await s.page.locator('body').click({ position: { x: 700, y: 400 } });
    await s.page.keyboard.press('/');
    const search = s.page.getByRole('searchbox', { name: 'Search lessons' });
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await search.fill('copy-on');
    const hit = s.page.locator('.hit').first();
    await hit.waitFor();
    expect(await hit.locator('mark').first().textContent()).toMatch(/copy-on/i);
    await s.page.screenshot({ path: screenshotPath('lessons-search') });
    await search.press('Enter');
    await s.page.getByRole('heading', { level: 1, name: 'Image layers and copy-on-write' }).waitFor();
    expect(s.page.url()).toContain('#/lessons/image-layers/copy-on-write');
  });

  it('marks a lesson read and keeps the mark after a reload', async () => {
    await s.page.goto(`${s.app.origin}/#/lessons/cmd-vs-entrypoint`);
    await s.page.getByRole('heading', { level: 1, name: 'CMD versus ENTRYPOINT' }).waitFor();
    expect(await s.page.locator('.lesson-prereqs a').textContent()).toBe('Parser directives: syntax and escape');
    const markButton = s.page.getByRole('button', { name: 'Mark as read' });
    // The button is a button, not a bar across the whole lesson.
    const widths = await markButton.evaluate((b) => [b.getBoundingClientRect().width, b.closest('.lesson')!.getBoundingClientRect().width]);
    expect(widths[0]!).toBeLessThan(widths[1]! / 3);
    await markButton.click();
    await s.page.getByRole('button', { name: '✓ Read' }).waitFor();
    await s.page.reload();
    await s.page.getByRole('heading', { level: 1, name: 'CMD versus ENTRYPOINT' }).waitFor();
    await s.page.getByRole('button', { name: '✓ Read' }).waitFor();
    const mark = s.page.locator('.outline-lesson[data-read]');
    expect(await mark.allTextContents()).toEqual([expect.stringContaining('CMD versus ENTRYPOINT')]);
    await s.page.screenshot({ path: screenshotPath('lesson-read') });

    // Following "Next →" from the keyboard leaves focus on the new lesson, not back at the top of the page.
    const next = s.page.locator('a[rel="next"]');
    const nextTitle = (await next.locator('.pager-title').textContent()) ?? '';
    await next.focus();
    await s.page.keyboard.press('Enter');
    await s.page.getByRole('heading', { level: 1, name: nextTitle }).waitFor();
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.id)).toBe('lesson-title');
    expect(s.consoleErrors).toEqual([]);
  });

  it('follows the system dark theme', async () => {
    await s.page.emulateMedia({ colorScheme: 'dark' });
    await s.page.goto(`${s.app.origin}/#/lessons/parser-directives`);
    await s.page.getByRole('heading', { level: 1, name: 'Parser directives: syntax and escape' }).waitFor();
    const background = await s.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(15, 20, 25)');
    await s.page.screenshot({ path: screenshotPath('lesson-page-dark') });
    await s.page.emulateMedia({ colorScheme: 'light' });
  });
});

describe('npm start without the Electron binary', () => {
  it('says so in one line, starts web mode, and stops cleanly on Ctrl+C', async () => {
    await buildOnce();
    const electronReady = fs.existsSync(path.join(ROOT, 'node_modules', 'electron', 'path.txt'));
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'drydock-start-'));
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs'), ...(electronReady ? ['--web'] : []), '--no-open', '--port', '0'], {
      cwd: ROOT,
      env: { ...process.env, DRYDOCK_DATA_DIR: dataDir },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    await expect.poll(() => out, { timeout: 60_000 }).toMatch(/http:\/\/127\.0\.0\.1:\d+\/\?token=/);
    if (!electronReady) {
      // Exactly one explanatory line (a rebuild may print its own progress before it if sources changed).
      const line = "Electron's desktop binary is not installed (run `npm run desktop:setup` with internet); starting web mode instead.";
      expect(out.split('\n').filter((l) => l === line)).toHaveLength(1);
    }
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(out).toContain('database closed');
    expect(fs.existsSync(path.join(dataDir, 'drydock.sqlite'))).toBe(true);
  });
});
