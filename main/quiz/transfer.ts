// Export and import of all learning progress as one JSON file (format: main/quiz/EXPORT-FORMAT.md).
// An import is validated completely before anything is written, then applied in one transaction.
// Node only.
import type Database from 'better-sqlite3';
import { ApiError } from '../../core/api/errors';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  describeIssues,
  progressExportSchema,
  type ExportedCard,
  type ExportedDraft,
  type ExportedReview,
  type ProgressExport,
} from '../../core/srs/exportFormat';
import { newMemory } from '../../core/srs/card';
import { memoryColumns, memoryOf, retentionBucket, type CardRow } from './rows';
import { parseOptionCardId } from '../../core/srs/optionCards';
import { OPTION_CARD_TYPE } from './optionCards';
import { readSettings } from './settingsStore';
import type { DraftRow } from '../sandbox/drafts';

interface ReviewRow {
  card_id: string;
  at: number;
  day: string;
  rating: number;
  state_before: ExportedReview['stateBefore'];
  elapsed_days: number;
  scheduled_days: number;
  stability: number;
  difficulty: number;
  duration_ms: number;
  source: ExportedReview['source'];
}

export function exportProgress(db: Database.Database, now: number): ProgressExport {
  const cards = (db.prepare('SELECT * FROM srs_card ORDER BY id').all() as CardRow[]).map(
    (r): ExportedCard => ({
      id: r.id,
      ...memoryOf(r),
      suspended: r.suspended === 1,
      leech: r.leech === 1,
      buriedUntil: r.buried_until,
      flag: r.flag,
    }),
  );
  const reviews = (db.prepare('SELECT * FROM srs_review ORDER BY id').all() as ReviewRow[]).map(
    (r): ExportedReview => ({
      cardId: r.card_id,
      at: r.at,
      day: r.day,
      rating: r.rating,
      stateBefore: r.state_before,
      elapsedDays: r.elapsed_days,
      scheduledDays: r.scheduled_days,
      stability: r.stability,
      difficulty: r.difficulty,
      durationMs: r.duration_ms,
      source: r.source,
    }),
  );
  const exams = (db.prepare('SELECT * FROM exam_attempt ORDER BY id').all() as Array<{ id: number; started_at: number; submitted_at: number | null; score: number | null; passed: number | null; state: string }>).map(
    (e) => ({ id: e.id, startedAt: e.started_at, submittedAt: e.submitted_at, score: e.score, passed: e.passed === null ? null : e.passed === 1, state: JSON.parse(e.state) as unknown }),
  );
  const lessonsRead = (db.prepare('SELECT lesson_id, read_at FROM lesson_read ORDER BY lesson_id').all() as Array<{ lesson_id: string; read_at: string }>).map((r) => ({ lessonId: r.lesson_id, readAt: r.read_at }));
  const drafts = (db.prepare('SELECT * FROM sandbox_draft ORDER BY created_at, id').all() as DraftRow[]).map(
    (d): ExportedDraft => ({ id: d.id, name: d.name, dockerfile: d.dockerfile, context: JSON.parse(d.context_json) as ExportedDraft['context'], exerciseId: d.exercise_id, createdAt: d.created_at, updatedAt: d.updated_at }),
  );
  const exerciseAttempts = (db.prepare('SELECT * FROM exercise_attempt ORDER BY id').all() as AttemptRow[]).map((a) => ({
    exerciseId: a.exercise_id,
    attemptedAt: a.attempted_at,
    passed: a.passed === 1,
    score: a.score,
    checksPassed: a.checks_passed,
    checksTotal: a.checks_total,
    dockerfile: a.dockerfile,
  }));
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(now).toISOString(), settings: readSettings(db), cards, reviews, exams, lessonsRead, drafts, exerciseAttempts };
}

interface AttemptRow {
  exercise_id: string;
  attempted_at: string;
  passed: number;
  score: number;
  checks_passed: number;
  checks_total: number;
  dockerfile: string;
}

/** Parses and validates an export; throws ApiError BAD_INPUT naming the first problems. Writes nothing. */
export function parseExport(json: string): ProgressExport {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new ApiError('BAD_INPUT', `the file is not valid JSON (${(err as Error).message}); nothing was imported`);
  }
  if (typeof data === 'object' && data !== null && (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    throw new ApiError('BAD_INPUT', `this is not a Drydock progress export (format must be "${EXPORT_FORMAT}"); nothing was imported`);
  }
  const parsed = progressExportSchema.safeParse(data);
  if (!parsed.success) throw new ApiError('BAD_INPUT', `the export is damaged; nothing was imported:\n${describeIssues(parsed.error)}`);
  return parsed.data;
}

/**
 * Replaces all progress with the file's. Cards of questions no longer in the bank are kept as retired
 * placeholders so their history survives; the next sync links them again if the question returns.
 */
/** What an import wrote; null for the parts a version 1 file does not carry (left untouched). */
export interface ImportCounts {
  readonly cards: number;
  readonly reviews: number;
  readonly exams: number;
  readonly lessonsRead: number | null;
  readonly drafts: number | null;
  readonly exerciseAttempts: number | null;
}

