// Migration 2: spaced-repetition cards, the review log, daily and retention aggregates kept in step with
// the log (so dashboards never scan a million rows), settings and exam attempts. Node only.
import type { Migration } from './index';

export const m002Srs: Migration = {
  version: 2,
  name: 'srs',
  up(db) {
    db.exec(`
      -- One row per question id. content is the validated question (JSON) as last synced.
      CREATE TABLE srs_card (
        id TEXT PRIMARY KEY,
        domain TEXT NOT NULL,
        lesson TEXT NOT NULL,
        section TEXT,
        objective TEXT NOT NULL,
        type TEXT NOT NULL,
        file TEXT NOT NULL,
        position INTEGER NOT NULL,
        content TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        retired INTEGER NOT NULL DEFAULT 0,
        state TEXT NOT NULL DEFAULT 'new' CHECK (state IN ('new','learning','review','relearning')),
        due INTEGER NOT NULL,
        stability REAL NOT NULL DEFAULT 0,
        difficulty REAL NOT NULL DEFAULT 0,
        scheduled_days INTEGER NOT NULL DEFAULT 0,
        learning_steps INTEGER NOT NULL DEFAULT 0,
        reps INTEGER NOT NULL DEFAULT 0,
        lapses INTEGER NOT NULL DEFAULT 0,
        last_review INTEGER,
        suspended INTEGER NOT NULL DEFAULT 0,
        leech INTEGER NOT NULL DEFAULT 0,
        buried_until INTEGER NOT NULL DEFAULT 0,
        flag INTEGER NOT NULL DEFAULT 0 CHECK (flag BETWEEN 0 AND 4)
      ) STRICT;
      -- Today's queue reads only active cards, from covering partial indexes (no wide-row reads):
      -- seen cards by state and due date, new cards by bank position, leeches by id. The queue's WHERE
      -- repeats these predicates word for word so SQLite can prove the partial indexes apply.
      CREATE INDEX srs_card_queue ON srs_card (state, due, buried_until, id) WHERE retired = 0 AND suspended = 0 AND leech = 0;
      CREATE INDEX srs_card_new ON srs_card (position, buried_until, id) WHERE retired = 0 AND suspended = 0 AND leech = 0 AND state = 'new';
      CREATE INDEX srs_card_leech ON srs_card (id) WHERE retired = 0 AND leech = 1;
      -- Covering index for the dashboard (readiness, counts by state, due forecast): it never has to read
      -- the wide rows with their question JSON. (domain, objective) first so readiness groups in index order.
      CREATE INDEX srs_card_stats ON srs_card (retired, domain, objective, state, stability, last_review, scheduled_days, due, suspended, leech);

      -- The review log. prev holds the card's columns before the answer so "undo" restores them exactly.
      CREATE TABLE srs_review (
        id INTEGER PRIMARY KEY,
        card_id TEXT NOT NULL REFERENCES srs_card (id),
        at INTEGER NOT NULL,
        day TEXT NOT NULL,
        rating INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 4),
        state_before TEXT NOT NULL,
        elapsed_days REAL NOT NULL,
        scheduled_days INTEGER NOT NULL,
        stability REAL NOT NULL,
        difficulty REAL NOT NULL,
        duration_ms INTEGER NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('review','exam','sync')),
        prev TEXT
      ) STRICT;
      CREATE INDEX srs_review_card ON srs_review (card_id, at);
      CREATE INDEX srs_review_day ON srs_review (day);

      -- Per study day totals, updated in the same transaction as each answer (and by undo).
      CREATE TABLE srs_daily (
        day TEXT PRIMARY KEY,
        reviews INTEGER NOT NULL,
        new_cards INTEGER NOT NULL,
        again INTEGER NOT NULL,
        duration_ms INTEGER NOT NULL
      ) STRICT;

      -- True retention by interval bucket: answers to graduated cards, passed (Hard/Good/Easy) or failed (Again).
      CREATE TABLE srs_retention (
        bucket INTEGER PRIMARY KEY,
        passed INTEGER NOT NULL,
        failed INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE srs_setting (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

      CREATE TABLE exam_attempt (
        id INTEGER PRIMARY KEY,
        started_at INTEGER NOT NULL,
        submitted_at INTEGER,
        score REAL,
        passed INTEGER,
        state TEXT NOT NULL
      ) STRICT;
    `);
  },
};
