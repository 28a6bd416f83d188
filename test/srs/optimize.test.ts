// Parameter optimisation from the learner's own history: a simulated learner who forgets faster than
// FSRS-6's defaults assume; the fitted weights must predict the history better, and are saved.
import { afterEach, describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import { DAY_MS, newMemory, type Grade, type Memory } from '../../core/srs/card';
import { createScheduler } from '../../core/srs/scheduler';
import { DEFAULT_SETTINGS } from '../../core/srs/settings';
import { cardHistories, logLoss, trainingItems } from '../../core/srs/training';
import { seededRng } from '../../core/exam/rng';
import { optimizeWeights, readLog } from '../../main/quiz/optimize';
import { readSettings } from '../../main/quiz/settingsStore';
import { harness, type Harness } from './helpers';

let h: Harness | undefined;
afterEach(() => h?.db.close());

/** 250 cards over 120 days: scheduled with default weights, remembered as a faster forgetter would. */
function simulateHistory(target: Harness): void {
  const start = target.clock.ms;
  const scheduler = createScheduler(DEFAULT_SETTINGS);
  const trueWeights = [...default_w];
  for (let i = 0; i < 4; i++) trueWeights[i] = trueWeights[i]! / 4; // initial stabilities four times lower
  trueWeights[8] = trueWeights[8]! - 0.6; // and slower growth
  const truth = createScheduler({ ...DEFAULT_SETTINGS, weights: trueWeights });
  const rng = seededRng(99);
  const insertCard = target.db.prepare(
    "INSERT INTO srs_card (id, domain, lesson, objective, type, file, position, content, content_hash, due) VALUES (?, 'storage', 'x', '6.1', 'single', 'sim', ?, '{}', 'x', ?)",
  );
  const insertReview = target.db.prepare(
    "INSERT INTO srs_review (card_id, at, day, rating, state_before, elapsed_days, scheduled_days, stability, difficulty, duration_ms, source) VALUES (?, ?, ?, ?, 'review', 0, 0, 0, 0, 1000, 'review')",
  );
  target.db.transaction(() => {
    const cards: Array<{ id: string; shown: Memory; real: Memory }> = [];
    for (let day = 0; day < 120; day++) {
      const t0 = start + day * DAY_MS;
      for (let n = 0; n < 5 && cards.length < 250; n++) {
        const id = `sim-${cards.length}`;
        insertCard.run(id, 1000 + cards.length, t0);
        cards.push({ id, shown: newMemory(t0), real: newMemory(t0) });
      }
      let t = t0;
      for (const c of cards) {
        for (let k = 0; k < 4 && c.shown.due < t0 + DAY_MS; k++) {
          t = Math.max(t + 1000, c.shown.due);
          const p = c.real.state === 'new' ? 0.8 : truth.recall(c.real, t);
          const g: Grade = rng.next() < p ? 3 : 1;
          c.shown = scheduler.answer(c.shown, g, t).memory;
          c.real = truth.answer(c.real, g, t).memory;
          insertReview.run(c.id, t, new Date(t).toISOString().slice(0, 10), g);
        }
      }
    }
  })();
}

describe('optimising FSRS weights', () => {
  it('waits for enough history', async () => {
    h = harness();
    expect(await optimizeWeights(h.service.ctx)).toEqual({ status: 'not-enough-history', items: 0, needed: 400 });
  });

  it('builds training items only where a day or more passed, and splits at resets', () => {
    const log = [
      { cardId: 'a', at: 1, day: '2026-01-01', rating: 3 },
      { cardId: 'a', at: 2, day: '2026-01-01', rating: 3 },
      { cardId: 'a', at: 3, day: '2026-01-03', rating: 1 },
      { cardId: 'a', at: 4, day: '2026-01-04', rating: 0 },
      { cardId: 'a', at: 5, day: '2026-01-05', rating: 3 },
    ];
    const histories = cardHistories(log);
    expect(histories.map((x) => x.length)).toEqual([3, 1]);
    expect(trainingItems(histories)).toEqual([
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 1, deltaT: 2 },
      ],
    ]);
  });

  it('fits weights that predict a fast forgetter better than the defaults, and saves them', async () => {
    h = harness();
    simulateHistory(h);
    const histories = cardHistories(readLog(h.db));
    const before = logLoss(histories.filter((_x, i) => i % 5 === 4), null).logLoss;
    const result = await optimizeWeights(h.service.ctx);
    expect(result.status).toBe('optimized');
    if (result.status !== 'optimized') return;
    expect(result.items).toBeGreaterThan(400);
    expect(result.weights).toHaveLength(21);
    expect(result.previousLogLoss).toBeCloseTo(before, 9);
    expect(result.fittedLogLoss).toBeLessThan(before); // on held-out cards
    // The fitted first-review stability after Good is lower, as the simulated learner's is.
    expect(result.weights[2]!).toBeLessThan(default_w[2]!);
    expect(readSettings(h.db).weights).toEqual(result.weights);
    expect(h.service.ctx.scheduler().weights).toEqual(result.weights);
  }, 60_000);
});