export function importProgress(db: Database.Database, file: ProgressExport, now: number): ImportCounts {
  const known = new Set((db.prepare('SELECT id FROM srs_card').all() as Array<{ id: string }>).map((r) => r.id));
  const resetAll = db.prepare(`UPDATE srs_card SET state=@state, due=@due, stability=@stability, difficulty=@difficulty, scheduled_days=@scheduled_days,
    learning_steps=@learning_steps, reps=@reps, lapses=@lapses, last_review=@last_review, suspended=0, leech=0, buried_until=0, flag=0`);
  const setCard = db.prepare(`UPDATE srs_card SET state=@state, due=@due, stability=@stability, difficulty=@difficulty, scheduled_days=@scheduled_days,
    learning_steps=@learning_steps, reps=@reps, lapses=@lapses, last_review=@last_review, suspended=@suspended, leech=@leech,
    buried_until=@buried_until, flag=@flag WHERE id=@id`);
  // Option cards get their type so the next sync rebuilds them from their parent question.
  const placeholder = db.prepare(`INSERT INTO srs_card (id, domain, lesson, objective, type, file, position, content, content_hash, retired, due)
    VALUES (?, 'orchestration', '', '0.0', ?, '(imported)', 1000000000, '{}', '', 1, ?)`);
  const review = db.prepare(`INSERT INTO srs_review (card_id, at, day, rating, state_before, elapsed_days, scheduled_days, stability, difficulty, duration_ms, source)
    VALUES (@card_id, @at, @day, @rating, @state_before, @elapsed_days, @scheduled_days, @stability, @difficulty, @duration_ms, @source)`);
  const exam = db.prepare('INSERT INTO exam_attempt (id, started_at, submitted_at, score, passed, state) VALUES (?, ?, ?, ?, ?, ?)');

  db.transaction(() => {
    db.exec('DELETE FROM srs_review; DELETE FROM srs_daily; DELETE FROM srs_retention; DELETE FROM exam_attempt;');
    resetAll.run(memoryColumns(newMemory(now)));
    for (const c of file.cards) {
      if (!known.has(c.id)) placeholder.run(c.id, parseOptionCardId(c.id) ? OPTION_CARD_TYPE : 'single', now);
      setCard.run({
        id: c.id,
        ...memoryColumns(c),
        suspended: c.suspended ? 1 : 0,
        leech: c.leech ? 1 : 0,
        buried_until: c.buriedUntil,
        flag: c.flag,
      });
    }
    for (const r of file.reviews) {
      review.run({
        card_id: r.cardId,
        at: r.at,
        day: r.day,
        rating: r.rating,
        state_before: r.stateBefore,
        elapsed_days: r.elapsedDays,
        scheduled_days: r.scheduledDays,
        stability: r.stability,
        difficulty: r.difficulty,
        duration_ms: r.durationMs,
        source: r.source,
      });
    }
    for (const e of file.exams) exam.run(e.id, e.startedAt, e.submittedAt, e.score, e.passed === null ? null : e.passed ? 1 : 0, JSON.stringify(e.state));
    // Version 1 files do not carry these: the learner's current ones stay.
    if (file.lessonsRead) {
      db.exec('DELETE FROM lesson_read');
      const read = db.prepare('INSERT INTO lesson_read (lesson_id, read_at) VALUES (?, ?)');
      for (const r of file.lessonsRead) read.run(r.lessonId, r.readAt);
    }
    if (file.drafts) {
      db.exec('DELETE FROM sandbox_draft');
      const draft = db.prepare('INSERT INTO sandbox_draft (id, name, dockerfile, context_json, exercise_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
      for (const d of file.drafts) draft.run(d.id, d.name, d.dockerfile, JSON.stringify(d.context), d.exerciseId, d.createdAt, d.updatedAt);
    }
    if (file.exerciseAttempts) {
      db.exec('DELETE FROM exercise_attempt');
      const attempt = db.prepare('INSERT INTO exercise_attempt (exercise_id, attempted_at, passed, score, checks_passed, checks_total, dockerfile) VALUES (?, ?, ?, ?, ?, ?, ?)');
      for (const a of file.exerciseAttempts) attempt.run(a.exerciseId, a.attemptedAt, a.passed ? 1 : 0, a.score, a.checksPassed, a.checksTotal, a.dockerfile);
    }
    db.prepare("INSERT INTO srs_setting (key, value) VALUES ('settings', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(JSON.stringify(file.settings));
    rebuildAggregates(db);
  })();
  return { cards: file.cards.length, reviews: file.reviews.length, exams: file.exams.length, lessonsRead: file.lessonsRead?.length ?? null, drafts: file.drafts?.length ?? null, exerciseAttempts: file.exerciseAttempts?.length ?? null };
}

/** Recomputes srs_daily and srs_retention from the review log (after an import). */
export function rebuildAggregates(db: Database.Database): void {
  db.exec(`DELETE FROM srs_daily; DELETE FROM srs_retention;
    INSERT INTO srs_daily (day, reviews, new_cards, again, duration_ms)
      SELECT day, COUNT(*), SUM(state_before = 'new'), SUM(rating = 1), SUM(duration_ms) FROM srs_review WHERE rating > 0 GROUP BY day;`);
  const rows = db.prepare("SELECT elapsed_days, rating FROM srs_review WHERE rating > 0 AND state_before = 'review'").iterate() as IterableIterator<{ elapsed_days: number; rating: number }>;
  const buckets = new Map<number, { passed: number; failed: number }>();
  for (const r of rows) {
    const b = retentionBucket(r.elapsed_days);
    const cur = buckets.get(b) ?? { passed: 0, failed: 0 };
    if (r.rating === 1) cur.failed++;
    else cur.passed++;
    buckets.set(b, cur);
  }
  const ins = db.prepare('INSERT INTO srs_retention (bucket, passed, failed) VALUES (?, ?, ?)');
  for (const [b, v] of buckets) ins.run(b, v.passed, v.failed);
}
