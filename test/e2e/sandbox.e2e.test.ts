// End-to-end: the sandbox in Chromium through web mode. Type a broken Dockerfile, see the marker and the
// Problems entry, apply a quick fix, find the draft again after a reload, open an exercise, make it pass,
// reload and find it solved. Screenshots go to test-results/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openDrydock, screenshotPath, type DrydockSession } from './helpers/webApp';

/** The editor's visible text (Monaco renders spaces as non-breaking spaces). */
async function editorText(page: Page): Promise<string> {
  const lines = await page.locator('.monaco-editor .view-lines .view-line').evaluateAll((els) =>
    els
      .map((el) => ({ top: parseFloat((el as HTMLElement).style.top || '0'), text: el.textContent ?? '' }))
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text),
  );
  return lines.join('\n').replace(/\u00a0/g, ' ');
}

async function replaceEditorText(page: Page, text: string): Promise<void> {
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

describe('Dockerfile sandbox in web mode', () => {
  let s: DrydockSession;

  beforeAll(async () => {
    s = await openDrydock({ viewport: { width: 1440, height: 900 } });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('loads Monaco only on the sandbox page', async () => {
    await s.page.goto(s.app.url);
    await s.page.waitForLoadState('networkidle');
    const before = await s.page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('sandboxEditor')));
    expect(before).toEqual([]);
    await s.page.goto(`${s.app.origin}/#/sandbox`);
    await s.page.locator('.monaco-editor .view-lines').waitFor();
    const after = await s.page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('sandboxEditor')));
    expect(after.length).toBeGreaterThan(0);
  });

  it('shows a marker and a Problems entry for a broken Dockerfile, then applies a quick fix', async () => {
    const page = s.page;
    await replaceEditorText(page, 'FROM busybox as build\nWORKDIR /app\n');
    // Type the broken line key by key, as a learner would.
    await page.keyboard.type('COPPY . .');
    await page.keyboard.press('Escape');
    const problems = page.getByTestId('problems');
    await expect.poll(() => problems.textContent(), { timeout: 10_000 }).toMatch(/COPPY/);
    await page.locator('.monaco-editor .squiggly-error').first().waitFor();
    await expect.poll(() => problems.textContent()).toMatch(/FromAsCasing/);
    await page.screenshot({ path: screenshotPath('sandbox-broken') });

    // Jump to the casing warning from the Problems list and apply its quick fix (Ctrl+.).
    await problems.locator('button', { hasText: 'FromAsCasing' }).click();
    await page.keyboard.press('Control+.');
    const action = page.locator('.action-widget').getByText("Change to 'AS'");
    await action.waitFor();
    await action.click();
    await expect.poll(() => editorText(page)).toContain('FROM busybox AS build');
    await expect.poll(() => problems.textContent()).not.toMatch(/FromAsCasing/);

    // A longer fix title is shown whole in the Quick Fix menu, not cut to "Add --no-c…".
    await replaceEditorText(page, 'FROM alpine:3.20\nRUN apk add git\n');
    await expect.poll(() => problems.textContent(), { timeout: 10_000 }).toMatch(/DL3019/);
    await problems.locator('button', { hasText: 'DL3019' }).click();
    await page.keyboard.press('Control+.');
    const noCache = page.locator('.action-widget .title', { hasText: 'Add --no-cache' });
    await noCache.waitFor();
    const fit = await noCache.evaluate((el) => ({ visible: el.clientWidth, needed: el.scrollWidth }));
    expect(fit.visible).toBeGreaterThanOrEqual(fit.needed);
    await page.keyboard.press('Escape');

    // Fix the typo by hand, in lower case, then "Format" restores the keyword case.
    await replaceEditorText(page, 'FROM busybox AS build\nworkdir /app\ncopy . .\nCMD ["sh"]\n');
    await page.getByRole('button', { name: 'Format' }).click();
    await expect.poll(() => editorText(page)).toContain('WORKDIR /app\nCOPY . .');
    await expect.poll(() => problems.textContent()).not.toMatch(/COPPY/);
    await page.getByRole('tab', { name: 'Image' }).click();
    await expect.poll(() => page.getByTestId('image-pane').textContent()).toContain('/app');
    await page.getByRole('tab', { name: 'Layers' }).click();
    await page.getByTestId('layers-pane').waitFor();
    await page.screenshot({ path: screenshotPath('sandbox-fixed') });
  });

  it('hovers an instruction with its explanation and a working lesson link', async () => {
    const page = s.page;
    await page.locator('.monaco-editor .view-line', { hasText: 'WORKDIR /app' }).locator('span', { hasText: 'WORKDIR' }).first().hover();
    const hover = page.locator('.monaco-hover-content', { hasText: 'working directory' });
    await hover.waitFor();
    await page.screenshot({ path: screenshotPath('sandbox-hover') });
    // Named by the lesson's title (the sandbox loads the course outline), linking to the lesson id.
    const link = hover.getByText('Lesson: WORKDIR, USER, EXPOSE and VOLUME');
    await link.click();
    await expect.poll(() => page.url()).toContain('#/lessons/workdir-user-expose-volume');
    await page.goBack();
    await page.locator('.monaco-editor .view-lines').waitFor();
  });

  it('autosaves the draft and brings it back after a reload', async () => {
    const page = s.page;
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toBe('Saved');
    await page.reload();
    await page.locator('.monaco-editor .view-lines').waitFor();
    await expect.poll(() => editorText(page)).toContain('FROM busybox AS build');
    expect(await editorText(page)).toContain('COPY . .');
  });

  it('opens an exercise, makes it pass, and finds it solved after a reload', async () => {
    const page = s.page;
    await page.getByTestId('exercise-list').getByText('WORKDIR, not cd').click();
    const panel = page.getByTestId('exercise-panel');
    await panel.getByRole('heading', { name: 'WORKDIR, not cd' }).waitFor();
    await expect.poll(() => editorText(page)).toContain('cd /srv/app');

    await page.getByTestId('check-button').click();
    await expect.poll(() => page.getByTestId('check-result').textContent()).toMatch(/of 3 checks pass/);

    await replaceEditorText(page, 'FROM busybox\nWORKDIR /srv\nWORKDIR app\nCOPY config.yaml .\nCMD ["cat", "config.yaml"]\n');
    await expect.poll(() => panel.textContent()).toContain('(live: 3/3)');
    await page.getByTestId('check-button').click();
    await expect.poll(() => page.getByTestId('check-result').textContent()).toMatch(/All checks pass/);
    await panel.getByTestId('solved-badge').waitFor();
    await page.screenshot({ path: screenshotPath('sandbox-exercise-solved') });

    await page.reload();
    await page.locator('.monaco-editor .view-lines').waitFor();
    const entry = page.getByTestId('exercise-list').locator('a', { hasText: 'WORKDIR, not cd' });
    await expect.poll(() => entry.getAttribute('data-solved')).toBe('true');
    await expect.poll(() => editorText(page)).toContain('WORKDIR app');
    await page.screenshot({ path: screenshotPath('sandbox-after-reload') });

    // The course outline and the lesson the exercise practises show it solved too.
    await page.goto(s.app.url + '#/lessons/workdir-user-expose-volume');
    const practice = page.getByTestId('lesson-exercises').locator('a', { hasText: 'WORKDIR, not cd' });
    await expect.poll(() => practice.getAttribute('data-solved')).toBe('true');
    const outlineEntry = page.locator('.outline-lesson[aria-current="page"]').getByTestId('outline-practice');
    await expect.poll(() => outlineEntry.textContent()).toMatch(/^1\/\d+/);
    await page.screenshot({ path: screenshotPath('lesson-practice-solved') });
    expect(s.consoleErrors.filter((e) => !/favicon/.test(e))).toEqual([]);
  });
});
