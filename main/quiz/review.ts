// Review sessions against SQLite: today's queue, answers (one transaction each: card state, review log
// and aggregates together), undo, bury, suspend, flag and leeches. Node only.
import { ApiError } from '../../core/api/errors';
import type { AnswerResult, LeechInfo, QueueCard, QueueReason, QueueResult } from '../../core/api/quiz';
import type { Grade } from '../../core/srs/card';
import { allowanceLeft, isLeech, newPerDayForExam, pickWeakest, type QueueFilter } from '../../core/srs/queue';
import { daysBetweenKeys } from '../../core/srs/studyDay';
import type { SrsContext } from './context';
import { memoryColumns, memoryOf, questionOf, retentionBucket, snapshotOf, type CardRow, type CardSnapshot } from './rows';

const ACTIVE = 'retired = 0 AND suspended = 0 AND leech = 0';
/** Learning cards due within this window are shown now rather than making the learner wait. */
const LEARN_AHEAD_MS = 20 * 60_000;

function filterSql(f: QueueFilter): { sql: string; params: Record<string, string | number> } {
  const parts: string[] = [];
  const params: Record<string, string | number> = {};
  if (f.domain) {
    parts.push('domain = @domain');
    params.domain = f.domain;
  }
  if (f.lesson) {
    parts.push('lesson = @lesson');
    params.lesson = f.lesson;
  }
  if (f.flag) {
    parts.push('flag = @flag');
    params.flag = f.flag;
  }
  return { sql: parts.map((p) => ` AND ${p}`).join(''), params };
}

/**
 * Today's work so far. `reviews` counts answers to cards that were already graduated (what the daily
 * review limit caps, as in Anki); `answers` counts everything, learning steps and exam items included.
 */
export function doneToday(ctx: SrsContext, day: string): { answers: number; reviews: number; newCards: number; durationMs: number } {
  const row = ctx.db.prepare('SELECT reviews, new_cards, duration_ms FROM srs_daily WHERE day = ?').get(day) as
    | { reviews: number; new_cards: number; duration_ms: number }
    | undefined;
  const graduated = ctx.db.prepare("SELECT COUNT(*) AS n FROM srs_review WHERE day = ? AND state_before = 'review' AND rating > 0").get(day) as { n: number };
  return { answers: row?.reviews ?? 0, reviews: graduated.n, newCards: row?.new_cards ?? 0, durationMs: row?.duration_ms ?? 0 };
}

function leechInfo(r: Pick<CardRow, 'id' | 'content' | 'lesson' | 'section' | 'lapses'>): LeechInfo {
  return { id: r.id, prompt: questionOf(r).prompt, lesson: r.lesson, section: r.section, lapses: r.lapses };
}

/** How many queue entries come with their question and previews; the rest are counted only. */
export const QUEUE_DETAIL = 10;

