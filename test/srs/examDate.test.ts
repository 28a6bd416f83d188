// Exam-date mode: every card's predicted recall on exam day meets the target, and the final days bring
// the weakest cards forward within the time budget.
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../core/srs/card';
import { pickWeakest } from '../../core/srs/queue';
import { createScheduler } from '../../core/srs/scheduler';
import { DEFAULT_SETTINGS } from '../../core/srs/settings';
import { examMoment } from '../../core/srs/studyDay';
import { simulate } from './simulate';

const START = Date.parse('2026-01-05T00:00:00Z');
const EXAM_AT = examMoment('2026-03-06', 0); // day 60, 09:00 UTC
const TARGET = 0.92;

function recallsAtExam(withExamMode: boolean): number[] {
  // Desired retention is lower than the exam target, so ordinary intervals would run past the exam.
  const s = createScheduler({ ...DEFAULT_SETTINGS, desiredRetention: 0.8, examTarget: withExamMode ? { at: EXAM_AT, target: TARGET } : null });
  const days = Math.ceil((EXAM_AT - START) / DAY_MS); // simulate up to the morning of the exam
  const cards = simulate(s, { start: START, days, cards: 150, newPerDay: 10, seed: 42 });
  expect(cards).toHaveLength(150);
  return cards.map((c) => s.recall(c.memory, EXAM_AT));
}

describe('exam-date mode', () => {
  it('meets the target on the exam date for every card', () => {
    const recalls = recallsAtExam(true);
    const below = recalls.filter((r) => r < TARGET);
    expect(below).toEqual([]);
  });

  it('is what makes the difference: without it many cards would be under the target on exam day', () => {
    const recalls = recallsAtExam(false);
    expect(recalls.filter((r) => r < TARGET).length).toBeGreaterThan(30);
  });

  it('pulls a due date in only when the exam is ahead and recall would miss the target', () => {
    const s = createScheduler({ ...DEFAULT_SETTINGS, examTarget: { at: START + 40 * DAY_MS, target: 0.95 } });
    let m = s.answer({ ...s.answer(createNew(), 4, START).memory }, 3, START + 8 * DAY_MS);
    expect(m.pulledInForExam).toBe(true);
    expect(m.memory.due).toBeLessThan(START + 40 * DAY_MS);
    expect(s.recall(m.memory, m.memory.due)).toBeGreaterThanOrEqual(0.95 - 1e-9);
    // After the exam nothing is capped.
    const after = createScheduler({ ...DEFAULT_SETTINGS, examTarget: { at: START - DAY_MS, target: 0.95 } });
    m = after.answer(after.answer(createNew(), 4, START).memory, 3, START + 8 * DAY_MS);
    expect(m.pulledInForExam).toBe(false);
  });
});

describe('final days: the weakest cards first, within the budget', () => {
  it('orders by predicted recall at the exam, skips cards already on target, stops at the budget', () => {
    const picked = pickWeakest(
      [
        { id: 'a', recallAtExam: 0.95 },
        { id: 'b', recallAtExam: 0.4 },
        { id: 'c', recallAtExam: 0.7 },
        { id: 'd', recallAtExam: 0.85 },
        { id: 'e', recallAtExam: 0.6 },
      ],
      0.9,
      3 * 20, // one minute…
      20, // …at 20 s per card: three cards
    );
    expect(picked).toEqual(['b', 'e', 'c']);
    expect(pickWeakest([{ id: 'x', recallAtExam: 0.1 }], 0.9, 10, 20)).toEqual([]);
  });
});

function createNew() {
  return { state: 'new', due: START, stability: 0, difficulty: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, lastReview: null } as const;
}
