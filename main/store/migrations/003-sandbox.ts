// Migration 3: sandbox drafts (named scratch Dockerfiles with their virtual context, and the learner's
// work on each exercise) and exercise attempts. Node only.
import type { Migration } from './index';

export const m003Sandbox: Migration = {
  version: 3,
  name: 'sandbox',
  up(db) {
    db.exec(`
      CREATE TABLE sandbox_draft (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        dockerfile TEXT NOT NULL,
        -- JSON array of {path, content, size?}: the virtual build context, .dockerignore included.
        context_json TEXT NOT NULL DEFAULT '[]',
        -- Set when the draft is the learner's work on an exercise: one draft per exercise.
        exercise_id TEXT UNIQUE,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX sandbox_draft_scratch_name ON sandbox_draft(name) WHERE exercise_id IS NULL;

      CREATE TABLE exercise_attempt (
        id INTEGER PRIMARY KEY,
        exercise_id TEXT NOT NULL,
        attempted_at TEXT NOT NULL,
        passed INTEGER NOT NULL CHECK (passed IN (0, 1)),
        score REAL NOT NULL CHECK (score BETWEEN 0 AND 1),
        checks_passed INTEGER NOT NULL,
        checks_total INTEGER NOT NULL,
        dockerfile TEXT NOT NULL
      ) STRICT;
      CREATE INDEX exercise_attempt_by_exercise ON exercise_attempt(exercise_id, score);
    `);
  },
};