export function buildQueue(ctx: SrsContext, filter: QueueFilter = {}, detail = QUEUE_DETAIL): QueueResult {
  const now = ctx.now();
  const settings = ctx.settings();
  const today = ctx.dayKey(now);
  const dayEnd = ctx.nextDayStart(now);
  const done = doneToday(ctx, today);
  const allowance = allowanceLeft(settings, done);
  const { sql: where, params } = filterSql(filter);
  const db = ctx.db;
  type Slim = { id: string; due: number };

  // Narrow rows first (ids and due dates, read from the partial indexes); full rows only for the head.
  const learning = db
    .prepare(`SELECT id, due FROM srs_card WHERE ${ACTIVE} AND state IN ('learning','relearning') AND due < @dayEnd AND buried_until <= @now${where} ORDER BY due`)
    .all({ ...params, dayEnd, now }) as Slim[];
  // Learning cards due now go first; those due within the learn-ahead window only once nothing else is
  // left (as in Anki), so a card just failed does not come straight back ahead of the rest.
  const learningNow = learning.filter((r) => r.due <= now);
  const learningAhead = learning.filter((r) => r.due > now && r.due <= now + LEARN_AHEAD_MS);
  const later = learning.filter((r) => r.due > now + LEARN_AHEAD_MS);
  const reviews = db
    .prepare(`SELECT id, due FROM srs_card WHERE ${ACTIVE} AND state = 'review' AND due < @dayEnd AND buried_until <= @now${where} ORDER BY due LIMIT @limit`)
    .all({ ...params, dayEnd, now, limit: allowance.reviews }) as Slim[];
  // As in Anki, reviews waiting today leave less room for new cards under the review limit.
  const newRoom = Math.min(allowance.newCards, Math.max(0, allowance.reviews - reviews.length));
  const fresh = db
    .prepare(`SELECT id, due FROM srs_card WHERE ${ACTIVE} AND state = 'new' AND buried_until <= @now${where} ORDER BY position LIMIT @limit`)
    .all({ ...params, now, limit: newRoom }) as Slim[];

  // Exam-date mode, final days: add the weakest not-yet-due cards while the daily budget lasts.
  const examAt = ctx.examAt();
  const plan = settings.exam;
  let cram: Slim[] = [];
  let exam: QueueResult['exam'] = null;
  if (plan && examAt !== null && now < examAt) {
    const daysLeft = daysBetweenKeys(today, plan.date);
    const newLeft = (db.prepare(`SELECT COUNT(*) AS n FROM srs_card WHERE ${ACTIVE} AND state = 'new'${where}`).get(params) as { n: number }).n;
    exam = { date: plan.date, daysLeft, target: plan.target, newLeft, suggestedNewPerDay: newPerDayForExam(newLeft, daysLeft) };
    if (daysLeft <= plan.finalDays) {
      const s = ctx.scheduler();
      const rows = db
        .prepare(`SELECT id, due, state, stability, last_review FROM srs_card WHERE ${ACTIVE} AND state = 'review' AND due >= @dayEnd AND buried_until <= @now${where}`)
        .all({ ...params, dayEnd, now }) as Array<Slim & Pick<CardRow, 'state' | 'stability' | 'last_review'>>;
      const candidates = rows.map((r) => ({
        id: r.id,
        recallAtExam: s.recall({ state: r.state, stability: r.stability, lastReview: r.last_review, due: r.due, difficulty: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0 }, examAt),
      }));
      const secondsPerCard = averageSecondsPerAnswer(ctx);
      const planned = (learningNow.length + learningAhead.length + reviews.length + fresh.length) * secondsPerCard;
      const budget = plan.dailyBudgetMinutes * 60 - done.durationMs / 1000 - planned;
      const picked = pickWeakest(candidates, plan.target, budget, secondsPerCard);
      cram = picked.map((id) => ({ id, due: 0 }));
    }
  }

  const s = ctx.scheduler();
  const ordered: Array<[Slim, QueueReason]> = [
    ...learningNow.map((r): [Slim, QueueReason] => [r, 'learning']),
    ...reviews.map((r): [Slim, QueueReason] => [r, 'review']),
    ...fresh.map((r): [Slim, QueueReason] => [r, 'new']),
    ...cram.map((r): [Slim, QueueReason] => [r, 'exam-final-days']),
    ...learningAhead.map((r): [Slim, QueueReason] => [r, 'learning']),
  ].slice(0, detail);
  const full = db.prepare('SELECT * FROM srs_card WHERE id = ?');
  const cards = ordered.map(([slim, reason]): QueueCard => {
    const r = full.get(slim.id) as CardRow;
    return {
      id: r.id,
      question: questionOf(r),
      state: r.state,
      reason,
      flag: r.flag,
      reps: r.reps,
      lapses: r.lapses,
      previews: s.preview(memoryOf(r), now),
    };
  });
  const leeches = (db.prepare(`SELECT id, content, lesson, section, lapses FROM srs_card WHERE retired = 0 AND leech = 1 ORDER BY id`).all() as CardRow[]).map(leechInfo);
  return {
    cards,
    counts: { learning: learningNow.length + learningAhead.length, review: reviews.length, new: fresh.length, examFinalDays: cram.length },
    doneToday: { answers: done.answers, reviews: done.reviews, newCards: done.newCards },
    laterToday: later.length,
    nextLearningAt: later[0]?.due ?? null,
    leeches,
    exam,
  };
}

