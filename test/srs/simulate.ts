// A simulated learner for scheduling tests: each study day at 08:00 it works through everything due that
// day (learning steps included), recalling each card with the probability the model predicts, drawn
// from a seeded generator so runs are reproducible.
import { DAY_MS, newMemory, type Grade, type Memory } from '../../core/srs/card';
import type { Scheduler } from '../../core/srs/scheduler';
import { seededRng } from '../../core/exam/rng';

export interface SimCard {
  id: number;
  memory: Memory;
  /** Interval in days scheduled after each answer, with the grade given. */
  history: { at: number; grade: Grade; intervalDays: number }[];
}

export interface SimOptions {
  readonly start: number;
  readonly days: number;
  readonly cards: number;
  readonly newPerDay: number;
  readonly seed: number;
  /** Decide the grade; default: recall with the model's probability, Good if recalled else Again. */
  readonly grade?: (card: SimCard, recallProbability: number, random: number) => Grade;
}

export function simulate(s: Scheduler, o: SimOptions): SimCard[] {
  const rng = seededRng(o.seed);
  const cards: SimCard[] = [];
  const grade = o.grade ?? ((_c, p, r) => (r < p ? 3 : 1));
  let nextId = 0;
  for (let day = 0; day < o.days; day++) {
    const dayStart = o.start + day * DAY_MS;
    let t = dayStart + 8 * 3_600_000;
    const dayEnd = dayStart + DAY_MS;
    for (let n = 0; n < o.newPerDay && nextId < o.cards; n++) cards.push({ id: nextId++, memory: newMemory(t), history: [] });
    for (let guard = 0; guard < 100_000; guard++) {
      const due = cards.filter((c) => c.memory.due < dayEnd).sort((a, b) => a.memory.due - b.memory.due)[0];
      if (!due) break;
      t = Math.max(t + 10_000, due.memory.due);
      if (t >= dayEnd) break;
      // A new card has never been seen: the first answer is a coin flip weighted towards "knew it".
      const p = due.memory.state === 'new' ? 0.7 : s.recall(due.memory, t);
      const g = grade(due, p, rng.next());
      const next = s.answer(due.memory, g, t).memory;
      due.history.push({ at: t, grade: g, intervalDays: (next.due - t) / DAY_MS });
      due.memory = next;
    }
  }
  return cards;
}
