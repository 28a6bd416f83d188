// The card's memory state as Drydock stores it (plain, JSON-friendly numbers), and conversion to and
// from ts-fsrs's Card. Pure; runs anywhere.
import { State, type Card } from 'ts-fsrs';

export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardState = (typeof CARD_STATES)[number];

/** Grades a learner can give: Again, Hard, Good, Easy (keys 1–4). */
export type Grade = 1 | 2 | 3 | 4;
export const GRADE_NAMES: Record<Grade, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

export function isGrade(n: number): n is Grade {
  return n === 1 || n === 2 || n === 3 || n === 4;
}

/** Memory state of one card. Times are epoch milliseconds so SQLite stores them as integers. */
export interface Memory {
  readonly state: CardState;
  readonly due: number;
  readonly stability: number;
  readonly difficulty: number;
  readonly scheduledDays: number;
  readonly learningSteps: number;
  readonly reps: number;
  readonly lapses: number;
  /** Null until the first review. */
  readonly lastReview: number | null;
}

export const DAY_MS = 86_400_000;

export function newMemory(now: number): Memory {
  return {
    state: 'new',
    due: now,
    stability: 0,
    difficulty: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    lastReview: null,
  };
}

const TO_FSRS: Record<CardState, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

export function toFsrsCard(m: Memory): Card {
  const card: Card = {
    due: new Date(m.due),
    stability: m.stability,
    difficulty: m.difficulty,
    // Deprecated in ts-fsrs 5 and ignored by its scheduler (it derives elapsed time from last_review).
    elapsed_days: 0,
    scheduled_days: m.scheduledDays,
    learning_steps: m.learningSteps,
    reps: m.reps,
    lapses: m.lapses,
    state: TO_FSRS[m.state],
  };
  if (m.lastReview !== null) card.last_review = new Date(m.lastReview);
  return card;
}

export function fromFsrsCard(c: Card): Memory {
  const state = CARD_STATES[c.state];
  if (!state) throw new Error(`ts-fsrs returned an unknown state ${String(c.state)}`);
  return {
    state,
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    lastReview: c.last_review ? c.last_review.getTime() : null,
  };
}