function averageSecondsPerAnswer(ctx: SrsContext): number {
  const row = ctx.db.prepare('SELECT SUM(duration_ms) AS ms, SUM(reviews) AS n FROM (SELECT duration_ms, reviews FROM srs_daily ORDER BY day DESC LIMIT 30)').get() as {
    ms: number | null;
    n: number | null;
  };
  return row.n ? Math.min(120, Math.max(5, row.ms! / row.n / 1000)) : 20;
}

function cardRow(ctx: SrsContext, id: string): CardRow {
  const row = ctx.db.prepare('SELECT * FROM srs_card WHERE id = ?').get(id) as CardRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', `no card with id "${id}"`);
  if (row.retired) throw new ApiError('CONFLICT', `card "${id}" was removed from the question bank`);
  return row;
}

export type AnswerSource = 'review' | 'exam';

/** Records one answer. Everything it writes happens in one IMMEDIATE transaction, or nothing does. */
export function recordAnswer(ctx: SrsContext, id: string, grade: Grade, durationMs: number, source: AnswerSource = 'review'): AnswerResult {
  const db = ctx.db;
  const now = ctx.now();
  const statements = prepared(ctx);
  return db
    .transaction((): AnswerResult => {
      const row = cardRow(ctx, id);
      const before = memoryOf(row);
      const result = ctx.scheduler().answer(before, grade, now);
      const becameLeech = row.leech === 0 && grade === 1 && isLeech(result.memory.lapses, ctx.settings().leechThreshold) && result.memory.lapses > row.lapses;
      statements.update.run({ id, ...memoryColumns(result.memory), leech: becameLeech ? 1 : row.leech });
      const day = ctx.dayKey(now);
      statements.log.run({
        card_id: id,
        at: now,
        day,
        rating: grade,
        state_before: row.state,
        elapsed_days: result.elapsedDays,
        scheduled_days: Math.round(result.memory.scheduledDays),
        stability: result.memory.stability,
        difficulty: result.memory.difficulty,
        duration_ms: durationMs,
        source,
        prev: JSON.stringify(snapshotOf(row)),
      });
      statements.daily.run({ day, reviews: 1, new_cards: row.state === 'new' ? 1 : 0, again: grade === 1 ? 1 : 0, duration_ms: durationMs });
      if (row.state === 'review') statements.retention.run({ bucket: retentionBucket(result.elapsedDays), passed: grade > 1 ? 1 : 0, failed: grade === 1 ? 1 : 0 });
      return {
        id,
        state: result.memory.state,
        due: result.memory.due,
        leech: becameLeech ? leechInfo({ ...row, lapses: result.memory.lapses }) : null,
        pulledInForExam: result.pulledInForExam,
      };
    })
    .immediate();
}

const statementCache = new WeakMap<object, ReturnType<typeof makeStatements>>();
function prepared(ctx: SrsContext) {
  let s = statementCache.get(ctx.db);
  if (!s) {
    s = makeStatements(ctx);
    statementCache.set(ctx.db, s);
  }
  return s;
}

