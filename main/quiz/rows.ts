// Row shapes of the SRS tables and their mapping to core types. Node only.
import type { Memory } from '../../core/srs/card';
import type { Question } from '../../core/model/question';

export interface CardRow {
  id: string;
  domain: string;
  lesson: string;
  section: string | null;
  objective: string;
  type: string;
  file: string;
  position: number;
  content: string;
  content_hash: string;
  retired: number;
  state: Memory['state'];
  due: number;
  stability: number;
  difficulty: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  last_review: number | null;
  suspended: number;
  leech: number;
  buried_until: number;
  flag: number;
}

/** The columns "undo" puts back: memory plus the card's review status. */
export type CardSnapshot = Pick<
  CardRow,
  'state' | 'due' | 'stability' | 'difficulty' | 'scheduled_days' | 'learning_steps' | 'reps' | 'lapses' | 'last_review' | 'suspended' | 'leech' | 'buried_until'
>;

export function memoryOf(r: Pick<CardRow, keyof CardSnapshot>): Memory {
  return {
    state: r.state,
    due: r.due,
    stability: r.stability,
    difficulty: r.difficulty,
    scheduledDays: r.scheduled_days,
    learningSteps: r.learning_steps,
    reps: r.reps,
    lapses: r.lapses,
    lastReview: r.last_review,
  };
}

export function memoryColumns(m: Memory) {
  return {
    state: m.state,
    due: Math.round(m.due),
    stability: m.stability,
    difficulty: m.difficulty,
    scheduled_days: Math.round(m.scheduledDays),
    learning_steps: m.learningSteps,
    reps: m.reps,
    lapses: m.lapses,
    last_review: m.lastReview === null ? null : Math.round(m.lastReview),
  };
}

export function snapshotOf(r: CardRow): CardSnapshot {
  return {
    state: r.state,
    due: r.due,
    stability: r.stability,
    difficulty: r.difficulty,
    scheduled_days: r.scheduled_days,
    learning_steps: r.learning_steps,
    reps: r.reps,
    lapses: r.lapses,
    last_review: r.last_review,
    suspended: r.suspended,
    leech: r.leech,
    buried_until: r.buried_until,
  };
}

export function questionOf(r: Pick<CardRow, 'content'>): Question {
  return JSON.parse(r.content) as Question;
}

/** Interval buckets for the true-retention table (days since the previous review). */
export const RETENTION_BUCKETS = [1, 3, 7, 14, 21, 30, 60, 90, 180, 365, Infinity] as const;
export function retentionBucket(elapsedDays: number): number {
  const i = RETENTION_BUCKETS.findIndex((b) => elapsedDays < b);
  return i === -1 ? RETENTION_BUCKETS.length - 1 : i;
}
