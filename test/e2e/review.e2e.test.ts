// End-to-end: review cards with the keyboard (reveal, grade, undo, flag), take a short practice exam
// (DOMC option by option, a flagged MC item, submit) and read the report, then the progress dashboard
// with its ECharts charts. Screenshots go to test-results/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, openDrydock, screenshotPath, type DrydockSession } from './helpers/webApp';

describe('reviews, exam and progress in web mode', () => {
  let s: DrydockSession;

  beforeAll(async () => {
    s = await openDrydock({ quizzesDir: fixture('quizzes') });
  });
  afterAll(async () => {
    await s?.close();
  });

  const counts = async () => (await s.page.locator('.review-counts').textContent()) ?? '';
  const scripts: string[] = [];

  it('reviews cards with the keyboard: answer, Space, a suggested grade, 1–4, U, F', async () => {
    s.page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await s.page.goto(s.app.url);
    await s.page.goto(`${s.app.origin}/#/review`);
    const card = s.page.getByRole('article', { name: 'Review card' });
    await card.waitFor();
    expect(await counts()).toContain('8 new');
    await expect.poll(() => s.page.locator('.key-legend').textContent()).toContain('reveal the answer');

    // First card: answer it when it is a choice question, so a grade is suggested.
    const firstId = await card.getAttribute('data-card-id');
    const options = card.locator('.choice input');
    if ((await options.count()) > 0) await options.first().check();
    await s.page.keyboard.press('Space');
    await card.getByRole('group', { name: 'Grade' }).waitFor();
    if ((await options.count()) > 0) expect(await card.locator('.grade.is-suggested').count()).toBe(1);
    await s.page.screenshot({ path: screenshotPath('review-revealed') });
    await s.page.keyboard.press('3');
    await expect.poll(() => card.getAttribute('data-card-id')).not.toBe(firstId);
    expect(await counts()).toContain('1 done today');

    // Two more by keyboard only.
    for (const key of ['4', '1']) {
      const id = await card.getAttribute('data-card-id');
      await s.page.keyboard.press('Space');
      await card.getByRole('group', { name: 'Grade' }).waitFor();
      await s.page.keyboard.press(key);
      await expect.poll(() => card.getAttribute('data-card-id')).not.toBe(id);
    }
    expect(await counts()).toContain('3 done today');

    // U takes the last answer back; F flags the card on screen.
    await s.page.keyboard.press('u');
    await expect.poll(counts).toContain('2 done today');
    await s.page.keyboard.press('f');
    await expect.poll(() => card.locator('.flag').getAttribute('aria-pressed')).toBe('true');
    await s.page.screenshot({ path: screenshotPath('review-card') });

    // A DOMC card practises the exam format: one option at a time, Y/N, the first decisive answer reveals.
    await s.page.getByLabel('Domain').selectOption('installation');
    await card.locator('.domc-practice').waitFor();
    await s.page.screenshot({ path: screenshotPath('review-domc') });
    for (let i = 0; i < 4 && (await card.locator('.domc-practice').count()) > 0; i++) await s.page.keyboard.press('n');
    await card.getByRole('group', { name: 'Grade' }).waitFor();
    expect(await card.locator('.verdict').textContent()).toMatch(/Right\.|Not quite\./);
    expect(await card.locator('.grade.is-suggested').count()).toBe(1);
    await s.page.keyboard.press('3');
    await expect.poll(counts).toContain('3 done today');
    await s.page.getByLabel('Domain').selectOption('');
    expect(s.consoleErrors).toEqual([]);
  });

  it('takes a short exam: DOMC one option at a time, a flagged MC item, submit, report', async () => {
    // Open the exam as the first page of a fresh load: its styles must not depend on the review page.
    await s.page.goto(`${s.app.origin}/#/exam`);
    await s.page.reload();
    await s.page.getByRole('heading', { name: 'Practice exam' }).waitFor();
    await s.page.locator('.exam-options select').selectOption('5');
    await s.page.getByRole('button', { name: 'Start a 5-item exam' }).click();
    await s.page.getByRole('timer').waitFor();
    expect(await s.page.locator('.exam-item .card-meta').first().evaluate((el) => getComputedStyle(el).display)).toBe('flex');
    expect(await s.page.getByRole('timer').textContent()).toMatch(/Time left [78]:\d\d/);
    const items = s.page.getByRole('navigation', { name: 'Items' }).getByRole('button');
    // The 8-question fixture bank cannot always fill 5 items by the blueprint; the page says so.
    const n = await items.count();
    expect(n).toBeGreaterThanOrEqual(4);
    if (n < 5) expect(await s.page.getByRole('note').textContent()).toMatch(/could not fill this exam exactly/);

    let sawDomc = false;
    for (let i = 0; i < n; i++) {
      await items.nth(i).click();
      const item = s.page.getByRole('article', { name: `Item ${i + 1} of ${n}` });
      await item.waitFor();
      if ((await item.getByRole('button', { name: 'YES' }).count()) > 0) {
        sawDomc = true;
        // Say NO until the item is decided (a NO on the key decides it), then it cannot be reopened.
        for (let guard = 0; guard < 6 && (await item.getByRole('button', { name: 'NO' }).count()) > 0; guard++) {
          if (guard === 0) await s.page.screenshot({ path: screenshotPath('exam-domc') });
          await item.getByRole('button', { name: 'NO' }).click();
          await s.page.waitForTimeout(50);
        }
        await item.getByText('This item is complete').waitFor();
      } else {
        await item.locator('.choice input').first().check();
        await item.getByRole('button', { name: '⚐ Flag for review' }).click();
        await item.getByRole('button', { name: '⚑ Flagged for review' }).waitFor();
      }
    }
    expect(sawDomc).toBe(true);
    await s.page.getByRole('button', { name: 'Submit exam' }).click();
    await s.page.getByRole('button', { name: 'Yes, submit' }).click();
    await s.page.getByRole('heading', { name: 'Exam report' }).waitFor();
    expect(await s.page.locator('.report-head .score').textContent()).toMatch(new RegExp(`\\d+% — \\d of ${n} right`));
    expect(await s.page.locator('.report-item').count()).toBe(n);
    expect(await s.page.locator('.domc-outcome').count()).toBeGreaterThan(0);
    expect(await s.page.locator('.report-item a[href^="#/lessons/"]').count()).toBe(n);
    // Study links name the lesson by its title, not its id.
    const study = (await s.page.locator('.report-item a[href^="#/lessons/"]').allTextContents()).map((t) => t.replace(/^Study: /, ''));
    await expect.poll(async () => (await s.page.locator('.report-item a[href^="#/lessons/"]').allTextContents()).some((t) => / /.test(t.replace(/^Study: /, '')))).toBe(true);
    expect(study.length).toBe(n);
    await s.page.screenshot({ path: screenshotPath('exam-report'), fullPage: true });
    expect(s.consoleErrors).toEqual([]);
  });

  it('shows the progress dashboard with charts, readiness and the exam-date setting', async () => {
    // ECharts is not part of the first load: its chunk arrives only with the dashboard.
    expect(scripts.filter((p) => /\/charts-[\w-]+\.js$/.test(p))).toEqual([]);
    await s.page.goto(`${s.app.origin}/#/progress`);
    await s.page.getByRole('heading', { name: 'Progress' }).waitFor();
    for (const chart of ['readiness', 'calendar', 'forecast', 'retention', 'states']) {
      await s.page.locator(`[data-chart="${chart}"] canvas`).first().waitFor();
    }
    expect(scripts.filter((p) => /\/charts-[\w-]+\.js$/.test(p))).toHaveLength(1);
    expect(await s.page.locator('.tile-value').first().textContent()).toMatch(/\d+%/);
    await s.page.getByRole('button', { name: 'Fit to my reviews' }).click();
    await s.page.getByText(/Not enough history yet: \d+ usable reviews of the 400 needed/).waitFor();
    await s.page.getByLabel('Exam date').fill('2099-06-01');
    await s.page.getByRole('button', { name: 'Save settings' }).click();
    await s.page.getByText('Settings saved.').waitFor();
    await expect.poll(() => s.page.locator('.tile-note').first().textContent()).toContain('exam day');
    await s.page.evaluate(() => window.scrollTo(0, 0));
    await s.page.screenshot({ path: screenshotPath('progress-dashboard') });
    await s.page.getByRole('heading', { name: 'Review settings' }).scrollIntoViewIfNeeded();
    await s.page.screenshot({ path: screenshotPath('progress-settings-data') });
    expect(s.consoleErrors).toEqual([]);
  });
});