function makeStatements(ctx: SrsContext) {
  const db = ctx.db;
  return {
    update: db.prepare(`UPDATE srs_card SET state=@state, due=@due, stability=@stability, difficulty=@difficulty, scheduled_days=@scheduled_days,
      learning_steps=@learning_steps, reps=@reps, lapses=@lapses, last_review=@last_review, leech=@leech, buried_until=0 WHERE id=@id`),
    log: db.prepare(`INSERT INTO srs_review (card_id, at, day, rating, state_before, elapsed_days, scheduled_days, stability, difficulty, duration_ms, source, prev)
      VALUES (@card_id, @at, @day, @rating, @state_before, @elapsed_days, @scheduled_days, @stability, @difficulty, @duration_ms, @source, @prev)`),
    daily: db.prepare(`INSERT INTO srs_daily (day, reviews, new_cards, again, duration_ms) VALUES (@day, @reviews, @new_cards, @again, @duration_ms)
      ON CONFLICT (day) DO UPDATE SET reviews = reviews + excluded.reviews, new_cards = new_cards + excluded.new_cards,
      again = again + excluded.again, duration_ms = duration_ms + excluded.duration_ms`),
    retention: db.prepare(`INSERT INTO srs_retention (bucket, passed, failed) VALUES (@bucket, @passed, @failed)
      ON CONFLICT (bucket) DO UPDATE SET passed = passed + excluded.passed, failed = failed + excluded.failed`),
  };
}

/**
 * Takes back the most recent answer: the card gets its previous state and the log row and aggregates
 * are reversed, in one transaction. Only review-page answers can be undone (exam answers are part of a
 * submitted attempt). Returns null when there is nothing to undo.
 */
export function undoLastAnswer(ctx: SrsContext): { id: string } | null {
  const db = ctx.db;
  const s = prepared(ctx);
  return db
    .transaction(() => {
      const last = db.prepare('SELECT * FROM srs_review ORDER BY id DESC LIMIT 1').get() as
        | { id: number; card_id: string; day: string; rating: number; state_before: string; elapsed_days: number; duration_ms: number; source: string; prev: string | null }
        | undefined;
      if (!last || last.source !== 'review' || last.rating === 0 || !last.prev) return null;
      const prev = JSON.parse(last.prev) as CardSnapshot;
      db.prepare(`UPDATE srs_card SET state=@state, due=@due, stability=@stability, difficulty=@difficulty, scheduled_days=@scheduled_days,
        learning_steps=@learning_steps, reps=@reps, lapses=@lapses, last_review=@last_review, suspended=@suspended, leech=@leech,
        buried_until=@buried_until WHERE id=@id`).run({ ...prev, id: last.card_id });
      db.prepare('DELETE FROM srs_review WHERE id = ?').run(last.id);
      s.daily.run({ day: last.day, reviews: -1, new_cards: last.state_before === 'new' ? -1 : 0, again: last.rating === 1 ? -1 : 0, duration_ms: -last.duration_ms });
      if (last.state_before === 'review')
        s.retention.run({ bucket: retentionBucket(last.elapsed_days), passed: last.rating > 1 ? -1 : 0, failed: last.rating === 1 ? -1 : 0 });
      return { id: last.card_id };
    })
    .immediate();
}

/** Hides the card until the next study day starts. */
export function bury(ctx: SrsContext, id: string): { until: number } {
  cardRow(ctx, id);
  const until = ctx.nextDayStart(ctx.now());
  ctx.db.prepare('UPDATE srs_card SET buried_until = ? WHERE id = ?').run(until, id);
  return { until };
}

export function setSuspended(ctx: SrsContext, id: string, suspended: boolean): { suspended: boolean } {
  cardRow(ctx, id);
  // A card cannot be buried and suspended at once: suspending clears the bury.
  ctx.db.prepare('UPDATE srs_card SET suspended = ?, buried_until = 0 WHERE id = ?').run(suspended ? 1 : 0, id);
  return { suspended };
}

export function setFlag(ctx: SrsContext, id: string, flag: number): { flag: number } {
  cardRow(ctx, id);
  ctx.db.prepare('UPDATE srs_card SET flag = ? WHERE id = ?').run(flag, id);
  return { flag };
}

/** The learner studied the lesson: the leech comes back, due now, its lapses kept for the record. */
export function releaseLeech(ctx: SrsContext, id: string): { released: boolean } {
  const row = cardRow(ctx, id);
  if (!row.leech) return { released: false };
  ctx.db.prepare('UPDATE srs_card SET leech = 0, due = MIN(due, ?) WHERE id = ?').run(ctx.now(), id);
  return { released: true };
}

