// Migration 1: lesson progress. Node only.
import type { Migration } from './index';

export const m001Lessons: Migration = {
  version: 1,
  name: 'lessons',
  up(db) {
    db.exec(`CREATE TABLE lesson_read (lesson_id TEXT PRIMARY KEY, read_at TEXT NOT NULL) STRICT;`);
  },
};
