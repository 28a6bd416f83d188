// Exercise attempts: every "Check" is recorded; progress is derived (attempts, best score, solved). Node only.
import type Database from 'better-sqlite3';
import type { GradeReport } from '../../core/exercises/grade';

export interface Progress {
  readonly attempts: number;
  readonly best: number | null;
  readonly solved: boolean;
}

interface ProgressRow {
  exercise_id: string;
  attempts: number;
  best: number | null;
  solved: number;
}

export class AttemptStore {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date,
  ) {}

  record(exerciseId: string, dockerfile: string, report: GradeReport): void {
    const passedCount = report.results.filter((r) => r.passed).length;
    this.db
      .prepare(
        `INSERT INTO exercise_attempt (exercise_id, attempted_at, passed, score, checks_passed, checks_total, dockerfile)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(exerciseId, this.now().toISOString(), report.passed ? 1 : 0, report.score, passedCount, report.results.length, dockerfile);
  }

  /** Progress of every exercise that has at least one attempt. */
  all(): Map<string, Progress> {
    const rows = this.db
      .prepare<[], ProgressRow>(
        `SELECT exercise_id, COUNT(*) AS attempts, MAX(score) AS best, MAX(passed) AS solved
         FROM exercise_attempt GROUP BY exercise_id`,
      )
      .all();
    return new Map(rows.map((r) => [r.exercise_id, { attempts: r.attempts, best: r.best, solved: r.solved === 1 }]));
  }

  of(exerciseId: string): Progress {
    return this.all().get(exerciseId) ?? { attempts: 0, best: null, solved: false };
  }
}
